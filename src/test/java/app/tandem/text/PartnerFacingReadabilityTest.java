package app.tandem.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts both partners read that issue 13 added (the consent text, the client report's text
 * for each decision outcome) are at or below a US grade-8 reading level, by the Flesch-Kincaid
 * grade formula with a simple syllable count.
 */
class PartnerFacingReadabilityTest {

    private static final double MAX_GRADE = 8.0;
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private final Texts texts = Texts.shared();

    @Test
    void the_consent_text_and_each_outcomes_client_text_read_at_grade_eight_or_below() {
        List<String> keys = new ArrayList<>();
        for (String key : texts.keys()) {
            if (key.matches("consent\\.v\\d+\\.(title|body)") || key.startsWith("client.outcome.")) {
                keys.add(key);
            }
        }
        assertThat(keys)
                .contains(
                        "consent.v1.body",
                        "client.outcome.INDIVIDUAL_THERAPY",
                        "client.outcome.DISCERNMENT_COUNSELLING",
                        "client.outcome.SEPARATION_SUPPORT",
                        "client.outcome.END_WORK");
        for (String key : keys) {
            assertThat(grade(texts.get(key))).as(key).isLessThanOrEqualTo(MAX_GRADE);
        }
    }

    @Test
    void the_grade_formula_tells_plain_from_dense_text() {
        assertThat(grade("We meet each of you on your own. This is a normal part of the work."))
                .isLessThan(4.0);
        assertThat(grade(
                        "Notwithstanding contractual obligations, institutional confidentiality requirements necessitate "
                                + "comprehensive documentation of interpersonal communications."))
                .isGreaterThan(12.0);
    }

    /** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    static double grade(String text) {
        String plain = text.replaceAll("(?m)^- ", "");
        long sentences = 0;
        for (String s : plain.split("[.!?]+(\\s|$)|\\n")) {
            if (WORD.matcher(s).find()) {
                sentences++;
            }
        }
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / Math.max(1, words) - 15.59;
    }

    /** Vowel groups, less a silent final e; at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        int n = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            n++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }
}
