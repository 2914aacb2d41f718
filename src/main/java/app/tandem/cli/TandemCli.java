package app.tandem.cli;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentJson;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileProblems;
import app.tandem.casefile.CaseFileReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tandem's command line, run by the jar's launcher before (and instead of) Spring: no database,
 * no web server, nothing but the result on standard output. Commands are entries of
 * {@link #COMMANDS} ({@code assess}, {@code report}); adding one is one entry.
 *
 * <p>Exit codes: {@value #OK} on success; {@value #FAILED} for bad usage, an unreadable or
 * invalid case file, or an impossible request (such as no session and no {@code --as-of}).
 * Messages go to standard error.
 */
public final class TandemCli {

    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code of every failure: bad usage, unreadable or invalid input. */
    public static final int FAILED = 2;

    /** A command of the command line. */
    interface Command {
        /** One line: the command with its arguments. */
        String usage();

        /** One sentence: what it does. */
        String description();

        /** Runs with the arguments after the command name; returns the exit code. */
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    /** The commands by name, in the order {@code --help} lists them. */
    static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("assess", new AssessCommand());
        COMMANDS.put("report", new ReportCommand());
    }

    private TandemCli() {}

    /**
     * The entry point of {@code tandem-cli.jar} (and of the full jar's launcher for these
     * commands): standard output buffered, because a batch writes a line per case file.
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false,
                StandardCharsets.UTF_8);
        int code = run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    /** Whether {@code args} ask for a command-line tool rather than the web application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || isHelp(args[0]));
    }

    /** Runs the command named by {@code args[0]}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            help(args.length == 0 ? err : out);
            return args.length == 0 ? FAILED : OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("tandem: unknown command '" + args[0] + "'");
            help(err);
            return FAILED;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(TandemCli::isHelp)) {
            out.println("usage: " + command.usage());
            out.println(command.description());
            return OK;
        }
        return command.run(rest, out, err);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static void help(PrintStream to) {
        to.println("usage: java -jar tandem.jar [COMMAND [ARGS]]");
        to.println("Without a command, Tandem starts the web application.");
        to.println();
        to.println("Commands:");
        for (Command c : COMMANDS.values()) {
            to.println("  " + c.usage());
            to.println("      " + c.description());
        }
        to.println("  --help");
        to.println("      Lists the commands.");
        to.println();
        to.println("Exit codes: " + OK + " success, " + FAILED
                + " bad usage or invalid input (details on standard error).");
    }

    /**
     * Reads {@code file} as a case file, or prints why it cannot (every problem in words, with its
     * JSON path in brackets, as the import screen says it) to {@code err} and returns null.
     */
    static CaseFile readCaseFile(String command, String file, PrintStream err) {
        try {
            return CaseFileReader.read(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("tandem " + command + ": " + file + ": no such file");
        } catch (IOException e) {
            err.println("tandem " + command + ": " + file + ": cannot be read (" + e.getMessage() + ")");
        } catch (CaseFileException e) {
            err.println("tandem " + command + ": " + file + " is not a valid case file ("
                    + e.errors().size() + (e.errors().size() == 1 ? " error):" : " errors):"));
            for (String problem : CaseFileProblems.inWords(e)) {
                err.println(file + ": " + problem);
            }
        }
        return null;
    }

    /**
     * The end of a run over several case files: OK when every file was done, otherwise one line
     * saying how many failed (each failure was already explained) and {@link #FAILED}.
     */
    static int summary(String command, int files, int failed, PrintStream err) {
        if (failed == 0) {
            return OK;
        }
        err.println("tandem " + command + ": " + failed + " of " + files + " case files failed");
        return FAILED;
    }

    /**
     * {@code assess CASE.json [--as-of YYYY-MM-DD] [--set key=value ...]}; with several files or a
     * folder, one line per file: {@code {"file": PATH, "assessment": {...}}}.
     */
    static final class AssessCommand implements Command {

        @Override
        public String usage() {
            return "assess CASE.json|FOLDER ... [--as-of YYYY-MM-DD] [--set key=value ...]";
        }

        @Override
        public String description() {
            return "Prints the assessment (rule set " + AssessmentEngine.RULE_SET + ") of a case file as JSON. "
                    + "Without --as-of, as of the date of its most recent session. Several files, or a folder's *.json "
                    + "files, give one line each: {\"file\": ..., \"assessment\": {...}}. Settings: "
                    + String.join(", ", AssessmentSettings.KEYS) + ".";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            CaseArguments.Parsed parsed = CaseArguments.parse(args, Set.of());
            if (parsed.problem() != null) {
                return usage(err, parsed.problem());
            }
            CaseArguments a = parsed.arguments();
            List<Path> files = a.files("assess", err);
            if (files == null) {
                return FAILED;
            }
            if (a.single()) {
                CaseArguments.Loaded loaded = a.load("assess", files.get(0), err);
                if (loaded == null) {
                    return FAILED;
                }
                out.print(AssessmentJson.write(AssessmentEngine.assess(loaded.caseFile(), loaded.asOf(), a.settings)));
                out.flush();
                return OK;
            }
            if (files.isEmpty()) {
                err.println("tandem assess: no case file (*.json) in " + String.join(", ", a.paths));
                return FAILED;
            }
            int failed = 0;
            for (int from = 0; from < files.size(); from += BATCH) {
                // Files are read and assessed on every core, then written in the order given.
                List<Assessed> batch = files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                        .map(file -> assessed(a, file))
                        .toList();
                for (Assessed done : batch) {
                    err.print(done.problems());
                    if (done.line() == null) {
                        failed++;
                    } else {
                        out.print(done.line());
                    }
                }
            }
            out.flush();
            return summary("assess", files.size(), failed, err);
        }

        /** Files assessed together before their lines are written: bounds what is held in memory. */
        private static final int BATCH = 256;

        /** One file's line of output, or null when it could not be assessed, and what it said on standard error. */
        private record Assessed(String line, String problems) {}

        private static Assessed assessed(CaseArguments a, Path file) {
            ByteArrayOutputStream problems = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(problems, true, StandardCharsets.UTF_8);
            CaseArguments.Loaded loaded = a.load("assess", file, err);
            String line = loaded == null
                    ? null
                    : AssessmentJson.line(
                            file.toString(), AssessmentEngine.assess(loaded.caseFile(), loaded.asOf(), a.settings));
            return new Assessed(line, problems.toString(StandardCharsets.UTF_8));
        }

        private int usage(PrintStream err, String problem) {
            err.println("tandem assess: " + problem);
            err.println("usage: " + usage());
            return FAILED;
        }
    }
}
