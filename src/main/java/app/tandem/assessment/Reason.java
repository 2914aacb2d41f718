package app.tandem.assessment;

/**
 * Why a rule matched or did not. Each code comes with parameters in {@link RuleResult#params()};
 * the narrative turns code and parameters into a sentence (template
 * {@code assessment.reason.<CODE>} in {@code seeds/texts/assessment.yaml}).
 */
public enum Reason {
    /** R0 matched on signed notes only. Params: {@code flags} (List of flag names), {@code lastDate}, {@code sessions}. */
    SAFETY_FLAG_ACTIVE,
    /**
     * R0 matched and at least one active flag is on a draft note, which counts until a signed
     * review clears it. Params as {@link #SAFETY_FLAG_ACTIVE} plus {@code draftDate} (the latest
     * such draft).
     */
    SAFETY_FLAG_ACTIVE_ON_DRAFT,
    /** R0 not matched: no safety flag on a session on or before asOf, signed or draft. */
    NO_SAFETY_FLAG,
    /** R0 not matched: every safety flag was cleared. Params: {@code reviewDate}. */
    SAFETY_FLAGS_CLEARED,

    /** R2 matched. Params: {@code partners}, {@code points}, {@code change}, {@code rci}. */
    DETERIORATION,
    /** R2 not matched: the latest point shows reliable deterioration, earlier ones do not. Params: {@code partners}, {@code points}. */
    DETERIORATION_NOT_SUSTAINED,
    /** R2 not matched: no partner has enough data points. Params: {@code needed}. */
    TOO_FEW_POINTS_FOR_DETERIORATION,
    /** R2 not matched. */
    NO_DETERIORATION,

    /** R3 matched. Params: {@code count}, {@code window}, {@code kind} (HOSTILITY, CONTEMPT or HOSTILITY_OR_CONTEMPT). */
    HOSTILITY_PATTERN,
    /** R3 matched. Params: {@code window}. */
    SECRECY_NOTED,
    /** R3 matched on both counts. Params: {@code count}, {@code window}, {@code kind}. */
    HOSTILITY_AND_SECRECY,
    /** R3 not matched. Params: {@code count}, {@code window}, {@code needed}. */
    NO_HOSTILITY_PATTERN,
    /** R3 not matched: no scored session yet. */
    NO_SCORED_SESSIONS,

    /** R1 matched. Params: {@code partners} (those short), {@code dataPointsA}, {@code dataPointsB}, {@code min}. */
    TOO_FEW_DATA_POINTS,
    /** R1 not matched. Params: {@code dataPointsA}, {@code dataPointsB}, {@code min}. */
    ENOUGH_DATA_POINTS,

    /** R6 matched. Params: {@code therapyStartedOn}, {@code days}, {@code weeks}, {@code partners} (those who need change). */
    IN_THERAPY_STILL_STUCK,
    /** R6 not matched: no couples-therapy referral on or before asOf. */
    NO_THERAPY_REFERRAL,
    /** R6 not matched: referred, but no first attended session on or before asOf. Params: {@code referredOn}. */
    THERAPY_NOT_STARTED,
    /** R6 not matched. Params: {@code therapyStartedOn}, {@code days}, {@code retreatDays}. */
    THERAPY_TOO_RECENT,
    /** R6 not matched: a safety concern was recorded at some point, so no retreat. */
    SAFETY_HISTORY_NO_RETREAT,

    /** R4 matched. Params: {@code days}, {@code weeks}, {@code adherence}, {@code adherencePercent}, {@code partners}. */
    NO_POSITIVE_SHIFT,
    /** R5 matched with COUPLES_THERAPY. Params as {@link #NO_POSITIVE_SHIFT} plus {@code thresholdPercent} (low). */
    NOT_APPLIED_LATE,
    /** R5 matched with CONTINUE and ENGAGEMENT. Params as {@link #NO_POSITIVE_SHIFT} plus {@code thresholdPercent} (high). */
    NOT_APPLIED,
    /** R4/R5 not matched: no data point, so no start date. */
    NO_START_DATE,
    /** R4/R5 not matched. Params: {@code days}, {@code shiftDays}. */
    TOO_EARLY,
    /** R4 not matched. Params: {@code adherence}, {@code adherencePercent}, {@code thresholdPercent}. */
    ADHERENCE_BELOW_HIGH,
    /** R5 not matched. Params: {@code adherence}, {@code adherencePercent}, {@code thresholdPercent}. */
    ADHERENCE_AT_LEAST_HIGH,
    /** R4/R5/R6 not matched: neither partner needs change (each reliably improved or satisfied). */
    NO_ONE_NEEDS_CHANGE,

    /** R7 matched, neither partner needs change. */
    ON_TRACK,
    /** R7 matched. */
    OTHERWISE
}
