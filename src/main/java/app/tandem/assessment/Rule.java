package app.tandem.assessment;

/**
 * The eight rules of {@code tandem-rules-2}, declared in the order they are checked (R0, R2, R3,
 * R1, R6, R4, R5, R7), which is not the order of their numbers: safety first, red flags before
 * the data-sufficiency rule, the catch-all last. The first matched rule decides.
 */
public enum Rule {
    /** Any active safety flag, signed or draft: {@code SAFETY_REFERRAL}. */
    R0,
    /** Reliable deterioration at a partner's last data points: {@code COUPLES_THERAPY}, urgent. */
    R2,
    /** Hostility or contempt on enough recent sessions, or secrecy: {@code COUPLES_THERAPY}. */
    R3,
    /** Too few data points for either partner: {@code INSUFFICIENT_DATA}. */
    R1,
    /** In couples therapy for long enough (from the first attended session), a partner still needs change, no safety history: {@code RETREAT}. */
    R6,
    /** Steps applied for long enough and a partner still needs change: {@code COUPLES_THERAPY}. */
    R4,
    /** Steps not applied: {@code CONTINUE} with {@code ENGAGEMENT}, or {@code COUPLES_THERAPY} late and low. */
    R5,
    /** Otherwise: {@code CONTINUE}, {@code ON_TRACK} when neither partner needs change. */
    R7
}
