package app.tandem.casefile;

import app.tandem.text.Texts;
import java.util.List;
import java.util.Map;

/**
 * A case file could not be read. Carries every error found, each as
 * {@code "json.path: sentence"}, e.g.
 * {@code sessions[3].scores.A.emotionalSafety: 14 is outside 0..10}. A path of {@code $} means
 * the document as a whole. {@link CaseFileProblems} says them in words.
 */
public class CaseFileException extends Exception {

    private final List<String> errors;

    /** An exception carrying {@code errors} (at least one). */
    public CaseFileException(List<String> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a CaseFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error found, in document order where possible. */
    public List<String> errors() {
        return errors;
    }

    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        Texts texts = Texts.shared();
        return errors.size() == 1
                ? texts.format("caseFile.summary.one", Map.of("first", errors.get(0)))
                : texts.format("caseFile.summary.other", Map.of("count", errors.size(), "first", errors.get(0)));
    }
}
