package app.tandem.checkin;

/** The answer to the check-in's safety question. Anything but {@link #SAFE} pauses joint work (decision 0102). */
public enum FeelsSafe {
    SAFE,
    NOT_SURE,
    NOT_SAFE;

    public boolean raisesConcern() {
        return this != SAFE;
    }
}
