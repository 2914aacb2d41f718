package app.tandem.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The stored current assessment of one couple (its JSON, and the columns lists filter on). */
@Entity
@Table(name = "couple_assessment")
public class CoupleAssessment {

    @Id
    @Column(name = "couple_id")
    private Long coupleId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "rule_set", nullable = false)
    private String ruleSet;

    @Column(name = "recommendation", nullable = false)
    private String recommendation;

    @Column(name = "decisive_rule", nullable = false)
    private String decisiveRule;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "unsigned_safety", nullable = false)
    private boolean unsignedSafety;

    @Column(name = "active_safety", nullable = false)
    private boolean activeSafety;

    @Column(name = "partners_diverge", nullable = false)
    private boolean partnersDiverge;

    @Column(name = "assessment_json", nullable = false)
    private String assessmentJson;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected CoupleAssessment() {}

    CoupleAssessment(Long coupleId) {
        this.coupleId = coupleId;
    }

    void update(
            LocalDate asOf,
            String ruleSet,
            String recommendation,
            String decisiveRule,
            boolean urgent,
            boolean unsignedSafety,
            boolean activeSafety,
            boolean partnersDiverge,
            String json,
            Instant now) {
        this.asOf = asOf;
        this.ruleSet = ruleSet;
        this.recommendation = recommendation;
        this.decisiveRule = decisiveRule;
        this.urgent = urgent;
        this.unsignedSafety = unsignedSafety;
        this.activeSafety = activeSafety;
        this.partnersDiverge = partnersDiverge;
        this.assessmentJson = json;
        this.computedAt = now;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getDecisiveRule() {
        return decisiveRule;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isUnsignedSafety() {
        return unsignedSafety;
    }

    public boolean isActiveSafety() {
        return activeSafety;
    }

    public boolean isPartnersDiverge() {
        return partnersDiverge;
    }

    /** The rule set the stored assessment was made under. */
    public String getRuleSet() {
        return ruleSet;
    }

    public String getAssessmentJson() {
        return assessmentJson;
    }
}
