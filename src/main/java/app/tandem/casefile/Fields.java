package app.tandem.casefile;

import static app.tandem.casefile.Sentences.say;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The typed accessors of the case-file reader: a field of a JSON object read as a text, a whole
 * number in a range, a date, an enum constant, a list, a partner-keyed pair, … Each returns null
 * (or an empty list) when the value is absent or wrong, and a wrong or missing required value adds
 * a problem with its JSON path to the shared list, so that every problem of a file is found, not
 * only the first. The schema classes ({@link CaseFileSchema}, {@link SessionSchema}) build on these.
 */
class Fields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Every problem found so far, as {@code "json.path: sentence"}; shared by the schema classes. */
    final List<String> errors;

    Fields(List<String> errors) {
        this.errors = errors;
    }

    void error(String path, String sentence) {
        errors.add((path.isEmpty() ? "$" : path) + ": " + sentence);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The field, or null when absent or JSON null; a required one missing is an error. */
    JsonNode field(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                error(at(path, name), say("required"));
            }
            return null;
        }
        return n;
    }

    JsonNode object(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = field(parent, name, path, required);
        if (n != null && !n.isObject()) {
            error(at(path, name), say("expectedObject", "kind", kind(n)));
            return null;
        }
        return n;
    }

    String string(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = field(parent, name, path, required);
        return n == null ? null : stringOf(n, at(path, name));
    }

    String stringOf(JsonNode n, String path) {
        if (!n.isString()) {
            error(path, say("expectedText", "kind", kind(n)));
            return null;
        }
        String s = n.stringValue();
        if (s.length() > CaseFileReader.MAX_STRING_LENGTH) {
            error(path, say("textTooLong", "max", String.format("%,d", CaseFileReader.MAX_STRING_LENGTH), "where", ""));
            return null;
        }
        return s;
    }

    Boolean bool(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = field(parent, name, path, required);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            error(at(path, name), say("expectedBoolean", "kind", kind(n)));
            return null;
        }
        return n.booleanValue();
    }

    Integer integer(JsonNode parent, String name, String path, boolean required, int min, int max) {
        JsonNode n = field(parent, name, path, required);
        if (n == null) {
            return null;
        }
        String p = at(path, name);
        if (!n.isNumber()) {
            error(p, say("expectedWholeNumber", "found", kind(n)));
            return null;
        }
        if (!n.isIntegralNumber()) {
            error(p, say("expectedWholeNumber", "found", n.asString()));
            return null;
        }
        if (!n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            error(
                    p,
                    max == Integer.MAX_VALUE
                            ? say("tooSmall", "value", n.asString(), "min", min)
                            : say("outside", "value", n.asString(), "min", min, "max", max));
            return null;
        }
        return n.intValue();
    }

    LocalDate date(JsonNode parent, String name, String path, boolean required) {
        return parsed(parent, name, path, required, v -> LocalDate.parse(v, DATE), "date");
    }

    LocalTime time(JsonNode parent, String name, String path, boolean required) {
        return parsed(parent, name, path, required, v -> LocalTime.parse(v, TIME), "time");
    }

    Instant instant(JsonNode parent, String name, String path, boolean required) {
        return parsed(
                parent,
                name,
                path,
                required,
                v -> OffsetDateTime.parse(v, INSTANT).toInstant(),
                "instant");
    }

    /** A text field parsed into a value; an unparseable one is the problem {@code problem}, quoting it. */
    private <T> T parsed(
            JsonNode parent, String name, String path, boolean required, Function<String, T> parser, String problem) {
        String s = string(parent, name, path, required);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (DateTimeParseException e) {
            error(at(path, name), say(problem, "value", quote(s)));
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, boolean required, Class<E> type) {
        JsonNode n = field(parent, name, path, required);
        return n == null ? null : enumOf(n, at(path, name), type);
    }

    <E extends Enum<E>> E enumOf(JsonNode n, String path, Class<E> type) {
        String s = stringOf(n, path);
        return s == null ? null : enumNamed(s, path, type);
    }

    <E extends Enum<E>> E enumNamed(String s, String path, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name());
        }
        error(path, say("notOneOf", "value", quote(s), "allowed", allowed));
        return null;
    }

    /** A list of objects, each built by {@code item}; an entry that is not an object is an error. */
    <T> List<T> list(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
        return values(parent, name, path, (e, ep) -> {
            if (!e.isObject()) {
                error(ep, say("expectedObject", "kind", kind(e)));
                return null;
            }
            return item.apply(e, ep);
        });
    }

    List<String> strings(JsonNode parent, String name, String path) {
        return values(parent, name, path, this::stringOf);
    }

    <E extends Enum<E>> List<E> enums(JsonNode parent, String name, String path, Class<E> type) {
        return values(parent, name, path, (e, p) -> enumOf(e, p, type));
    }

    /** A list of values, each read by {@code item}; entries it cannot read are left out (with their error). */
    <T> List<T> values(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
        JsonNode n = array(parent, name, path);
        if (n == null) {
            return List.of();
        }
        String p = at(path, name);
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            T t = item.apply(n.get(i), at(p, i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The optional list field {@code name}, or null when absent or not a list (an error). */
    private JsonNode array(JsonNode parent, String name, String path) {
        JsonNode n = field(parent, name, path, false);
        if (n != null && !n.isArray()) {
            error(at(path, name), say("expectedList", "kind", kind(n)));
            return null;
        }
        return n;
    }

    /** An object keyed by partner ({@code A}, {@code B}); absent or null entries are null. */
    <T> PerPartner<T> perPartner(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
        JsonNode n = object(parent, name, path, false);
        if (n == null) {
            return new PerPartner<>(null, null);
        }
        String p = at(path, name);
        checkPartnerKeys(n, p);
        JsonNode a = n.get("A");
        JsonNode b = n.get("B");
        return new PerPartner<>(
                a == null || a.isNull() ? null : item.apply(a, at(p, "A")),
                b == null || b.isNull() ? null : item.apply(b, at(p, "B")));
    }

    /** Partner-keyed objects hold data, not fields, so an unknown key is an error, not ignored. */
    void checkPartnerKeys(JsonNode n, String path) {
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String key = e.getKey();
            if (!key.equals("A") && !key.equals("B")) {
                error(at(path, key), say("noSuchPartner", "key", quote(key)));
            }
        }
    }

    /** An object whose keys are the names of {@code type}; an unknown key is an error, null values are left out. */
    <E extends Enum<E>, T> Map<E, T> keyed(
            JsonNode parent, String name, String path, Class<E> type, BiFunction<JsonNode, String, T> value) {
        JsonNode n = object(parent, name, path, false);
        Map<E, T> out = new EnumMap<>(type);
        if (n == null) {
            return out;
        }
        String p = at(path, name);
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            E key = enumNamed(e.getKey(), at(p, e.getKey()), type);
            if (key != null && !e.getValue().isNull()) {
                T v = value.apply(e.getValue(), at(p, e.getKey()));
                if (v != null) {
                    out.put(key, v);
                }
            }
        }
        return out;
    }

    /** How a wrong value is named in a problem: "the text \"OPEN\"", "the number 1.5", "a list", … */
    static String kind(JsonNode n) {
        if (n.isNull()) {
            return Sentences.kind("null");
        }
        if (n.isString()) {
            String s = n.stringValue();
            return Sentences.kind("text", "text", quote(s.length() > 40 ? s.substring(0, 40) + "…" : s));
        }
        if (n.isNumber()) {
            return Sentences.kind("number", "number", n.asString());
        }
        if (n.isBoolean()) {
            return Sentences.kind(n.booleanValue() ? "true" : "false");
        }
        if (n.isArray()) {
            return Sentences.kind("list");
        }
        if (n.isObject()) {
            return Sentences.kind("object");
        }
        return n.getNodeType().name().toLowerCase();
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
