package app.tandem.intake;

import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.PartnerId;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One partner's consent to couples work: when, how, and to which version of the consent text. Never changed. */
@Entity
@Immutable
@Table(name = "partner_consent")
public class PartnerConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "partner_consent_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false)
    private PartnerId partner;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private ConsentMethod method;

    @Column(name = "text_version", nullable = false)
    private int textVersion;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PartnerConsent() {}

    PartnerConsent(
            Couple couple,
            PartnerId partner,
            LocalDate givenOn,
            ConsentMethod method,
            int textVersion,
            String recordedBy,
            Instant createdAt) {
        this.couple = couple;
        this.partner = partner;
        this.givenOn = givenOn;
        this.method = method;
        this.textVersion = textVersion;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public PartnerId getPartner() {
        return partner;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
