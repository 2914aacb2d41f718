package app.tandem.couple;

/** Who pursues; the other partner distances. */
public enum Pursuer {
    A,
    B,
    NONE,
    UNKNOWN
}
