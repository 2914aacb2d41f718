package app.tandem.base;

import java.util.List;

/**
 * A request a service refuses because of what the user entered: one {@link Problem}. The message
 * is a sentence for the user; {@code field} names the input it belongs to (or is null for the
 * whole form).
 */
public class ValidationFailure extends RuntimeException {

    private final String field;

    public ValidationFailure(String field, String message) {
        super(message);
        this.field = field;
    }

    public ValidationFailure(Problem problem) {
        this(problem.field(), problem.message());
    }

    /** Refuses with the first of {@code problems}, if there are any. */
    public static void throwFirst(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems.get(0));
        }
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return new Problem(field, getMessage());
    }
}
