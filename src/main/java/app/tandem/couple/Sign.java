package app.tandem.couple;

/** Signs of withdrawal observed at intake (guide, step 1). */
public enum Sign {
    REDUCED_INITIATIONS,
    EMOTIONAL_UNAVAILABILITY,
    INCREASED_SOLITUDE
}
