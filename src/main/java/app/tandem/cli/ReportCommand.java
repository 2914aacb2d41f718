package app.tandem.cli;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.report.render.ClientReportRefusedException;
import app.tandem.report.render.PracticeInfo;
import app.tandem.report.render.ProgressReportRenderer;
import app.tandem.report.render.ReportRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code report CASE.json --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...]
 * [--practice-name NAME] --out FILE.pdf}: renders a progress report from a case file without a
 * database, for the practice defaults of {@link PracticeInfo#DEFAULT}. The file is written only
 * when the report was produced, so a refused client report leaves nothing behind.
 */
final class ReportCommand implements TandemCli.Command {

    @Override
    public String usage() {
        return "report CASE.json --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...] "
                + "[--practice-name NAME] --out FILE.pdf";
    }

    @Override
    public String description() {
        return "Writes the progress report of a case file as PDF: the counselor's copy or the client version "
                + "(refused under a safety referral). Without --as-of, as of the date of its most recent session.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        LocalDate asOf = null;
        Audience audience = null;
        String target = null;
        PracticeInfo practice = PracticeInfo.DEFAULT;
        AssessmentSettings settings = AssessmentSettings.DEFAULTS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (option) {
                case "--as-of", "--set", "--audience", "--out", "--practice-name" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            return usage(err, option + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (option) {
                        case "--as-of" -> {
                            try {
                                asOf = LocalDate.parse(value);
                            } catch (DateTimeParseException e) {
                                return usage(err, "--as-of needs a real date in the form YYYY-MM-DD, not '" + value + "'");
                            }
                        }
                        case "--set" -> {
                            int sep = value.indexOf('=');
                            if (sep <= 0) {
                                return usage(err, "--set needs key=value, not '" + value + "'");
                            }
                            try {
                                settings = settings.with(value.substring(0, sep), value.substring(sep + 1));
                            } catch (IllegalArgumentException e) {
                                return usage(err, e.getMessage());
                            }
                        }
                        case "--audience" -> {
                            String v = value.toLowerCase(Locale.ROOT);
                            if (!v.equals("counselor") && !v.equals("client")) {
                                return usage(err, "--audience is counselor or client, not '" + value + "'");
                            }
                            audience = v.equals("client") ? Audience.CLIENT : Audience.COUNSELOR;
                        }
                        case "--out" -> target = value;
                        default -> {
                            if (value.isBlank()) {
                                return usage(err, "--practice-name needs a name");
                            }
                            practice = practice.withName(value.strip());
                        }
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        return usage(err, "unknown option '" + arg + "'");
                    }
                    if (file != null) {
                        return usage(err, "one case file at a time, not '" + file + "' and '" + arg + "'");
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            return usage(err, "which case file? Give its path");
        }
        if (audience == null) {
            return usage(err, "for whom? Give --audience counselor or --audience client");
        }
        if (target == null) {
            return usage(err, "where to? Give the PDF file with --out FILE.pdf");
        }
        CaseFile caseFile = TandemCli.readCaseFile("report", file, err);
        if (caseFile == null) {
            return TandemCli.FAILED;
        }
        if (asOf == null) {
            Optional<LocalDate> latest = AssessmentEngine.latestSessionDate(caseFile);
            if (latest.isEmpty()) {
                err.println("tandem report: " + file + " has no session; give the date with --as-of YYYY-MM-DD");
                return TandemCli.FAILED;
            }
            asOf = latest.get();
        }
        Assessment assessment = AssessmentEngine.assess(caseFile, asOf, settings);
        byte[] pdf;
        try {
            pdf = ProgressReportRenderer.standard()
                    .render(ReportRequest.of(caseFile, assessment, audience, practice, Instant.now()));
        } catch (ClientReportRefusedException e) {
            err.println("tandem report: " + e.getMessage());
            return TandemCli.FAILED;
        }
        try {
            write(Path.of(target), pdf);
        } catch (IOException | RuntimeException e) {
            err.println("tandem report: cannot write " + target + " (" + e.getMessage() + ")");
            return TandemCli.FAILED;
        }
        return TandemCli.OK;
    }

    /** Writes beside the target and moves into place, so a reader never sees half a PDF. */
    private static void write(Path target, byte[] pdf) throws IOException {
        Path absolute = target.toAbsolutePath();
        // A sibling rather than Files.createTempFile, which would leave the PDF readable by its owner only.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Files.write(temp, pdf);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int usage(PrintStream err, String problem) {
        err.println("tandem report: " + problem);
        err.println("usage: " + usage());
        return TandemCli.FAILED;
    }
}
