package app.tandem.report.render;

import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import java.time.Instant;
import java.util.Objects;

/**
 * The counselor's decision on the recommendation of the report being rendered.
 *
 * @param type accepted or overridden
 * @param finalRecommendation the recommendation that stands (the assessment's when accepted)
 * @param reason why; required for an override, may be null for an acceptance
 * @param by who decided
 * @param at when
 */
public record DecisionInfo(DecisionType type, Recommendation finalRecommendation, String reason, String by, Instant at) {

    public DecisionInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(finalRecommendation, "finalRecommendation");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (type == DecisionType.OVERRIDE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an override needs a reason");
        }
    }
}
