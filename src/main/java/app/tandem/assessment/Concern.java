package app.tandem.assessment;

/** A qualifier of the assessment, listed in this order. */
public enum Concern {
    /** R5 decided with {@code CONTINUE}: the steps are not being applied. */
    ENGAGEMENT,
    /** R7 decided and neither partner needs change (each reliably improved or satisfied). */
    ON_TRACK,
    /**
     * Both partners have enough data points, one is reliably improved and the other needs change,
     * whatever rule decides. For the counselor only: an individual check-in with the partner who is
     * not moving is suggested; it never changes the recommendation.
     */
    PARTNERS_DIVERGE,
    /**
     * A safety concern was recorded at some point (a safety flag, cleared or not, a safety review
     * or a referral to domestic-violence services) and R0 does not decide. For the counselor only:
     * an IPV-informed therapist is advised and a retreat is not.
     */
    SAFETY_HISTORY
}
