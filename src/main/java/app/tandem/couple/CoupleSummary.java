package app.tandem.couple;

import app.tandem.casefile.CaseFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Derived figures for one couple, refreshed whenever its sessions, homework or status change,
 * so the caseload grid reads one row per couple and never the sessions or assignments behind it.
 */
@Entity
@Table(name = "couple_summary")
public class CoupleSummary {

    @Id
    @Column(name = "couple_id")
    private Long coupleId;

    @Column(name = "last_session_date")
    private LocalDate lastSessionDate;

    @Column(name = "next_homework_due")
    private LocalDate nextHomeworkDue;

    @Column(name = "overdue_homework", nullable = false)
    private int overdueHomework;

    @Column(name = "adherence")
    private BigDecimal adherence;

    @Column(name = "recommendation")
    private String recommendation;

    @Column(name = "safety_marker", nullable = false)
    private boolean safetyMarker;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Copies of the couple's counselor and status, kept by the database's triggers for the caseload's index. */
    @Column(name = "counselor_id", insertable = false, updatable = false)
    private Long counselorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "couple_status", insertable = false, updatable = false)
    private CaseFile.CoupleStatus coupleStatus;

    protected CoupleSummary() {}

    public CoupleSummary(Long coupleId, Instant now) {
        this.coupleId = coupleId;
        this.updatedAt = now;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public LocalDate getLastSessionDate() {
        return lastSessionDate;
    }

    public LocalDate getNextHomeworkDue() {
        return nextHomeworkDue;
    }

    public int getOverdueHomework() {
        return overdueHomework;
    }

    public BigDecimal getAdherence() {
        return adherence;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public boolean isSafetyMarker() {
        return safetyMarker;
    }

    /** Replaces every derived figure at once. */
    public void update(
            LocalDate lastSessionDate,
            LocalDate nextHomeworkDue,
            int overdueHomework,
            BigDecimal adherence,
            String recommendation,
            boolean safetyMarker,
            Instant now) {
        this.lastSessionDate = lastSessionDate;
        this.nextHomeworkDue = nextHomeworkDue;
        this.overdueHomework = overdueHomework;
        this.adherence = adherence;
        this.recommendation = recommendation;
        this.safetyMarker = safetyMarker;
        this.updatedAt = now;
    }
}
