package app.tandem.report;

import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A report as handed out: the PDF bytes and what they were made from. Never changed. */
@Entity
@Immutable
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "progress_report_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private Audience audience;

    @Column(name = "rule_set", nullable = false)
    private String ruleSet;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", nullable = false)
    private Recommendation recommendation;

    @Column(name = "decisive_rule")
    private String decisiveRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_recommendation")
    private Recommendation finalRecommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_outcome")
    private DecisionOutcome finalOutcome;

    @Column(name = "inputs_digest")
    private String inputsDigest;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "pdf_removed_at")
    private Instant pdfRemovedAt;

    protected ProgressReport() {}

    ProgressReport(
            Couple couple,
            Audience audience,
            String ruleSet,
            LocalDate asOf,
            Recommendation recommendation,
            String decisiveRule,
            Recommendation finalRecommendation,
            DecisionOutcome finalOutcome,
            String inputsDigest,
            byte[] pdf,
            String fileName,
            Instant generatedAt,
            String generatedBy) {
        this.finalOutcome = finalOutcome;
        this.couple = couple;
        this.audience = audience;
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.recommendation = recommendation;
        this.decisiveRule = decisiveRule;
        this.finalRecommendation = finalRecommendation;
        this.inputsDigest = inputsDigest;
        this.pdf = pdf;
        this.fileName = fileName;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
    }

    public Long getId() {
        return id;
    }

    public Couple getCouple() {
        return couple;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getDecisiveRule() {
        return decisiveRule;
    }

    public Recommendation getFinalRecommendation() {
        return finalRecommendation;
    }

    /** The outcome the counselor decided on instead of a recommendation, or null. */
    public DecisionOutcome getFinalOutcome() {
        return finalOutcome;
    }

    /**
     * False for a report that arrived in an imported case file (its PDF was not transferred) and
     * for one whose PDF was removed when a partner it names was erased.
     */
    public boolean hasPdf() {
        return inputsDigest != null && pdfRemovedAt == null;
    }

    /** When the PDF was removed at a partner's erasure, or null. */
    public Instant getPdfRemovedAt() {
        return pdfRemovedAt;
    }

    public String getInputsDigest() {
        return inputsDigest;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }
}
