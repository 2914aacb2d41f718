package app.tandem.couple;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.RequestMemo;
import app.tandem.base.TandemUser;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.PartnerId;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.Counselor;
import app.tandem.security.Counselors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Couples and the caseload. Every method checks access here, not only in the views: a counselor
 * reaches only the couples assigned to them, a supervisor every couple. A couple outside one's
 * caseload is reported as not found (the refusal is audited), so nobody learns it exists.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CoupleService {

    private final CoupleRepository couples;
    private final CoupleSummaryRepository summaries;
    private final CoupleStatusChangeRepository history;
    private final ReferralRecords referralRecords;
    private final Counselors counselors;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final RequestMemo memo;

    CoupleService(
            CoupleRepository couples,
            CoupleSummaryRepository summaries,
            CoupleStatusChangeRepository history,
            ReferralRecords referralRecords,
            Counselors counselors,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            ApplicationEventPublisher events,
            EntityManager em,
            Clock clock,
            RequestMemo memo) {
        this.memo = memo;
        this.couples = couples;
        this.summaries = summaries;
        this.history = history;
        this.referralRecords = referralRecords;
        this.counselors = counselors;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /** The caseload page: the user's own couples (a supervisor: all, optionally one counselor's). */
    @Transactional(readOnly = true)
    public Slice<CaseloadRow> caseload(CaseloadFilter filter, Pageable pageable) {
        TandemUser user = currentUser.require();
        Long counselorId = user.isSupervisor() ? filter.counselorId() : Long.valueOf(user.id());
        return couples.caseload(counselorId, filter.status(), filter.searchPattern(), pageable);
    }

    /** Whether the user has any couple at all (to tell an empty caseload from an empty search). */
    @Transactional(readOnly = true)
    public boolean hasAnyCouple() {
        TandemUser user = currentUser.require();
        return couples.countFor(user.isSupervisor() ? null : user.id()) > 0;
    }

    /** The ids of the user's active couples (a supervisor's: every active couple, or one counselor's). */
    @Transactional(readOnly = true)
    public List<Long> activeCoupleIds(Long counselorFilter) {
        TandemUser user = currentUser.require();
        return couples.activeIds(user.isSupervisor() ? counselorFilter : Long.valueOf(user.id()));
    }

    @Transactional
    public Couple create(CoupleDetails details) {
        CoupleValidator.check(details, practice.today());
        TandemUser user = currentUser.require();
        Counselor counselor = counselors.reference(user.id());
        Couple couple = new Couple(nextReference(), counselor, details.intakeDate(), clock.instant());
        couple.apply(details);
        couples.save(couple);
        summaries.save(new CoupleSummary(couple.getId(), clock.instant()));
        history.save(new CoupleStatusChange(couple, CoupleStatus.ACTIVE, clock.instant(), user.email(), "Intake"));
        audit.record(AuditAction.COUPLE_CREATED, "COUPLE", couple.getReference());
        return couple;
    }

    /** Opens a couple for its detail screen: access-checked and audited as one view. */
    @Transactional
    public Couple open(String reference) {
        Couple couple = require(reference);
        audit.record(AuditAction.COUPLE_VIEWED, "COUPLE", couple.getReference());
        return couple;
    }

    /**
     * The couple if the user may see it; otherwise "not found", with the refusal audited. Within
     * one request the couple is read and checked once ({@link RequestMemo}); a refusal is never
     * remembered, so each attempt is audited.
     */
    @Transactional(readOnly = true)
    public Couple require(String reference) {
        String normalized = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        Couple couple = memo.get(new RequestMemo.Key("couple-by-reference", normalized), () -> {
            Couple c = couples.findByReference(normalized).orElseThrow(() -> new NotFoundException("The couple"));
            checkAccess(c);
            return c;
        });
        memo.remember(new RequestMemo.Key("couple", couple.getId()), couple);
        return couple;
    }

    @Transactional(readOnly = true)
    public Couple require(long coupleId) {
        return memo.get(new RequestMemo.Key("couple", coupleId), () -> {
            Couple couple = couples.findWithCounselor(coupleId).orElseThrow(() -> new NotFoundException("The couple"));
            checkAccess(couple);
            return couple;
        });
    }

    /** For other features' services: refuses (as not found, audited) a couple outside the user's caseload. */
    public void checkAccess(Couple couple) {
        TandemUser user = currentUser.require();
        if (!user.isSupervisor() && !couple.getCounselor().getId().equals(user.id())) {
            audit.recordDenied("COUPLE", couple.getReference(), "not in caseload");
            throw new NotFoundException("The couple");
        }
    }

    @Transactional
    public Couple update(long coupleId, CoupleDetails details) {
        Couple couple = require(coupleId);
        if (details.version() == null || couple.getVersion() != details.version()) {
            throw new ConcurrentEditException("this couple");
        }
        CoupleValidator.check(details, practice.today());
        couple.apply(details);
        flushOrConflict("this couple");
        audit.record(AuditAction.COUPLE_UPDATED, "COUPLE", couple.getReference());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return couple;
    }

    /**
     * Moves a couple to another status. Closing needs a reason and a closing summary; a referral
     * needs the referral itself (kept as its own record). Every change enters the history.
     */
    @Transactional
    public Couple changeStatus(long coupleId, long expectedVersion, StatusChange change) {
        Couple couple = require(coupleId);
        if (couple.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this couple");
        }
        if (change.status() == couple.getStatus()) {
            throw new ValidationFailure(
                    "status", "The couple is " + change.status().name().toLowerCase() + " already.");
        }
        String reason = CoupleDetails.trimToNull(change.reason());
        switch (change.status()) {
            case CLOSED -> {
                if (reason == null) {
                    throw new ValidationFailure("reason", "Say why the work is ending.");
                }
                if (change.closingSummary() == null || change.closingSummary().isBlank()) {
                    throw new ValidationFailure("closingSummary", "Write a short closing summary of the work.");
                }
                couple.setClosingSummary(change.closingSummary().trim());
            }
            case REFERRED -> {
                if (change.referralType() == null) {
                    throw new ValidationFailure("referralType", "Choose where the couple is referred to.");
                }
                referralRecords.add(
                        couple, change.referralType(), change.referredOn(), change.referredTo(), null, null);
            }
            case PAUSED -> {
                if (reason == null) {
                    throw new ValidationFailure("reason", "Say why the work is paused.");
                }
            }
            case ACTIVE -> {
                // Resuming needs no reason, though one may be given.
            }
        }
        couple.setStatus(change.status());
        flushOrConflict("this couple");
        history.save(new CoupleStatusChange(
                couple, change.status(), clock.instant(), currentUser.require().email(), reason));
        audit.record(
                AuditAction.COUPLE_STATUS_CHANGED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "status=" + change.status());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return couple;
    }

    /** What a status change carries; fields not needed for the target status are ignored. */
    public record StatusChange(
            CoupleStatus status,
            String reason,
            String closingSummary,
            ReferralType referralType,
            LocalDate referredOn,
            String referredTo) {}

    /** What the add-referral form carries. */
    public record ReferralRequest(ReferralType type, LocalDate on, String to, String notes, LocalDate firstSessionOn) {}

    /** {@link #addReferral(long, ReferralType, LocalDate, String, String, LocalDate)} from the form's record. */
    @Transactional
    public Referral addReferral(long coupleId, ReferralRequest request) {
        return addReferral(
                coupleId, request.type(), request.on(), request.to(), request.notes(), request.firstSessionOn());
    }

    /**
     * Records a referral; {@code firstSessionOn}, the couple's first attended session with the
     * service, is optional (usually recorded later with {@link #recordFirstSession}).
     */
    @Transactional
    public Referral addReferral(
            long coupleId, ReferralType type, LocalDate on, String to, String notes, LocalDate firstSessionOn) {
        Couple couple = require(coupleId);
        Referral referral = referralRecords.add(couple, type, on, to, notes, firstSessionOn);
        events.publishEvent(new CoupleChanged(couple.getId()));
        return referral;
    }

    /**
     * Records (or corrects) the date of the couple's first attended session with the service a
     * referral went to: the retreat rule counts from it. A stale version is a conflict.
     */
    @Transactional
    public Referral recordFirstSession(long referralId, long expectedVersion, LocalDate firstSessionOn) {
        Referral referral = referralRecords.require(referralId);
        Couple couple = referral.getCouple();
        checkAccess(couple);
        referralRecords.setFirstSession(referral, expectedVersion, firstSessionOn);
        flushOrConflict("this referral");
        audit.record(
                AuditAction.REFERRAL_FIRST_SESSION_RECORDED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "type=" + referral.getType());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return referral;
    }

    /** A partner's safe-contact preference, asked with that partner alone (clinical review 1.11). */
    public record SafeContactChange(Boolean email, Boolean phone, String note) {}

    /**
     * Records how one partner can be contacted safely. It is asked in that partner's individual
     * part of the intake, never side by side with the other partner; a stale version is a conflict.
     */
    @Transactional
    public Couple updateSafeContact(long coupleId, long expectedVersion, PartnerId partner, SafeContactChange change) {
        Couple couple = require(coupleId);
        if (couple.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this couple");
        }
        String note = CoupleDetails.trimToNull(change.note());
        if (note != null && note.length() > Partner.NOTE_MAX_LENGTH) {
            throw new ValidationFailure("safeNote", "Use at most " + Partner.NOTE_MAX_LENGTH + " characters.");
        }
        couple.setSafeContact(partner, change.email(), change.phone(), note);
        flushOrConflict("this couple");
        audit.record(
                AuditAction.SAFE_CONTACT_UPDATED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner=" + partner);
        return couple;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Couple reassign(long coupleId, long counselorId) {
        Couple couple = require(coupleId);
        Counselor target = counselors
                .active(counselorId)
                .orElseThrow(() -> new ValidationFailure("counselor", "Choose an active counselor."));
        couple.setCounselor(target);
        flushOrConflict("this couple");
        audit.record(
                AuditAction.COUPLE_REASSIGNED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "counselor=" + counselorId);
        return couple;
    }

    @Transactional(readOnly = true)
    public List<CoupleStatusChange> history(long coupleId) {
        Couple couple = require(coupleId);
        return memo.get(new RequestMemo.Key(RequestMemo.STATUS_HISTORY, coupleId), () -> history.history(couple));
    }

    @Transactional(readOnly = true)
    public List<Referral> referrals(long coupleId) {
        Couple couple = require(coupleId);
        return memo.get(new RequestMemo.Key(RequestMemo.REFERRALS, coupleId), () -> referralRecords.of(couple));
    }

    @Transactional(readOnly = true)
    public CoupleSummary summary(long coupleId) {
        require(coupleId);
        return summaries.findById(coupleId).orElseThrow();
    }

    /**
     * Recreates a couple from an imported case file under the signed-in counselor, with a new
     * reference; the status history, referrals and closing summary come along as they were.
     * The caller validated the file, runs this in the import's transaction and audits the import.
     */
    @Transactional
    public Couple restore(CaseFile.Couple c) {
        TandemUser user = currentUser.require();
        Couple couple = new Couple(nextReference(), counselors.reference(user.id()), c.intakeDate(), clock.instant());
        couple.apply(CoupleDetails.of(c));
        couple.setStatus(c.status());
        couple.setClosingSummary(c.closingSummary());
        couples.save(couple);
        summaries.save(new CoupleSummary(couple.getId(), clock.instant()));
        for (CaseFile.StatusChange h : c.statusHistory()) {
            history.save(new CoupleStatusChange(couple, h.status(), h.at(), h.by(), h.reason()));
        }
        referralRecords.restore(couple, c.referrals());
        return couple;
    }

    private void flushOrConflict(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(what);
        }
    }

    /** C-0001, C-0002, …: taken from a counter row under a lock, so concurrent intakes never clash. */
    private String nextReference() {
        Number next = (Number)
                em.createNativeQuery("SELECT next_value FROM couple_reference_counter WHERE counter_id = 1 FOR UPDATE")
                        .getSingleResult();
        em.createNativeQuery("UPDATE couple_reference_counter SET next_value = next_value + 1 WHERE counter_id = 1")
                .executeUpdate();
        return String.format("C-%04d", next.longValue());
    }
}
