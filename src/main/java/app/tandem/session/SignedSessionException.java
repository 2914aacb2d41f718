package app.tandem.session;

/** A signed session cannot change; corrections are amendments. */
public class SignedSessionException extends RuntimeException {

    public SignedSessionException() {
        super("This session is signed and cannot be changed. Add an amendment to correct it.");
    }
}
