package app.tandem.base;

/**
 * One thing wrong with what a user entered: the field it belongs to ("date", "a.firstName", or
 * null for the whole form) and a sentence for the user. Validators return lists of these, a
 * service refuses with the first as a {@link ValidationFailure}, and a form shows each beside its
 * field through {@code base.ui.FieldErrors}.
 */
public record Problem(String field, String message) {}
