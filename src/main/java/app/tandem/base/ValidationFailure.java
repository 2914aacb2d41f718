package app.tandem.base;

/**
 * A request a service refuses because of what the user entered. The message is a sentence for
 * the user; {@code field} names the input it belongs to (or is null for the whole form).
 */
public class ValidationFailure extends RuntimeException {

    private final String field;

    public ValidationFailure(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
