package app.tandem.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.text.Texts;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text both partners read is at or below US grade 8 (Flesch–Kincaid). */
class ClientReadabilityTest {

    private static final Texts TEXTS = Texts.shared();
    /**
     * Short sample values for the placeholders, so that the grade measures the texts' own words,
     * not the length of a practice's or a partner's name.
     */
    private static final Map<String, Object> SAMPLE = Map.ofEntries(
            Map.entry("partnerA", "Ann"),
            Map.entry("partnerB", "Sam"),
            Map.entry("name", "Ann"),
            Map.entry("counselor", "Jo Ray"),
            Map.entry("practice", "Oak Tree"),
            Map.entry("date", "8 May 2026"),
            Map.entry("asOf", "8 May 2026"),
            Map.entry("weeks", 6),
            Map.entry("clearChange", 6),
            Map.entry("page", 1),
            Map.entry("pages", 2));

    /** Every key both partners read: the client report's texts and the client PDF's metadata and page line. */
    static Stream<String> clientKeys() {
        return TEXTS.keys().stream()
                .filter(k -> k.startsWith("client.") || k.startsWith("pdf.metadata.client") || k.equals("pdf.page"))
                // shown to the counselor when no client report is made
                .filter(k -> !k.equals("client.refusedUnderSafety"));
    }

    @ParameterizedTest
    @MethodSource("clientKeys")
    void every_client_text_reads_at_grade_8_or_below(String key) {
        String text = TEXTS.format(key, SAMPLE);

        assertThat(Readability.grade(text))
                .as("Flesch-Kincaid grade of %s: \"%s\"", key, text)
                .isLessThanOrEqualTo(8.0);
    }

    @Test
    void the_client_texts_cover_every_recommendation_text_and_the_invitation_to_speak_alone() {
        assertThat(clientKeys())
                .contains(
                        "client.progressIntro",
                        "client.closing",
                        "client.recommendation.RETREAT",
                        "client.recommendation.CONTINUE_ON_TRACK",
                        "client.recommendation.CONTINUE_ENGAGEMENT");
        assertThat(TEXTS.get("client.closing"))
                .contains("Either of you can ask to speak with me on your own at any time");
    }

    @Test
    void the_formula_gives_the_hand_counted_grade() {
        // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59
        assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(1e-9));
        // 2 sentences of 4 words; 'beautiful' 3, 'garden' 2, 'yesterday' 3 syllables: 13 syllables in 8 words
        assertThat(Readability.grade("A beautiful garden grew. We saw it yesterday."))
                .isCloseTo(0.39 * 4 + 11.8 * 13 / 8 - 15.59, within(1e-9));
        assertThat(Readability.syllables("relationship")).isEqualTo(4);
        assertThat(Readability.syllables("practised")).isEqualTo(2);
        assertThat(Readability.syllables("couples")).isEqualTo(2);
    }

    @Test
    void the_old_one_sentence_progress_intro_is_above_grade_8_so_the_check_can_fail() {
        String old = "Below you can see how things have moved for each of you on the three things we look at in every "
                + "session: how safe it feels to approach each other, how much each of you starts good moments "
                + "together, and how well you talk and listen when things are difficult. The scores are one view of "
                + "your progress, not a verdict, and not a contest between you.";

        assertThat(Readability.grade(old)).isGreaterThan(8.0);
    }
}
