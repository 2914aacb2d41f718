package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command, in-process through {@link TandemCli#run}. */
class ReportCommandTest {

    private static final Path EXAMPLES = Path.of("seeds/examples");

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TandemCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name + ".json").toString();
    }

    @Test
    void counselor_report_is_written_and_exits_0() throws IOException {
        Path out = temp.resolve("counselor.pdf");

        Result r = run("report", example("couples-therapy"), "--audience", "counselor", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(text(out))
                .contains("Couples therapy is suggested")
                .contains("Decisive rule R3")
                .contains("assessed as of 13 October 2026");
        assertThat(temp.toFile().list()).containsExactly("counselor.pdf");
    }

    @Test
    void a_safety_report_prints_the_chosen_regions_emergency_number_and_lines() throws IOException {
        Path out = temp.resolve("safety.pdf");

        Result r = run(
                "report",
                example("safety-referral"),
                "--audience",
                "counselor",
                "--region",
                "au",
                "--out",
                out.toString());

        assertThat(r.code()).isZero();
        assertThat(text(out)).contains("Emergency services, Australia: 000").contains("1800RESPECT");
    }

    @Test
    void an_unknown_region_is_refused_naming_the_regions() {
        Path out = temp.resolve("safety.pdf");

        Result r = run(
                "report",
                example("safety-referral"),
                "--audience",
                "counselor",
                "--region",
                "FR",
                "--out",
                out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--region is one of US, CA, GB, IE, AU, NZ, not 'FR'");
        assertThat(out).doesNotExist();
    }

    @Test
    void client_report_is_written_with_as_of_practice_name_and_settings() throws IOException {
        Path out = temp.resolve("client.pdf");

        Result r = run(
                "report",
                example("couples-therapy"),
                "--audience=client",
                "--as-of",
                "2026-10-20",
                "--practice-name",
                "Riverside Counselling",
                "--set",
                "sd=5.0",
                "--out=" + out);

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(text(out))
                .contains("Your progress report")
                .contains("Riverside Counselling")
                .contains("We suggest adding couples therapy")
                .doesNotContain("Contempt")
                .doesNotContain("RCI");
    }

    @Test
    void client_report_under_a_safety_referral_is_refused_with_exit_2_and_no_file() {
        Path out = temp.resolve("client.pdf");

        Result r = run("report", example("safety-referral"), "--audience", "client", "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No client report was produced").contains("active safety flag");
        assertThat(out).doesNotExist();
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void client_report_with_a_safety_flag_on_a_draft_is_refused_with_exit_2_one_sentence_and_no_file() {
        Path out = temp.resolve("client.pdf");

        Result r = run("report", example("unsigned-safety-flag"), "--audience", "client", "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("tandem report: No client report was produced because a draft session note "
                        + "carries a safety flag, so sign that draft or correct it first.");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(out).doesNotExist();
        assertThat(temp.toFile().list()).isEmpty();
        Path counselor = temp.resolve("counselor.pdf");
        assertThat(run(
                                "report",
                                example("unsigned-safety-flag"),
                                "--audience",
                                "counselor",
                                "--out",
                                counselor.toString())
                        .code())
                .isZero();
        assertThat(counselor).exists();
    }

    @Test
    void client_report_is_refused_while_a_not_safe_check_in_waits_for_a_safety_review() throws Exception {
        Path file = temp.resolve("checked-in.json");
        Files.write(
                file,
                app.tandem.casefile.CaseFileWriter.write(app.tandem.casefile.CaseFileCheckInsTestAccess.notSafe()));
        Path out = temp.resolve("client.pdf");

        Result r = run("report", file.toString(), "--audience", "client", "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("tandem report: No client report was produced because a partner's check-in "
                        + "in this case file says they do not feel safe, or are not sure, and no signed safety review is dated on or "
                        + "after it, so record a safety review first.");
        assertThat(out).doesNotExist();
        Path counselor = temp.resolve("counselor.pdf");
        assertThat(run("report", file.toString(), "--audience", "counselor", "--out", counselor.toString())
                        .code())
                .isZero();
        // The counselor report shows the partners' own points in a table of their own, apart from the session numbers.
        assertThat(text(counselor))
                .containsSubsequence(
                        "The numbers behind the charts",
                        "Reported by partner between sessions",
                        "(A) 6 5 7 14 No",
                        "(B) 4 – 5 – Yes");

        Files.write(
                file, app.tandem.casefile.CaseFileWriter.write(app.tandem.casefile.CaseFileCheckInsTestAccess.safe()));
        Result allowed = run("report", file.toString(), "--audience", "client", "--out", out.toString());
        assertThat(allowed.code()).isZero();
        String text = text(out);
        assertThat(text)
                .doesNotContain("Calmer week")
                .doesNotContain("Went walking")
                .doesNotContain("safe at home")
                .doesNotContain("check-in");
    }

    @Test
    void counselor_report_under_a_safety_referral_is_produced() {
        Path out = temp.resolve("counselor.pdf");

        Result r = run("report", example("safety-referral"), "--audience", "counselor", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(out).exists();
    }

    @Test
    void invalid_case_file_exits_2_naming_the_errors() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(EXAMPLES.resolve("continue.json"))
                        .replaceFirst("\"status\" : \"ACTIVE\"", "\"status\" : \"OPEN\""));
        Path out = temp.resolve("r.pdf");

        Result r = run("report", bad.toString(), "--audience", "counselor", "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("tandem report: " + bad + " is not a valid case file")
                .contains("couple.status");
        assertThat(out).doesNotExist();
    }

    @Test
    void missing_out_audience_or_file_and_bad_options_exit_2_with_a_usage_line() {
        String file = example("continue");
        String out = temp.resolve("r.pdf").toString();

        assertThat(run("report", file, "--audience", "counselor").err())
                .contains("--out FILE.pdf")
                .contains("usage: report CASE.json");
        assertThat(run("report", file, "--audience", "counselor").code()).isEqualTo(2);
        assertThat(run("report", file, "--out", out).err()).contains("--audience counselor");
        assertThat(run("report", file, "--out", out).code()).isEqualTo(2);
        assertThat(run("report", "--audience", "client", "--out", out).err()).contains("which case file?");
        assertThat(run("report", file, "--audience", "partner", "--out", out).err())
                .contains("--audience is counselor or client");
        assertThat(run("report", file, "--audience", "client", "--out", out, "--as-of", "2026-13-01")
                        .err())
                .contains("real date");
        assertThat(run("report", file, "--audience", "client", "--out", out, "--set", "colour=blue")
                        .err())
                .contains("Unknown setting 'colour'");
        assertThat(run("report", temp.resolve("nowhere.json").toString(), "--audience", "client", "--out", out)
                        .err())
                .contains("no such file");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void unwritable_target_exits_2() {
        Result r = run(
                "report",
                example("continue"),
                "--audience",
                "counselor",
                "--out",
                temp.resolve("missing-folder").resolve("r.pdf").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write");
    }

    @Test
    void help_lists_the_report_command() {
        assertThat(run("--help").out()).contains("report CASE.json|FOLDER ... --audience counselor|client");
        assertThat(run("report", "--help").out()).startsWith("usage: report");
        assertThat(TandemCli.handles(new String[] {"report"})).isTrue();
    }

    @Test
    void several_files_are_written_into_the_out_dir_named_after_each_case_file() throws IOException {
        Path folder = temp.resolve("reports");

        Result r = run(
                "report",
                example("couples-therapy"),
                example("on-track"),
                "--audience",
                "counselor",
                "--out-dir",
                folder.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Path first = folder.resolve("couples-therapy-counselor.pdf");
        Path second = folder.resolve("on-track-counselor.pdf");
        assertThat(r.out().lines()).containsExactly(first.toString(), second.toString());
        assertThat(text(first)).contains("Couples therapy is suggested");
        assertThat(text(second)).contains("Decisive rule");
    }

    @Test
    void a_folder_with_a_refused_client_report_writes_the_others_and_exits_2() throws IOException {
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Files.copy(EXAMPLES.resolve("safety-referral.json"), cases.resolve("safety-referral.json"));
        Files.copy(EXAMPLES.resolve("on-track.json"), cases.resolve("on-track.json"));
        Path folder = temp.resolve("out");

        Result r = run("report", cases.toString(), "--audience", "client", "--out-dir", folder.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(folder.toFile().list()).containsExactly("on-track-client.pdf");
        assertThat(r.err())
                .contains(cases.resolve("safety-referral.json") + ": No client report was produced")
                .contains("tandem report: 1 of 2 case files failed");
    }

    @Test
    void several_files_need_an_out_dir_not_an_out_file() {
        String out = temp.resolve("r.pdf").toString();

        Result withOut =
                run("report", example("continue"), example("retreat"), "--audience", "counselor", "--out", out);
        Result neither = run("report", example("continue"), example("retreat"), "--audience", "counselor");
        Result both = run(
                "report", example("continue"), "--audience", "counselor", "--out", out, "--out-dir", temp.toString());

        assertThat(withOut.code()).isEqualTo(2);
        assertThat(withOut.err()).contains("give --out-dir FOLDER instead of --out");
        assertThat(neither.err()).contains("--out-dir FOLDER");
        assertThat(both.err()).contains("not both");
        assertThat(temp.toFile().list()).isEmpty();
    }
}
