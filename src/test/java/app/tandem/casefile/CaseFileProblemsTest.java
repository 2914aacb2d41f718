package app.tandem.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place in a case file, in words, one row per kind of path; the import screen and the command line say it so. */
class CaseFileProblemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sessions[3].scores.B.emotionalSafety | Session 4, partner B's score for emotional safety",
                "couple.partners.A.firstName | Partner A's first name",
                "homework[0].dueOn | Homework assignment 1, due on",
                "sessions[1].amendments[0].reason | Session 2, amendment 1, reason",
                "couple.intakeDate | Intake date",
                "safetyReviews[2].date | Safety review 3, date",
                "couple.partners.B.safeContact.note | Partner B's safe contact, note",
                "sessions[0].note.observations | Session 1, note, observations",
                "couple.context.notes | Context, notes",
                "checkIns[1].homework[0] | Check-in 2, homework assignment 1",
                "ipvScreens[0].hits.HURT | Screening 1, hits, hurt",
                "sessions[0].scores.A.csi4 | Session 1, partner A's score for CSI-4",
                "couple.partners.C | Partner C",
                "homework[0].completion.C | Homework assignment 1, completion, partner C"
            })
    void paths_read_as_words(String path, String words) {
        assertThat(CaseFileProblems.pathInWords(path)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$: the file is empty | The file as a whole: the file is empty",
                "sessions[3].scores.B.emotionalSafety: must be 0 to 10 | Session 4, partner B's score for emotional safety: must be 0 to 10 (sessions[3].scores.B.emotionalSafety)",
                "not a problem with a path | not a problem with a path"
            })
    void each_problem_starts_with_its_place_in_words(String problem, String shown) {
        assertThat(CaseFileProblems.inWords(problem)).isEqualTo(shown);
    }

    /** A text the import would have to cut: the place in words, the limit and the length, the path for whoever fixes it. */
    @org.junit.jupiter.api.Test
    void a_text_too_long_says_where_how_long_and_how_much_fits() {
        String problem = "couple.partners.A.firstName: "
                + app.tandem.text.Texts.shared()
                        .format("import.tooLong", java.util.Map.of("max", "100", "length", "101"));
        assertThat(CaseFileProblems.inWords(problem))
                .isEqualTo(
                        "Partner A's first name: at most 100 characters fit here,"
                                + " and this has 101. Shorten it in the file: Tandem does not cut it. (couple.partners.A.firstName)");
    }

    /** The reader's own sentences come from seeds/texts and read in words, with the path kept for whoever fixes the file. */
    @org.junit.jupiter.api.Test
    void the_readers_problems_read_in_words_from_the_texts() {
        String json =
                CaseFileReaderTest.text("minimal.json").replace("\"emotionalSafety\": 4", "\"emotionalSafety\": 14");
        CaseFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                CaseFileException.class,
                () -> CaseFileReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(CaseFileProblems.inWords(e))
                .containsExactly("Session 1, partner A's score for emotional safety: "
                        + app.tandem.text.Texts.shared()
                                .format("caseFile.problem.outside", java.util.Map.of("value", 14, "min", 0, "max", 10))
                        + " (sessions[0].scores.A.emotionalSafety)");
        assertThat(CaseFileProblems.inWords(e).get(0))
                .isEqualTo("Session 1, partner A's score for emotional safety: 14 is outside the range 0 to 10"
                        + " (sessions[0].scores.A.emotionalSafety)");
    }
}
