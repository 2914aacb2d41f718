package app.tandem.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The wording Tandem shows (clinical sentences, labels, anchors), kept out of Java in
 * {@code seeds/texts/*.yaml}. Every file listed in {@code seeds/texts/index.txt} is loaded from
 * the classpath (a jar's directories cannot be listed, hence the index) into one flat map:
 * nested keys are joined with dots ({@code assessment.rule.R0}), list items get their index
 * ({@code anchors.0}). A listed file that is missing, a key defined twice, or a key asked for
 * that does not exist fails loudly with {@link IllegalStateException}.
 */
public final class Texts {

    /** Classpath folder of the text files. */
    public static final String FOLDER = "seeds/texts/";
    /** The list of files to load, one name per line; blank lines and {@code #} comments are skipped. */
    public static final String INDEX = FOLDER + "index.txt";

    private static volatile Texts shared;

    private final Map<String, String> texts;

    private Texts(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The texts on Tandem's own classpath, loaded once. */
    public static Texts shared() {
        Texts t = shared;
        if (t == null) {
            synchronized (Texts.class) {
                t = shared;
                if (t == null) {
                    t = load(Texts.class.getClassLoader());
                    shared = t;
                }
            }
        }
        return t;
    }

    /** Loads every file listed in {@link #INDEX} through {@code loader}. */
    public static Texts load(ClassLoader loader) {
        String index = read(loader, INDEX);
        Map<String, String> all = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            addYaml(all, name, read(loader, FOLDER + name));
        }
        return new Texts(all);
    }

    /** Texts from YAML sources given directly, by file name (for tests and tools). */
    public static Texts fromYaml(Map<String, String> yamlByName) {
        Map<String, String> all = new LinkedHashMap<>();
        yamlByName.forEach((name, yaml) -> addYaml(all, name, yaml));
        return new Texts(all);
    }

    /** The text under {@code key}. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("No text with key '" + key + "' in " + FOLDER);
        }
        return text;
    }

    /** Whether a text exists under {@code key}. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key, in file order. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * The text under {@code key} with each {@code {name}} replaced by
     * {@code String.valueOf(params.get(name))}. A placeholder without a parameter fails; a
     * brace always opens a placeholder (the texts need no literal braces).
     */
    public String format(String key, Map<String, ?> params) {
        String template = get(key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close < 0) {
                    throw new IllegalStateException("Text '" + key + "' has an unclosed '{'");
                }
                String name = template.substring(i + 1, close);
                if (!params.containsKey(name)) {
                    throw new IllegalStateException("Text '" + key + "' needs a parameter '" + name + "'");
                }
                out.append(params.get(name));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Text file '" + resource + "' is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static void addYaml(Map<String, String> into, String name, String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Text file '" + name + "' is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new IllegalStateException("Text file '" + name + "' must hold keys at its top level");
        }
        flatten(into, name, "", root);
    }

    private static void flatten(Map<String, String> into, String file, String prefix, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                flatten(into, file, prefix.isEmpty() ? key : prefix + "." + key, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(into, file, prefix + "." + i, list.get(i));
            }
        } else {
            if (into.containsKey(prefix)) {
                throw new IllegalStateException("Text key '" + prefix + "' is defined twice (again in " + file + ")");
            }
            into.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }
}
