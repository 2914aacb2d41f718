package app.tandem.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.casefile.CaseFile.CheckIn;
import app.tandem.casefile.CaseFile.CheckInStep;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.FeelsSafe;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Check-ins in the case file (issue 18): written and read back, older files without them, the pause rule. */
class CaseFileCheckInsTest {

    static final Path EXAMPLE = Path.of("seeds/examples/couples-therapy.json");

    /** The example with one check-in of each partner added: A's "not sure" (with a step), B's "safe". */
    static CaseFile withCheckIns(FeelsSafe aSays) throws IOException, CaseFileException {
        CaseFile f = CaseFileReader.read(EXAMPLE);
        CheckIn a = new CheckIn(
                PartnerId.A,
                LocalDate.of(2026, 9, 10),
                Instant.parse("2026-09-10T19:00:00Z"),
                Instant.parse("2026-09-10T19:05:00Z"),
                2,
                new Scores(6, 5, 7, 14),
                aSays,
                "Calmer week.",
                null,
                List.of(new CheckInStep(
                        "Create space, not pressure", LocalDate.of(2026, 9, 8), Completion.DONE, "Went walking.")));
        CheckIn b = new CheckIn(
                PartnerId.B,
                LocalDate.of(2026, 9, 11),
                Instant.parse("2026-09-11T08:00:00Z"),
                Instant.parse("2026-09-11T08:00:00Z"),
                2,
                new Scores(4, null, 5, null),
                FeelsSafe.SAFE,
                null,
                Instant.parse("2026-09-12T09:00:00Z"),
                List.of());
        return with(f, List.of(a, b), f.safetyReviews());
    }

    static CaseFile with(CaseFile f, List<CheckIn> checkIns, List<SafetyReview> reviews) {
        return new CaseFile(
                f.format(),
                f.formatVersion(),
                f.exportedAt(),
                f.couple(),
                f.homework(),
                f.sessions(),
                reviews,
                f.reports(),
                f.consents(),
                f.ipvScreens(),
                checkIns);
    }

    @Test
    void check_ins_are_written_and_read_back_unchanged() throws Exception {
        CaseFile file = withCheckIns(FeelsSafe.NOT_SURE);

        byte[] json = CaseFileWriter.write(file);
        CaseFile back = CaseFileReader.read(json);

        assertThat(back.checkIns()).isEqualTo(file.checkIns());
        assertThat(CaseFileWriter.write(back)).isEqualTo(json);
        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"checkIns\"")
                .contains("\"feelsSafe\" : \"NOT_SURE\"");
    }

    @Test
    void a_file_without_check_ins_reads_with_none_and_writes_no_check_ins_key() throws Exception {
        byte[] original = Files.readAllBytes(EXAMPLE);

        CaseFile file = CaseFileReader.read(original);

        assertThat(file.checkIns()).isEmpty();
        assertThat(CaseFileWriter.write(file)).isEqualTo(original);
        assertThat(file.checkInPause()).isFalse();
    }

    @Test
    void a_step_that_names_no_homework_of_that_partner_and_a_bad_answer_are_errors_with_their_paths() throws Exception {
        String written = new String(CaseFileWriter.write(withCheckIns(FeelsSafe.NOT_SURE)), StandardCharsets.UTF_8);
        int at = written.indexOf("\"checkIns\"");
        String json = written.substring(0, at)
                + written.substring(at)
                        .replace("\"dueOn\" : \"2026-09-08\"", "\"dueOn\" : \"2026-09-07\"")
                        .replace("\"feelsSafe\" : \"SAFE\"", "\"feelsSafe\" : \"MAYBE\"");

        assertThatThrownBy(() -> CaseFileReader.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        CaseFileException.class,
                        e -> assertThat(e.errors())
                                .anySatisfy(m -> assertThat(m)
                                        .startsWith("checkIns[0].homework[0]: there is no homework item for partner A"))
                                .anySatisfy(m -> assertThat(m)
                                        .startsWith("checkIns[1].feelsSafe: \"MAYBE\" is not one of SAFE")));
    }

    @Test
    void a_not_safe_or_not_sure_check_in_pauses_until_a_signed_review_dated_on_or_after_it() throws Exception {
        assertThat(withCheckIns(FeelsSafe.SAFE).checkInPause()).isFalse();
        CaseFile notSure = withCheckIns(FeelsSafe.NOT_SURE);
        assertThat(notSure.checkInPause()).isTrue();
        assertThat(withCheckIns(FeelsSafe.NOT_SAFE).checkInPause()).isTrue();

        List<SafetyReview> before = List.of(new SafetyReview(
                LocalDate.of(2026, 9, 9), "dana@example.org", SafetyOutcome.CONJOINT_WORK_SAFE, null, null, true));
        assertThat(with(notSure, notSure.checkIns(), before).checkInPause()).isTrue();
        List<SafetyReview> unsigned = List.of(new SafetyReview(
                LocalDate.of(2026, 9, 10), "dana@example.org", SafetyOutcome.CONJOINT_WORK_SAFE, null, null, false));
        assertThat(with(notSure, notSure.checkIns(), unsigned).checkInPause()).isTrue();
        List<SafetyReview> after = new ArrayList<>(before);
        after.add(new SafetyReview(
                LocalDate.of(2026, 9, 10), "dana@example.org", SafetyOutcome.CONJOINT_WORK_SAFE, null, null, true));
        assertThat(with(notSure, notSure.checkIns(), after).checkInPause()).isFalse();
    }
}
