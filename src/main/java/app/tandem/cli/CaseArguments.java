package app.tandem.cli;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The arguments every case-file command shares: case files or folders of them, {@code --as-of}
 * and {@code --set key=value}; a command's own value options ({@code --out}, …) are collected
 * for it. Options take their value as the next argument or after {@code =}.
 */
final class CaseArguments {

    /** The paths as given: files, or folders whose {@code *.json} files are read. */
    final List<String> paths = new ArrayList<>();

    LocalDate asOf;
    AssessmentSettings settings = AssessmentSettings.DEFAULTS;
    final Map<String, String> own = new LinkedHashMap<>();

    private CaseArguments() {}

    /** The parsed arguments, or the sentence saying what is wrong with them. */
    record Parsed(CaseArguments arguments, String problem) {}

    static Parsed parse(List<String> args, Set<String> ownOptions) {
        CaseArguments a = new CaseArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            boolean known = option.equals("--as-of") || option.equals("--set") || ownOptions.contains(option);
            if (!known) {
                if (arg.startsWith("-") && arg.length() > 1) {
                    return new Parsed(null, "unknown option '" + arg + "'");
                }
                a.paths.add(arg);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    return new Parsed(null, option + " needs a value");
                }
                value = args.get(++i);
            }
            String problem = switch (option) {
                case "--as-of" -> a.asOf(value);
                case "--set" -> a.set(value);
                default -> {
                    a.own.put(option, value);
                    yield null;
                }
            };
            if (problem != null) {
                return new Parsed(null, problem);
            }
        }
        if (a.paths.isEmpty()) {
            return new Parsed(null, "which case file? Give its path");
        }
        return new Parsed(a, null);
    }

    private String asOf(String value) {
        try {
            asOf = LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            return "--as-of needs a real date in the form YYYY-MM-DD, not '" + value + "'";
        }
    }

    private String set(String value) {
        int sep = value.indexOf('=');
        if (sep <= 0) {
            return "--set needs key=value, not '" + value + "'";
        }
        try {
            settings = settings.with(value.substring(0, sep), value.substring(sep + 1));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Whether the output is for one case file as before (one path, not a folder) or for several:
     * with several, each file's result is labelled with its path and a bad file does not stop the
     * others.
     */
    boolean single() {
        return paths.size() == 1 && !Files.isDirectory(Path.of(paths.get(0)));
    }

    /**
     * The case files to read, in the order given; a folder gives its {@code *.json} files sorted by
     * name. Null (with the reason on {@code err}) when a folder cannot be listed.
     */
    List<Path> files(String command, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listed = Files.list(path)) {
                listed.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                err.println("tandem " + command + ": " + p + ": cannot list the folder (" + e.getMessage() + ")");
                return null;
            }
        }
        return files;
    }

    /** The case file and the date to assess it as of; null (with the reason on {@code err}) when there is none. */
    record Loaded(CaseFile caseFile, LocalDate asOf) {}

    Loaded load(String command, Path path, PrintStream err) {
        String file = path.toString();
        CaseFile caseFile = TandemCli.readCaseFile(command, file, err);
        if (caseFile == null) {
            return null;
        }
        LocalDate date = asOf;
        if (date == null) {
            Optional<LocalDate> latest = AssessmentEngine.latestSessionDate(caseFile);
            if (latest.isEmpty()) {
                err.println(
                        "tandem " + command + ": " + file + " has no session; give the date with --as-of YYYY-MM-DD");
                return null;
            }
            date = latest.get();
        }
        return new Loaded(caseFile, date);
    }
}
