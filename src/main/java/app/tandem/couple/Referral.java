package app.tandem.couple;

import app.tandem.base.AbstractEntity;
import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile.ReferralType;
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
 * A referral of the couple (or a partner) to another service; a record of its own. Only the date
 * of the first attended session with that service is recorded afterwards (it is not known when the
 * referral is made), under an optimistic lock.
 */
@Entity
@Table(name = "referral")
public class Referral extends AbstractEntity {

    public static final int TO_MAX_LENGTH = FieldLimits.REFERRAL_TO;
    public static final int NOTES_MAX_LENGTH = FieldLimits.REFERRAL_NOTES;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "referral_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private ReferralType type;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_to")
    private String referredTo;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_session_on")
    private LocalDate firstSessionOn;

    protected Referral() {}

    public Referral(
            Couple couple,
            ReferralType type,
            LocalDate referredOn,
            String referredTo,
            String notes,
            LocalDate firstSessionOn,
            Instant createdAt) {
        this.couple = couple;
        this.type = type;
        this.referredOn = referredOn;
        this.referredTo = referredTo;
        this.notes = notes;
        this.firstSessionOn = firstSessionOn;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReferralType getType() {
        return type;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public String getNotes() {
        return notes;
    }

    /** The couple's first attended session with the service referred to, or null while unknown. */
    public LocalDate getFirstSessionOn() {
        return firstSessionOn;
    }

    Couple getCouple() {
        return couple;
    }

    void setFirstSessionOn(LocalDate firstSessionOn) {
        this.firstSessionOn = firstSessionOn;
    }
}
