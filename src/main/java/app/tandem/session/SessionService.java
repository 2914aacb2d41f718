package app.tandem.session;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.CurrentUser;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sessions: drafts saved as often as the form likes, signing (after which nothing
 * changes), amendments, and safety reviews. Reading notes is audited once per screen.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class SessionService {

    private final CounselingSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final SafetyReviewRepository reviews;
    private final SafetyReviewCosignatureRepository cosignatures;
    private final CoupleService couples;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(CounselingSessionRepository sessions, AmendmentRepository amendments, SafetyReviewRepository reviews,
            SafetyReviewCosignatureRepository cosignatures, CoupleService couples, CurrentUser currentUser, AuditService audit,
            PracticeSettingsService practice, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.amendments = amendments;
        this.reviews = reviews;
        this.cosignatures = cosignatures;
        this.couples = couples;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.events = events;
        this.clock = clock;
    }

    /** The sessions of a couple for its Sessions screen: one audit event for the whole list. */
    @Transactional
    public List<CounselingSession> listForScreen(long coupleId) {
        Couple couple = couples.require(coupleId);
        audit.record(AuditAction.SESSIONS_VIEWED, "COUPLE", couple.getReference());
        return sessions.forCouple(couple);
    }

    /** Sessions without auditing, for figures that show no note text (charts, summaries). */
    @Transactional(readOnly = true)
    public List<CounselingSession> list(long coupleId) {
        return sessions.forCouple(couples.require(coupleId));
    }

    /** One session with its note, for the session form: audited as a read of the note. */
    @Transactional
    public CounselingSession open(long sessionId) {
        CounselingSession session = require(sessionId);
        audit.record(AuditAction.SESSION_NOTE_VIEWED, "SESSION", sessionId);
        return session;
    }

    @Transactional(readOnly = true)
    public CounselingSession require(long sessionId) {
        CounselingSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("The session"));
        try {
            couples.require(session.getCouple().getId());
        } catch (NotFoundException refused) {
            // Same words as an unknown id (the refusal is already audited), so ids cannot be probed.
            throw new NotFoundException("The session");
        }
        return session;
    }

    @Transactional
    public CounselingSession createDraft(long coupleId, SessionContent content) {
        Couple couple = couples.require(coupleId);
        check(content);
        CounselingSession session = new CounselingSession(couple, ScoreAnchors.shared().current(), clock.instant());
        session.edit(content, clock.instant());
        sessions.save(session);
        audit.record(AuditAction.SESSION_SAVED, "SESSION", null, AuditService.OK, "couple=" + couple.getReference());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return session;
    }

    /** Saves a draft (also the autosave). A signed session or a stale version is refused. */
    @Transactional
    public CounselingSession saveDraft(long sessionId, long expectedVersion, SessionContent content) {
        CounselingSession session = require(sessionId);
        if (session.isSigned()) {
            throw new SignedSessionException();
        }
        if (session.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this session");
        }
        check(content);
        session.edit(content, clock.instant());
        sessions.flush();
        audit.record(AuditAction.SESSION_SAVED, "SESSION", sessionId);
        events.publishEvent(new CoupleChanged(session.getCouple().getId()));
        return session;
    }

    /** Saves the final content and signs it in one step; from then on the session is immutable. */
    @Transactional
    public CounselingSession sign(long sessionId, long expectedVersion, SessionContent content) {
        CounselingSession session = saveDraft(sessionId, expectedVersion, content);
        session.sign(currentUser.require().email(), clock.instant());
        sessions.flush();
        audit.record(AuditAction.SESSION_SIGNED, "SESSION", sessionId);
        events.publishEvent(new CoupleChanged(session.getCouple().getId()));
        return session;
    }

    @Transactional
    public Amendment amend(long sessionId, String reason, String text) {
        CounselingSession session = require(sessionId);
        if (!session.isSigned()) {
            throw new ValidationFailure(null, "A draft can still be edited; amendments are for signed sessions.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailure("reason", "Say why the note is corrected.");
        }
        if (reason.length() > Amendment.REASON_MAX_LENGTH) {
            throw new ValidationFailure("reason", "Use at most " + Amendment.REASON_MAX_LENGTH + " characters.");
        }
        if (text == null || text.isBlank()) {
            throw new ValidationFailure("text", "Write the correction.");
        }
        if (text.length() > Amendment.TEXT_MAX_LENGTH) {
            throw new ValidationFailure("text", "Use at most " + Amendment.TEXT_MAX_LENGTH + " characters.");
        }
        Amendment amendment = amendments.save(new Amendment(session, clock.instant(), currentUser.require().email(),
                reason.trim(), text.trim()));
        audit.record(AuditAction.SESSION_AMENDED, "SESSION", sessionId);
        return amendment;
    }

    @Transactional(readOnly = true)
    public List<Amendment> amendments(long sessionId) {
        return amendments.forSession(require(sessionId));
    }

    @Transactional(readOnly = true)
    public List<Amendment> amendmentsOfCouple(long coupleId) {
        return amendments.forCouple(couples.require(coupleId));
    }

    /** A safety review, signed by the counselor who records it. */
    public record ReviewRequest(LocalDate date, SafetyOutcome outcome, String referralMade, String safetyPlan) {
    }

    @Transactional
    public SafetyReview recordSafetyReview(long coupleId, ReviewRequest request) {
        Couple couple = couples.require(coupleId);
        if (request.date() == null) {
            throw new ValidationFailure("date", "Enter the date of the review.");
        }
        if (request.date().isAfter(practice.today())) {
            throw new ValidationFailure("date", "A review cannot be dated in the future.");
        }
        if (request.outcome() == null) {
            throw new ValidationFailure("outcome", "Choose the outcome of the review.");
        }
        if (request.safetyPlan() == null || request.safetyPlan().isBlank()) {
            throw new ValidationFailure("safetyPlan", "Describe the safety plan agreed (or why none is needed).");
        }
        SafetyReview review = reviews.save(new SafetyReview(couple, request.date(), currentUser.require().email(),
                request.outcome(), blank(request.referralMade()), request.safetyPlan().trim(), true, clock.instant()));
        audit.record(AuditAction.SAFETY_REVIEW_RECORDED, "COUPLE", couple.getReference(), AuditService.OK,
                "outcome=" + request.outcome());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return review;
    }

    @Transactional(readOnly = true)
    public List<SafetyReview> safetyReviews(long coupleId) {
        return reviews.forCouple(couples.require(coupleId));
    }

    /** The couple's safety reviews, oldest first, each with whether it needs or has a supervisor's co-signature. */
    @Transactional(readOnly = true)
    public List<ReviewStatus> safetyReviewStatuses(long coupleId) {
        return statuses(couples.require(coupleId));
    }

    /**
     * The reviews of a couple the caller may see, with their signatures: what the assessment's
     * record is built from (a review waiting for its co-signature does not count as signed).
     */
    @Transactional(readOnly = true)
    public List<ReviewStatus> statuses(Couple couple) {
        return ReviewStatus.of(reviews.forCouple(couple), cosignatures.forCouple(couple), sessions.forCouple(couple));
    }

    /** Whether the signed-in user may co-sign {@code status}: it awaits one, and they are a supervisor other than its author. */
    public boolean mayCoSign(ReviewStatus status) {
        var user = currentUser.require();
        return status.awaitingCoSignature() && user.isSupervisor() && !user.email().equalsIgnoreCase(status.review().getReviewedBy());
    }

    /**
     * A supervisor's co-signature on a review that finds joint work may resume after a lethality
     * indicator or coercive control; from then on it clears the flags it covers. The co-signer
     * must not be the counselor who recorded the review.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public ReviewStatus coSign(long reviewId) {
        SafetyReview review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("The safety review"));
        Couple couple = review.getCouple();
        try {
            couples.checkAccess(couple);
        } catch (NotFoundException refused) {
            throw new NotFoundException("The safety review");
        }
        ReviewStatus status = statuses(couple).stream().filter(s -> s.review().getId() == reviewId).findFirst().orElseThrow();
        Texts texts = Texts.shared();
        if (status.coSignature() != null) {
            throw new ValidationFailure(null, texts.get("review.cosign.already"));
        }
        if (!status.awaitingCoSignature()) {
            throw new ValidationFailure(null, texts.get("review.cosign.notNeeded"));
        }
        String by = currentUser.require().email();
        if (by.equalsIgnoreCase(review.getReviewedBy())) {
            throw new ValidationFailure(null, texts.get("review.cosign.ownReview"));
        }
        SafetyReviewCosignature cosignature;
        try {
            cosignature = cosignatures.saveAndFlush(new SafetyReviewCosignature(reviewId, by, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new ValidationFailure(null, texts.get("review.cosign.already"));
        }
        audit.record(AuditAction.SAFETY_REVIEW_COSIGNED, "COUPLE", couple.getReference(), AuditService.OK,
                "review=" + reviewId);
        events.publishEvent(new CoupleChanged(couple.getId()));
        return new ReviewStatus(review, true, cosignature);
    }

    /**
     * Recreates the sessions (signed ones stay signed, with their amendments) and safety reviews
     * of an imported case file for a couple the caller just restored.
     */
    @Transactional
    public void restore(Couple couple, List<app.tandem.casefile.CaseFile.Session> imported,
            List<app.tandem.casefile.CaseFile.SafetyReview> importedReviews) {
        couples.checkAccess(couple);
        for (app.tandem.casefile.CaseFile.Session s : imported) {
            CounselingSession session = new CounselingSession(couple, s.anchorsVersion(), clock.instant());
            var none = new app.tandem.casefile.CaseFile.Scores(null, null, null, null);
            session.edit(new SessionContent(s.date(), s.startTime(), s.durationMinutes(), s.format(), s.attendance(), s.note(),
                    s.scores().a() == null ? none : s.scores().a(), s.scores().b() == null ? none : s.scores().b(),
                    java.util.Set.copyOf(s.flags()), java.util.Set.copyOf(s.pitfalls()), s.privateNotes().a(),
                    s.privateNotes().b(), s.remoteChecks()), clock.instant());
            if (s.signed()) {
                session.sign(s.signedBy(), s.signedAt(), clock.instant());
            }
            sessions.save(session);
            for (app.tandem.casefile.CaseFile.Amendment a : s.amendments()) {
                amendments.save(new Amendment(session, a.at(), a.author(), a.reason(), a.text()));
            }
        }
        for (app.tandem.casefile.CaseFile.SafetyReview r : importedReviews) {
            SafetyReview review = reviews.save(new SafetyReview(couple, r.date(), r.by(), r.outcome(), r.referralMade(),
                    r.safetyPlan(), r.signed(), clock.instant()));
            if (r.coSignedBy() != null) {
                cosignatures.save(new SafetyReviewCosignature(review.getId(), r.coSignedBy(), r.coSignedAt()));
            }
        }
    }

    private void check(SessionContent content) {
        List<SessionValidator.Problem> problems = SessionValidator.problems(content, practice.today());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems.get(0).field(), problems.get(0).message());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
