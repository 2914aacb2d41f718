package app.tandem.couple;

/** How the withdrawal began (guide, preparation). */
public enum WithdrawalOnset {
    GRADUAL,
    SUDDEN,
    UNKNOWN
}
