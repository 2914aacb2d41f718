package app.tandem.pdf;

import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import java.time.Instant;
import java.util.Objects;

/**
 * The counselor's decision on the recommendation of the report being rendered.
 *
 * @param type accepted, overridden, or another outcome
 * @param finalRecommendation the recommendation that stands (the assessment's when accepted, and
 *        kept for the record when the counselor decided on an outcome)
 * @param reason why; required for an override and an outcome, may be null for an acceptance
 * @param by who decided
 * @param at when
 * @param outcome the outcome decided on (type {@code OUTCOME} only), or null
 */
public record DecisionInfo(
        DecisionType type,
        Recommendation finalRecommendation,
        String reason,
        String by,
        Instant at,
        DecisionOutcome outcome) {

    public DecisionInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(finalRecommendation, "finalRecommendation");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (type != DecisionType.ACCEPT && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an override or an outcome needs a reason");
        }
        if ((type == DecisionType.OUTCOME) != (outcome != null)) {
            throw new IllegalArgumentException("an outcome belongs to, and only to, a decision of type OUTCOME");
        }
    }

    /** An accept or override decision. */
    public DecisionInfo(DecisionType type, Recommendation finalRecommendation, String reason, String by, Instant at) {
        this(type, finalRecommendation, reason, by, at, null);
    }
}
