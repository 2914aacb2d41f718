package app.tandem.cli;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.report.render.ClientReportRefusedException;
import app.tandem.report.render.CrisisResources;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code report CASE.json --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...]
 * [--practice-name NAME] [--region US|CA|GB|IE|AU|NZ] --out FILE.pdf}: renders a progress report
 * from a case file without a database, for the practice defaults of {@link PracticeInfo#DEFAULT}
 * (without {@code --region} a safety report prints every region's emergency number). The file is written only
 * when the report was produced, so a refused client report leaves nothing behind.
 */
final class ReportCommand implements TandemCli.Command {

    @Override
    public String usage() {
        return "report CASE.json --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...] "
                + "[--practice-name NAME] [--region " + String.join("|", CrisisResources.REGIONS) + "] --out FILE.pdf";
    }

    @Override
    public String description() {
        return "Writes the progress report of a case file as PDF: the counselor's copy or the client version "
                + "(refused under a safety referral). Without --as-of, as of the date of its most recent session.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CaseArguments.Parsed parsed = CaseArguments.parse(args, Set.of("--audience", "--out", "--practice-name", "--region"));
        if (parsed.problem() != null) {
            return usage(err, parsed.problem());
        }
        CaseArguments a = parsed.arguments();
        Audience audience = null;
        String audienceValue = a.own.get("--audience");
        if (audienceValue != null) {
            String v = audienceValue.toLowerCase(Locale.ROOT);
            if (!v.equals("counselor") && !v.equals("client")) {
                return usage(err, "--audience is counselor or client, not '" + audienceValue + "'");
            }
            audience = v.equals("client") ? Audience.CLIENT : Audience.COUNSELOR;
        }
        PracticeInfo practice = PracticeInfo.DEFAULT;
        String practiceName = a.own.get("--practice-name");
        if (practiceName != null) {
            if (practiceName.isBlank()) {
                return usage(err, "--practice-name needs a name");
            }
            practice = practice.withName(practiceName.strip());
        }
        String region = a.own.get("--region");
        if (region != null) {
            if (!CrisisResources.REGIONS.contains(region.toUpperCase(Locale.ROOT))) {
                return usage(err, "--region is one of " + String.join(", ", CrisisResources.REGIONS) + ", not '" + region + "'");
            }
            practice = practice.withCrisisRegion(region.toUpperCase(Locale.ROOT));
        }
        String target = a.own.get("--out");
        if (audience == null) {
            return usage(err, "for whom? Give --audience counselor or --audience client");
        }
        if (target == null) {
            return usage(err, "where to? Give the PDF file with --out FILE.pdf");
        }
        CaseArguments.Loaded loaded = a.load("report", err);
        if (loaded == null) {
            return TandemCli.FAILED;
        }
        CaseFile caseFile = loaded.caseFile();
        AssessmentSettings settings = a.settings;
        LocalDate asOf = loaded.asOf();
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
