package app.tandem.assessment;

/**
 * One partner's figures in an assessment.
 *
 * @param dataPoints number of scored sessions where the partner has all three metrics
 * @param baseline composite at the earliest data point, or null without data points
 * @param latest composite at the most recent data point, or null
 * @param change latest − baseline, or null
 * @param rci reliable-change index of the change (unrounded), or null without data points
 * @param classification from the RCI, or null without data points
 * @param reliablyImproved whether the change reaches the cut-off
 * @param csi4Latest the CSI-4 of the partner's most recent scored session that has one, when that
 *        session lies in the review window; null when there is none or it is older (stale)
 * @param satisfied whether the partner is in the satisfied range: a latest CSI-4 above
 *        {@code csiCutoff}, or without one a latest composite of at least
 *        {@code functionalComposite}; never when reliably deteriorated
 * @param adherence mean completion over the assignments counted (0 when none)
 * @param assignments assignments counted for the partner in the review window
 * @param halves twice the sum of completion (done 2, partial 1), so that thresholds compare exactly
 */
public record PartnerProgress(
        int dataPoints,
        Integer baseline,
        Integer latest,
        Integer change,
        Double rci,
        Classification classification,
        boolean reliablyImproved,
        Integer csi4Latest,
        boolean satisfied,
        double adherence,
        int assignments,
        int halves) {

    /** Neither reliably improved nor in the satisfied range: the rules that escalate look for this. */
    public boolean needsChange() {
        return !reliablyImproved && !satisfied;
    }
}
