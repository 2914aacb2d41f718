package app.tandem.base;

/**
 * A record that does not exist, or that the signed-in user may not see: both look the same so
 * that nobody learns of records outside their caseload.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
