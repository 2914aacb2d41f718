package app.tandem.couple;

/** Where a couple stands in the work. */
public enum CoupleStatus {
    ACTIVE,
    PAUSED,
    REFERRED,
    CLOSED
}
