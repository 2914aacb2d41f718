package app.tandem.pdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of an English text:
 * {@code 0.39 · words/sentences + 11.8 · syllables/words − 15.59}. Sentences end at ".", "!" or
 * "?" (a text without one is one sentence); syllables are counted by the usual vowel-group
 * heuristic (silent final "e", "-es" and "-ed" endings dropped), as common readability tools do.
 */
final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {}

    static double grade(String text) {
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(text.strip());
        while (s.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Syllables of one word; a hyphenated word counts each part. */
    static int syllables(String word) {
        int total = 0;
        for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
            String w = part.replaceAll("[^a-z]", "");
            if (w.isEmpty()) {
                total += part.isEmpty() ? 0 : 1; // a number reads as (about) one syllable
                continue;
            }
            if (w.length() <= 3) {
                total++;
                continue;
            }
            w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x");
            w = w.replaceAll("^y", "");
            Matcher v = VOWELS.matcher(w);
            int count = 0;
            while (v.find()) {
                count++;
            }
            total += Math.max(1, count);
        }
        return total;
    }
}
