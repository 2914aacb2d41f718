package app.tandem.report;

import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The counselor's accept or override of a counselor report's recommendation, or an outcome the rules cannot express. */
@Entity
@Immutable
@Table(name = "report_decision")
public class ReportDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "report_decision_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_report_id")
    private ProgressReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private DecisionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_recommendation", nullable = false)
    private Recommendation finalRecommendation;

    @Column(name = "reason")
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private DecisionOutcome outcome;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReportDecision() {}

    ReportDecision(
            Couple couple,
            ProgressReport report,
            DecisionType type,
            Recommendation finalRecommendation,
            String reason,
            DecisionOutcome outcome,
            String decidedBy,
            Instant decidedAt) {
        this.outcome = outcome;
        this.couple = couple;
        this.report = report;
        this.type = type;
        this.finalRecommendation = finalRecommendation;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public ProgressReport getReport() {
        return report;
    }

    public DecisionType getType() {
        return type;
    }

    public Recommendation getFinalRecommendation() {
        return finalRecommendation;
    }

    /** The outcome the counselor decided on (decisions of type {@code OUTCOME}), or null. */
    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
