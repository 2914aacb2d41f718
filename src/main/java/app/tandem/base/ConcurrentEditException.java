package app.tandem.base;

/** Someone else saved the same record since this user started editing it. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super("Someone else saved " + what + " while you were editing. Your changes are still in the form: "
                + "reload to see theirs, then make your changes again.");
    }
}
