package app.tandem.session;

import app.tandem.base.AbstractEntity;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
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
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One session with a couple. Every change goes through {@link #edit}, which refuses once the
 * session is signed; a JPA guard refuses any update or delete of a row that was loaded signed,
 * so no path — service, view or a forgotten setter — can alter a signed note.
 */
@Entity
@Table(name = "counseling_session")
public class CounselingSession extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "counseling_session_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private SessionFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false)
    private Attendance attendance;

    @Column(name = "note_observations")
    private String observations;

    @Column(name = "note_interventions")
    private String interventions;

    @Column(name = "note_homework_review")
    private String homeworkReview;

    @Column(name = "note_plan")
    private String plan;

    @Convert(converter = SessionConverters.Flags.class)
    @Column(name = "flags")
    private Set<Flag> flags = EnumSet.noneOf(Flag.class);

    @Convert(converter = SessionConverters.Pitfalls.class)
    @Column(name = "pitfalls")
    private Set<Pitfall> pitfalls = EnumSet.noneOf(Pitfall.class);

    @Column(name = "a_emotional_safety")
    private Integer aEmotionalSafety;

    @Column(name = "a_reciprocal_effort")
    private Integer aReciprocalEffort;

    @Column(name = "a_clear_communication")
    private Integer aClearCommunication;

    @Column(name = "a_csi4")
    private Integer aCsi4;

    @Column(name = "b_emotional_safety")
    private Integer bEmotionalSafety;

    @Column(name = "b_reciprocal_effort")
    private Integer bReciprocalEffort;

    @Column(name = "b_clear_communication")
    private Integer bClearCommunication;

    @Column(name = "b_csi4")
    private Integer bCsi4;

    @Column(name = "a_location_confirmed")
    private Boolean aLocationConfirmed;

    @Column(name = "a_privacy_confirmed")
    private Boolean aPrivacyConfirmed;

    @Column(name = "b_location_confirmed")
    private Boolean bLocationConfirmed;

    @Column(name = "b_privacy_confirmed")
    private Boolean bPrivacyConfirmed;

    /** The score anchors the scores are given under: set when the session is created, never changed. */
    @Column(name = "anchors_version", nullable = false, updatable = false)
    private int anchorsVersion;

    @Column(name = "signed", nullable = false)
    private boolean signed;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private ImportMark imported;

    @Column(name = "signed_elsewhere", nullable = false)
    private boolean signedElsewhere;

    @Transient
    private boolean loadedSigned;

    protected CounselingSession() {}

    CounselingSession(Couple couple, int anchorsVersion, Instant now) {
        this.couple = couple;
        this.anchorsVersion = anchorsVersion;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @PostLoad
    void rememberSigned() {
        loadedSigned = signed;
    }

    @PreUpdate
    @PreRemove
    void refuseChangesToSigned() {
        if (loadedSigned) {
            throw new SignedSessionException();
        }
    }

    /** Applies a draft's content; refused once signed. */
    void edit(SessionContent c, Instant now) {
        requireDraft();
        this.date = c.date();
        this.startTime = c.startTime();
        this.durationMinutes = c.durationMinutes();
        this.format = c.format();
        this.attendance = c.attendance();
        this.observations = c.note().observations();
        this.interventions = c.note().interventions();
        this.homeworkReview = c.note().homeworkReview();
        this.plan = c.note().plan();
        this.flags = c.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(c.flags());
        this.pitfalls = c.pitfalls().isEmpty() ? EnumSet.noneOf(Pitfall.class) : EnumSet.copyOf(c.pitfalls());
        Scores a = c.scoresA();
        Scores b = c.scoresB();
        this.aEmotionalSafety = a.emotionalSafety();
        this.aReciprocalEffort = a.reciprocalEffort();
        this.aClearCommunication = a.clearCommunication();
        this.aCsi4 = a.csi4();
        this.bEmotionalSafety = b.emotionalSafety();
        this.bReciprocalEffort = b.reciprocalEffort();
        this.bClearCommunication = b.clearCommunication();
        this.bCsi4 = b.csi4();
        RemoteCheck checkA = c.remoteChecks().a();
        RemoteCheck checkB = c.remoteChecks().b();
        this.aLocationConfirmed = checkA == null ? null : checkA.location();
        this.aPrivacyConfirmed = checkA == null ? null : checkA.privacy();
        this.bLocationConfirmed = checkB == null ? null : checkB.location();
        this.bPrivacyConfirmed = checkB == null ? null : checkB.privacy();
        this.updatedAt = now;
    }

    void sign(String by, Instant now) {
        sign(by, now, now);
    }

    /** Marks a draft as brought in from a case file: by whom and when. */
    void markImported(String by, Instant at) {
        requireDraft();
        this.imported = new ImportMark(by, at);
    }

    /**
     * Marks an imported draft signed as its file says: {@code by} and {@code signedAt} are kept as
     * the earlier system recorded them (even none), as text, not as a signature made here.
     */
    void signedElsewhere(String by, Instant signedAt, Instant now) {
        sign(by, signedAt, now);
        this.signedElsewhere = true;
    }

    private void sign(String by, Instant signedAt, Instant now) {
        requireDraft();
        this.signed = true;
        this.signedAt = signedAt;
        this.signedBy = by;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (signed || loadedSigned) {
            throw new SignedSessionException();
        }
    }

    /**
     * The shared content as a value, for exports and the assessment. Private notes live in rows
     * of their own ({@link SessionPrivateNote}): this carries none; the session form gets them
     * from {@link SessionService#content}.
     */
    public SessionContent content() {
        return new SessionContent(
                date,
                startTime,
                durationMinutes,
                format,
                attendance,
                new CaseFile.Note(observations, interventions, homeworkReview, plan),
                new Scores(aEmotionalSafety, aReciprocalEffort, aClearCommunication, aCsi4),
                new Scores(bEmotionalSafety, bReciprocalEffort, bClearCommunication, bCsi4),
                flags,
                pitfalls,
                null,
                null,
                new PerPartner<>(
                        check(aLocationConfirmed, aPrivacyConfirmed), check(bLocationConfirmed, bPrivacyConfirmed)));
    }

    private static RemoteCheck check(Boolean location, Boolean privacy) {
        return location == null && privacy == null
                ? null
                : new RemoteCheck(Boolean.TRUE.equals(location), Boolean.TRUE.equals(privacy));
    }

    public int getAnchorsVersion() {
        return anchorsVersion;
    }

    /** Whether the session came in a case file. */
    public boolean isImported() {
        return imported != null;
    }

    /** Whether the signature came with an imported file (made elsewhere, not verified here). */
    public boolean isSignedElsewhere() {
        return signedElsewhere;
    }

    /** Who imported it and when; null for a session recorded in Tandem. */
    public ImportMark getImported() {
        return imported;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Couple getCouple() {
        return couple;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Set<Flag> getFlags() {
        return flags;
    }

    public boolean isSigned() {
        return signed;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean hasSafetyFlag() {
        return flags.stream().anyMatch(Flag::isSafety);
    }

    public Scores scores(PartnerId partner) {
        return partner == PartnerId.A
                ? new Scores(aEmotionalSafety, aReciprocalEffort, aClearCommunication, aCsi4)
                : new Scores(bEmotionalSafety, bReciprocalEffort, bClearCommunication, bCsi4);
    }
}
