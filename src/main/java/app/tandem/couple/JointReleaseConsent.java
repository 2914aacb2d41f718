package app.tandem.couple;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.PartnerId;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One partner's authorisation that the couple's joint records (joint session notes, their own
 * scores in joint sessions, the intake) may go into the other partner's data-access copy: when
 * and how it was given. Without it a copy holds the requesting partner's own data only.
 */
@Entity
@Table(name = "joint_release_consent")
public class JointReleaseConsent {

    public static final int HOW_MAX_LENGTH = FieldLimits.RELEASE_HOW;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "joint_release_consent_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false)
    private PartnerId partner;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "how_given", nullable = false)
    private String howGiven;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected JointReleaseConsent() {}

    JointReleaseConsent(
            Couple couple,
            PartnerId partner,
            LocalDate givenOn,
            String howGiven,
            Instant recordedAt,
            String recordedBy) {
        this.couple = couple;
        this.partner = partner;
        this.givenOn = givenOn;
        this.howGiven = howGiven;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The partner who gave it (whose joint records may go into the other partner's copy). */
    public PartnerId getPartner() {
        return partner;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getHowGiven() {
        return howGiven;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
