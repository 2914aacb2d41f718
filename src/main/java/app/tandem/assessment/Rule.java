package app.tandem.assessment;

/**
 * The eight rules of {@code tandem-rules-1}, declared in the order they are checked (R0, R2, R3,
 * R1, R6, R4, R5, R7), which is not the order of their numbers: safety first, red flags before
 * the data-sufficiency rule, the catch-all last. The first matched rule decides.
 */
public enum Rule {
    /** Any active safety flag: {@code SAFETY_REFERRAL}. */
    R0,
    /** Reliable deterioration at a partner's last data points: {@code COUPLES_THERAPY}, urgent. */
    R2,
    /** Hostility or contempt on enough recent sessions, or secrecy: {@code COUPLES_THERAPY}. */
    R3,
    /** Too few data points for either partner: {@code INSUFFICIENT_DATA}. */
    R1,
    /** Referred to couples therapy long enough ago and still stuck: {@code RETREAT}. */
    R6,
    /** Steps applied for long enough without a reliable shift: {@code COUPLES_THERAPY}. */
    R4,
    /** Steps not applied: {@code CONTINUE} with {@code ENGAGEMENT}, or {@code COUPLES_THERAPY} late and low. */
    R5,
    /** Otherwise: {@code CONTINUE}, {@code ON_TRACK} when both partners reliably improved. */
    R7
}
