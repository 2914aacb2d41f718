package app.tandem.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place in a case file, in words, one row per kind of path. */
class ImportMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sessions[3].scores.B.emotionalSafety | Session 4, partner B's score for emotional safety",
        "couple.partners.A.firstName | Partner A's first name",
        "homework[0].dueOn | Homework assignment 1, due on",
        "sessions[1].amendments[0].reason | Session 2, amendment 1, reason",
        "couple.intakeDate | Intake date",
        "safetyReviews[2].date | Safety review 3, date",
        "couple.partners.B.safeContact.note | Partner B's safe contact, note",
        "sessions[0].note.observations | Session 1, note, observations",
        "couple.context.notes | Context, notes"})
    void paths_read_as_words(String path, String words) {
        assertThat(ImportMessages.pathInWords(path)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$: the file is empty | The file as a whole: the file is empty",
        "sessions[3].scores.B.emotionalSafety: must be 0 to 10 | Session 4, partner B's score for emotional safety: must be 0 to 10 (sessions[3].scores.B.emotionalSafety)"})
    void each_problem_starts_with_its_place_in_words(String problem, String shown) {
        assertThat(ImportMessages.inWords(problem)).isEqualTo(shown);
    }

    /** A text the import would have to cut: the place in words, the limit and the length, the path for whoever fixes it. */
    @org.junit.jupiter.api.Test
    void a_text_too_long_says_where_how_long_and_how_much_fits() {
        String problem = "couple.partners.A.firstName: " + app.tandem.text.Texts.shared().format("import.tooLong",
                java.util.Map.of("max", "100", "length", "101"));
        assertThat(ImportMessages.inWords(problem)).isEqualTo("Partner A's first name: at most 100 characters fit here,"
                + " and this has 101. Shorten it in the file: Tandem does not cut it. (couple.partners.A.firstName)");
    }
}
