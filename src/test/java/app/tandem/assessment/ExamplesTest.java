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
        return Stream.of(
                Arguments.of("insufficient-data", Recommendation.INSUFFICIENT_DATA, Rule.R1, List.of(), List.of()),
                Arguments.of("continue", Recommendation.CONTINUE, Rule.R7, List.of(), List.of()),
                Arguments.of("continue-engagement", Recommendation.CONTINUE, Rule.R5, List.of(Concern.ENGAGEMENT), List.of()),
                Arguments.of("on-track", Recommendation.CONTINUE, Rule.R7, List.of(Concern.ON_TRACK), List.of()),
                Arguments.of("couples-therapy", Recommendation.COUPLES_THERAPY, Rule.R3, List.of(), List.of()),
                Arguments.of("couples-therapy-urgent", Recommendation.COUPLES_THERAPY, Rule.R2, List.of(), List.of()),
                Arguments.of("retreat", Recommendation.RETREAT, Rule.R6, List.of(), List.of()),
                Arguments.of("safety-referral", Recommendation.SAFETY_REFERRAL, Rule.R0, List.of(), List.of()),
                Arguments.of("unsigned-safety-flag", Recommendation.CONTINUE, Rule.R7, List.of(),
                        List.of(AssessmentWarning.UNSIGNED_SAFETY_FLAG)));
    }

    static CaseFile read(String name) throws IOException, CaseFileException {
        return CaseFileReader.read(EXAMPLES.resolve(name + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_gives_its_result_as_of_its_latest_session(String name, Recommendation recommendation, Rule decisive,
            List<Concern> concerns, List<AssessmentWarning> warnings) throws Exception {
        CaseFile file = read(name);

        Assessment a = AssessmentEngine.assess(file, AssessmentEngine.latestSessionDate(file).orElseThrow());

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
                    .containsExactlyInAnyOrderElementsOf(examples().map(a -> (String) a.get()[0]).toList());
        }
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
