package app.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.Recommendation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each example in seeds/examples gives its advertised result as of its latest session. */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("seeds/examples");

    static Stream<Arguments> examples() {
        List<Concern> diverge = List.of(Concern.PARTNERS_DIVERGE);
        return Stream.of(
                Arguments.of("insufficient-data", Recommendation.INSUFFICIENT_DATA, Rule.R1, List.of(), List.of()),
                Arguments.of("continue", Recommendation.CONTINUE, Rule.R7, List.of(), List.of()),
                Arguments.of(
                        "continue-engagement",
                        Recommendation.CONTINUE,
                        Rule.R5,
                        List.of(Concern.ENGAGEMENT),
                        List.of()),
                Arguments.of("on-track", Recommendation.CONTINUE, Rule.R7, List.of(Concern.ON_TRACK), List.of()),
                // rules-2: Maya needs change while Sam reliably improved, so the partners diverge
                Arguments.of("couples-therapy", Recommendation.COUPLES_THERAPY, Rule.R3, diverge, List.of()),
                Arguments.of("couples-therapy-urgent", Recommendation.COUPLES_THERAPY, Rule.R2, List.of(), List.of()),
                // rules-2: R6 counts from the first attended session (6 October), so the file now runs
                // to 8 December; Ines still needs change while Kai improved
                Arguments.of("retreat", Recommendation.RETREAT, Rule.R6, diverge, List.of()),
                Arguments.of("safety-referral", Recommendation.SAFETY_REFERRAL, Rule.R0, List.of(), List.of()),
                // rules-2: the coercive-control flag on the draft counts for R0 until a signed review clears it
                Arguments.of(
                        "unsigned-safety-flag",
                        Recommendation.SAFETY_REFERRAL,
                        Rule.R0,
                        List.of(),
                        List.of(AssessmentWarning.UNSIGNED_SAFETY_FLAG)),
                // added for rules-2: 25 to 27 with a CSI-4 of 19 is satisfied, never escalated
                Arguments.of("thriving", Recommendation.CONTINUE, Rule.R7, List.of(Concern.ON_TRACK), List.of()),
                Arguments.of("diverging", Recommendation.CONTINUE, Rule.R7, diverge, List.of()),
                // a cleared fear flag rules out the retreat rules-1 suggested here
                Arguments.of(
                        "cleared-safety-in-therapy",
                        Recommendation.COUPLES_THERAPY,
                        Rule.R4,
                        List.of(Concern.PARTNERS_DIVERGE, Concern.SAFETY_HISTORY),
                        List.of()));
    }

    static CaseFile read(String name) throws IOException, CaseFileException {
        return CaseFileReader.read(EXAMPLES.resolve(name + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_gives_its_result_as_of_its_latest_session(
            String name,
            Recommendation recommendation,
            Rule decisive,
            List<Concern> concerns,
            List<AssessmentWarning> warnings)
            throws Exception {
        CaseFile file = read(name);

        Assessment a = AssessmentEngine.assess(
                file, AssessmentEngine.latestSessionDate(file).orElseThrow());

        assertThat(a.recommendation()).isEqualTo(recommendation);
        assertThat(a.decisiveRule()).isEqualTo(decisive);
        assertThat(a.concerns()).containsExactlyElementsOf(concerns);
        assertThat(a.warnings()).containsExactlyElementsOf(warnings);
        assertThat(AssessmentNarrative.standard().describe(a).summary()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_is_written_in_canonical_form(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(EXAMPLES.resolve(name + ".json"));

        assertThat(CaseFileWriter.write(CaseFileReader.read(bytes))).isEqualTo(bytes);
    }

    @Test
    void every_example_file_is_covered() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(
                            examples().map(a -> (String) a.get()[0]).toList());
        }
    }

    @Test
    void cleared_safety_example_is_past_the_retreat_date_and_only_its_safety_history_rules_the_retreat_out()
            throws Exception {
        Assessment a = AssessmentEngine.assess(read("cleared-safety-in-therapy"), java.time.LocalDate.of(2026, 12, 1));

        assertThat(a.therapyStartedOn()).isEqualTo(java.time.LocalDate.of(2026, 10, 5));
        assertThat(a.result(Rule.R6).reason()).isEqualTo(Reason.SAFETY_HISTORY_NO_RETREAT);
        assertThat(a.partners().a().needsChange()).isTrue();
    }

    @Test
    void thriving_example_has_both_partners_satisfied_by_their_csi4_without_reliable_change() throws Exception {
        CaseFile file = read("thriving");
        Assessment a = AssessmentEngine.assess(
                file, AssessmentEngine.latestSessionDate(file).orElseThrow());

        assertThat(a.partners().a().csi4Latest()).isEqualTo(19);
        assertThat(a.partners().a().satisfied()).isTrue();
        assertThat(a.partners().a().reliablyImproved()).isFalse();
        assertThat(a.partners().b().satisfied()).isTrue();
    }

    @Test
    void couples_therapy_example_is_the_worked_example_a_week_after_session_7() throws Exception {
        Assessment a = AssessmentEngine.assess(read("couples-therapy"), java.time.LocalDate.of(2026, 10, 20));

        assertThat(a.daysElapsed()).isEqualTo(49);
        assertThat(a.matchedRules()).containsExactly(Rule.R3, Rule.R4, Rule.R7);
        assertThat(a.partners().a().adherence()).isEqualTo(0.80);
        assertThat(a.partners().b().adherence()).isEqualTo(0.85);
        assertThat(AssessmentJson.round2(a.partners().a().rci())).isEqualByComparingTo("1.10");
        assertThat(AssessmentJson.round2(a.partners().b().rci())).isEqualByComparingTo("2.56");
    }
}
