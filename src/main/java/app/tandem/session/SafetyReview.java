package app.tandem.session;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.couple.Couple;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * A signed safety review. Only the latest one on or before a date counts: "conjoint work safe"
 * clears the safety flags of sessions up to its date, "not safe" clears nothing. A review that
 * came in a case file is marked imported and never clears a flag by itself. A review that finds
 * joint work may resume after a lethality indicator or coercive control clears nothing until a
 * supervisor co-signs it ({@link #needsCoSignature}).
 */
@Entity
@Immutable
@Table(name = "safety_review")
public class SafetyReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "safety_review_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Column(name = "review_date", nullable = false)
    private LocalDate date;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private SafetyOutcome outcome;

    @Column(name = "referral_made")
    private String referralMade;

    @Column(name = "safety_plan")
    private String safetyPlan;

    @Column(name = "signed", nullable = false)
    private boolean signed = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private ImportMark imported;

    protected SafetyReview() {}

    SafetyReview(
            Couple couple,
            LocalDate date,
            String reviewedBy,
            SafetyOutcome outcome,
            String referralMade,
            String safetyPlan,
            boolean signed,
            Instant createdAt) {
        this.couple = couple;
        this.date = date;
        this.reviewedBy = reviewedBy;
        this.outcome = outcome;
        this.referralMade = referralMade;
        this.safetyPlan = safetyPlan;
        this.signed = signed;
        this.createdAt = createdAt;
    }

    /**
     * The flags after which a review finding joint work may resume needs a supervisor's
     * co-signature: the two patterns where a wrong clearance is most dangerous.
     */
    public static final Set<Flag> COSIGN_FLAGS =
            Collections.unmodifiableSet(EnumSet.of(Flag.LETHALITY_INDICATOR, Flag.COERCIVE_CONTROL));

    /**
     * Whether this review needs a supervisor's co-signature before it clears anything: it finds
     * joint work may resume, and a session dated on or before it (signed or draft) carries a
     * lethality indicator or coercive control. Worked out from the sessions each time, so a
     * flag recorded later on a back-dated session is covered too.
     */
    public boolean needsCoSignature(List<CounselingSession> sessionsOfCouple) {
        if (outcome != SafetyOutcome.CONJOINT_WORK_SAFE) {
            return false;
        }
        return sessionsOfCouple.stream()
                .anyMatch(
                        s -> !s.getDate().isAfter(date) && s.getFlags().stream().anyMatch(COSIGN_FLAGS::contains));
    }

    public Long getId() {
        return id;
    }

    public Couple getCouple() {
        return couple;
    }

    /** A review from a case file: kept as its file says, marked imported; it never clears a flag by itself. */
    static SafetyReview imported(Couple couple, CaseFile.SafetyReview r, String importedBy, Instant importedAt) {
        SafetyReview review = new SafetyReview(
                couple, r.date(), r.by(), r.outcome(), r.referralMade(), r.safetyPlan(), r.signed(), importedAt);
        review.imported = new ImportMark(importedBy, importedAt);
        return review;
    }

    /** Who imported it and when; null for a review signed in Tandem. */
    public ImportMark getImported() {
        return imported;
    }

    public boolean isImported() {
        return imported != null;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public SafetyOutcome getOutcome() {
        return outcome;
    }

    public String getReferralMade() {
        return referralMade;
    }

    public String getSafetyPlan() {
        return safetyPlan;
    }

    public boolean isSigned() {
        return signed;
    }
}
