package app.tandem.couple;

import app.tandem.base.AbstractEntity;
import app.tandem.base.StringListConverter;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import app.tandem.casefile.PartnerId;
import app.tandem.security.Counselor;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A client couple: the unit of work, with exactly two partners. Never deleted; closed instead. */
@Entity
@Table(name = "couple")
public class Couple extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "couple_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id")
    private Counselor counselor;

    @Column(name = "intake_date", nullable = false)
    private LocalDate intakeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CoupleStatus status = CoupleStatus.ACTIVE;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "firstName", column = @Column(name = "a_first_name")),
        @AttributeOverride(name = "lastName", column = @Column(name = "a_last_name")),
        @AttributeOverride(name = "pronouns", column = @Column(name = "a_pronouns")),
        @AttributeOverride(name = "email", column = @Column(name = "a_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "a_phone")),
        @AttributeOverride(name = "safeEmail", column = @Column(name = "a_safe_email")),
        @AttributeOverride(name = "safePhone", column = @Column(name = "a_safe_phone")),
        @AttributeOverride(name = "safeNote", column = @Column(name = "a_safe_note"))
    })
    private Partner partnerA;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "firstName", column = @Column(name = "b_first_name")),
        @AttributeOverride(name = "lastName", column = @Column(name = "b_last_name")),
        @AttributeOverride(name = "pronouns", column = @Column(name = "b_pronouns")),
        @AttributeOverride(name = "email", column = @Column(name = "b_email")),
        @AttributeOverride(name = "phone", column = @Column(name = "b_phone")),
        @AttributeOverride(name = "safeEmail", column = @Column(name = "b_safe_email")),
        @AttributeOverride(name = "safePhone", column = @Column(name = "b_safe_phone")),
        @AttributeOverride(name = "safeNote", column = @Column(name = "b_safe_note"))
    })
    private Partner partnerB;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_onset", nullable = false)
    private WithdrawalOnset withdrawalOnset = WithdrawalOnset.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "pursuer", nullable = false)
    private Pursuer pursuer = Pursuer.UNKNOWN;

    @Convert(converter = EnumSetConverters.Signs.class)
    @Column(name = "signs")
    private Set<Sign> signs = EnumSet.noneOf(Sign.class);

    @Convert(converter = EnumSetConverters.Stressors.class)
    @Column(name = "stressors")
    private Set<Stressor> stressors = EnumSet.noneOf(Stressor.class);

    @Column(name = "stressor_other")
    private String stressorOther;

    @Column(name = "context_notes")
    private String contextNotes;

    @Convert(converter = StringListConverter.class)
    @Column(name = "goals")
    private List<String> goals = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "secrets_policy", nullable = false)
    private SecretsPolicy secretsPolicy = SecretsPolicy.NOT_AGREED;

    @Column(name = "children_in_household")
    private Integer childrenInHousehold;

    @Column(name = "closing_summary")
    private String closingSummary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Couple() {}

    Couple(String reference, Counselor counselor, LocalDate intakeDate, Instant createdAt) {
        this.reference = reference;
        this.counselor = counselor;
        this.intakeDate = intakeDate;
        this.createdAt = createdAt;
    }

    /** Copies the intake details of a validated form onto the record. */
    void apply(CoupleDetails d) {
        this.intakeDate = d.intakeDate();
        this.partnerA = d.partnerA().toPartner();
        this.partnerB = d.partnerB().toPartner();
        this.withdrawalOnset = d.withdrawalOnset();
        this.pursuer = d.pursuer();
        this.signs = d.signs().isEmpty() ? EnumSet.noneOf(Sign.class) : EnumSet.copyOf(d.signs());
        this.stressors = d.stressors().isEmpty() ? EnumSet.noneOf(Stressor.class) : EnumSet.copyOf(d.stressors());
        this.stressorOther =
                d.stressors().contains(Stressor.OTHER) ? CoupleDetails.trimToNull(d.stressorOther()) : null;
        this.contextNotes = CoupleDetails.trimToNull(d.contextNotes());
        this.goals = d.goals();
        this.secretsPolicy = d.secretsPolicy();
        this.childrenInHousehold = d.childrenInHousehold();
    }

    /** Records how a partner can be contacted safely, as they said when seen alone. */
    void setSafeContact(PartnerId side, Boolean safeEmail, Boolean safePhone, String safeNote) {
        if (side == PartnerId.A) {
            partnerA = partnerA.withSafeContact(safeEmail, safePhone, safeNote);
        } else {
            partnerB = partnerB.withSafeContact(safeEmail, safePhone, safeNote);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Counselor getCounselor() {
        return counselor;
    }

    void setCounselor(Counselor counselor) {
        this.counselor = counselor;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    void setStatus(CoupleStatus status) {
        this.status = status;
    }

    public Partner getPartnerA() {
        return partnerA;
    }

    public Partner getPartnerB() {
        return partnerB;
    }

    public Partner partner(PartnerId side) {
        return side == PartnerId.A ? partnerA : partnerB;
    }

    public WithdrawalOnset getWithdrawalOnset() {
        return withdrawalOnset;
    }

    public Pursuer getPursuer() {
        return pursuer;
    }

    public Set<Sign> getSigns() {
        return signs;
    }

    public Set<Stressor> getStressors() {
        return stressors;
    }

    public String getStressorOther() {
        return stressorOther;
    }

    public String getContextNotes() {
        return contextNotes;
    }

    public List<String> getGoals() {
        return goals;
    }

    public SecretsPolicy getSecretsPolicy() {
        return secretsPolicy;
    }

    public Integer getChildrenInHousehold() {
        return childrenInHousehold;
    }

    public String getClosingSummary() {
        return closingSummary;
    }

    void setClosingSummary(String closingSummary) {
        this.closingSummary = closingSummary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** "Maya Rivera & Sam Chen" */
    public String names() {
        return partnerA.fullName() + " & " + partnerB.fullName();
    }
}
