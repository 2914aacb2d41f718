package app.tandem.cli;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.pdf.ClientReportRefusedException;
import app.tandem.pdf.CrisisResources;
import app.tandem.pdf.PracticeInfo;
import app.tandem.pdf.ProgressReportRenderer;
import app.tandem.pdf.ReportRequest;
import app.tandem.text.Texts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code report CASE.json --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...]
 * [--practice-name NAME] [--region US|CA|GB|IE|AU|NZ] --out FILE.pdf}: renders a progress report
 * from a case file without a database, for the practice defaults of {@link PracticeInfo#DEFAULT}
 * (without {@code --region} a safety report prints every region's emergency number). The file is
 * written only when the report was produced, so a refused client report leaves nothing behind.
 * Several case files, or folders of them, are rendered in one process into {@code --out-dir}; a
 * file that fails is reported and the others are still written (exit code 2 when any failed).
 */
final class ReportCommand implements TandemCli.Command {

    @Override
    public String usage() {
        return "report CASE.json|FOLDER ... --audience counselor|client [--as-of YYYY-MM-DD] [--set key=value ...] "
                + "[--practice-name NAME] [--region " + String.join("|", CrisisResources.REGIONS)
                + "] --out FILE.pdf | --out-dir FOLDER";
    }

    @Override
    public String description() {
        return "Writes the progress report of a case file as PDF: the counselor's copy or the client version "
                + "(refused while a safety flag is open, on a draft or under a safety referral). Without --as-of, as of "
                + "the date of its most recent session. Several files, or a folder's *.json files, go to --out-dir as "
                + "NAME-counselor.pdf or NAME-client.pdf, one path per line on standard output.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CaseArguments.Parsed parsed =
                CaseArguments.parse(args, Set.of("--audience", "--out", "--out-dir", "--practice-name", "--region"));
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
                return usage(
                        err,
                        "--region is one of " + String.join(", ", CrisisResources.REGIONS) + ", not '" + region + "'");
            }
            practice = practice.withCrisisRegion(region.toUpperCase(Locale.ROOT));
        }
        String target = a.own.get("--out");
        String folder = a.own.get("--out-dir");
        if (audience == null) {
            return usage(err, "for whom? Give --audience counselor or --audience client");
        }
        String destinationProblem = destinationProblem(a, target, folder);
        if (destinationProblem != null) {
            return usage(err, destinationProblem);
        }
        Job job = new Job(a, audience, practice, ProgressReportRenderer.standard());
        List<Path> files = a.files("report", err);
        if (files == null) {
            return TandemCli.FAILED;
        }
        if (target != null) {
            return job.render(files.get(0), Path.of(target), err) ? TandemCli.OK : TandemCli.FAILED;
        }
        return job.renderAll(files, Path.of(folder), out, err);
    }

    /** What is wrong with where the PDFs are to go (one file for one case file, a folder otherwise), or null. */
    private static String destinationProblem(CaseArguments a, String target, String folder) {
        if (target != null && folder != null) {
            return "give --out FILE.pdf or --out-dir FOLDER, not both";
        }
        if (target != null && !a.single()) {
            return "several case files go to a folder: give --out-dir FOLDER instead of --out";
        }
        if (target == null && folder == null) {
            return a.single()
                    ? "where to? Give the PDF file with --out FILE.pdf"
                    : "where to? Give the folder for the PDF files with --out-dir FOLDER";
        }
        return null;
    }

    /** One run's settings, applied to each case file in turn with one renderer. */
    private record Job(
            CaseArguments arguments, Audience audience, PracticeInfo practice, ProgressReportRenderer renderer) {

        int renderAll(List<Path> files, Path folder, PrintStream out, PrintStream err) {
            if (files.isEmpty()) {
                err.println("tandem report: no case file (*.json) in " + String.join(", ", arguments.paths));
                return TandemCli.FAILED;
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException | RuntimeException e) {
                err.println("tandem report: cannot create " + folder + " (" + e.getMessage() + ")");
                return TandemCli.FAILED;
            }
            String suffix = "-" + audience.name().toLowerCase(Locale.ROOT) + ".pdf";
            int failed = 0;
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                Path pdf = folder.resolve(name + suffix);
                if (render(file, pdf, err)) {
                    out.println(pdf);
                } else {
                    failed++;
                }
            }
            out.flush();
            return TandemCli.summary("report", files.size(), failed, err);
        }

        /** Renders one case file into {@code target}; false (the reason on {@code err}) when no report was written. */
        boolean render(Path file, Path target, PrintStream err) {
            CaseArguments.Loaded loaded = arguments.load("report", file, err);
            if (loaded == null) {
                return false;
            }
            CaseFile caseFile = loaded.caseFile();
            if (audience == Audience.CLIENT && caseFile.checkInPause()) {
                // A partner said "not safe" or "not sure" between sessions: client reports wait for a safety review
                // (decision 0102).
                err.println("tandem report: " + (arguments.single() ? "" : file + ": ")
                        + Texts.shared().get("checkIn.reportRefused"));
                return false;
            }
            Assessment assessment = AssessmentEngine.assess(caseFile, loaded.asOf(), arguments.settings);
            byte[] pdf;
            try {
                pdf = renderer.render(ReportRequest.of(caseFile, assessment, audience, practice, Instant.now()));
            } catch (ClientReportRefusedException e) {
                err.println("tandem report: " + (arguments.single() ? "" : file + ": ") + e.getMessage());
                return false;
            }
            try {
                write(target, pdf);
                return true;
            } catch (IOException | RuntimeException e) {
                err.println("tandem report: cannot write " + target + " (" + e.getMessage() + ")");
                return false;
            }
        }
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
