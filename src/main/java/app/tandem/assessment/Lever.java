package app.tandem.assessment;

import java.util.Map;

/**
 * The smallest single change that would flip a rule: what would change the recommendation.
 *
 * @param rule the rule it would flip
 * @param kind what kind of change
 * @param params the numbers of the change (see {@link Kind})
 */
public record Lever(Rule rule, Kind kind, Map<String, Object> params) {

    /** Kinds of change. The narrative template is {@code assessment.lever.<KIND>}. */
    public enum Kind {
        /** A partner reaching a composite that counts as reliable improvement. Params: {@code partner}, {@code baseline}, {@code target}, {@code change}. */
        REACH_IMPROVEMENT,
        /** A partner without a latest CSI-4 reaching the functional composite (satisfied range). Params: {@code partner}, {@code target}. */
        REACH_SATISFIED,
        /** A partner's next CSI-4 above the cut-off (satisfied range). Params: {@code partner}, {@code cutoff}, {@code csi4}. */
        REACH_SATISFIED_CSI,
        /** A partner at or below a composite at successive data points (reliable deterioration). Params: {@code partner}, {@code baseline}, {@code target}, {@code change}, {@code points}. */
        REACH_DETERIORATION,
        /** A deteriorated partner's next data point at or above a composite. Params: {@code partner}, {@code baseline}, {@code target}. */
        RECOVER_ABOVE_DETERIORATION,
        /** Further fully done assignments lifting a partner's adherence to a threshold. Params: {@code partner}, {@code assignments}, {@code threshold}, {@code thresholdPercent}. */
        MORE_DONE_ASSIGNMENTS,
        /**
         * A date on which days elapsed reach a threshold. Params: {@code date}, {@code days},
         * {@code threshold} (the setting: {@code shiftDays} or {@code therapyDays}), and for
         * {@code therapyDays} {@code thresholdPercent} (adherenceLow).
         */
        DATE_REACHED,
        /** Further sessions without hostility, contempt or secrecy. Params: {@code sessions}. */
        CLEAN_SESSIONS,
        /** Further sessions with hostility or contempt. Params: {@code sessions}. */
        HOSTILE_SESSIONS,
        /** A signed safety review with outcome CONJOINT_WORK_SAFE dated on or after a date. Params: {@code after}. */
        SAFETY_REVIEW,
        /** Further data points for a partner. Params: {@code partner}, {@code more}. */
        MORE_DATA_POINTS
    }
}
