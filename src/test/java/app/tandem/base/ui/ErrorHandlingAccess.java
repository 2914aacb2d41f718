package app.tandem.base.ui;

/** Lets tests in other packages read the sentence the UI shows for a failure. */
public final class ErrorHandlingAccess {

    private ErrorHandlingAccess() {}

    public static String message(Throwable t) {
        return ErrorHandling.messageFor(t);
    }
}
