package app.tandem.casefile;

import java.util.List;

/**
 * A case file could not be read. Carries every error found, each as
 * {@code "json.path: sentence"}, e.g.
 * {@code sessions[3].scores.A.emotionalSafety: 14 is outside 0..10}. A path of {@code $} means
 * the document as a whole.
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
        if (errors.size() == 1) {
            return "The case file has an error: " + errors.get(0);
        }
        return "The case file has " + errors.size() + " errors, the first: "
                + (errors.isEmpty() ? "" : errors.get(0));
    }
}
