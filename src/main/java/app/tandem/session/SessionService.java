package app.tandem.session;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.RequestMemo;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.ScoreAnchors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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
    private final SessionPrivateNoteRepository privateNotes;
    private final SafetyReviews safetyReviews;
    private final CoupleService couples;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestMemo memo;

    SessionService(
            CounselingSessionRepository sessions,
            AmendmentRepository amendments,
            SessionPrivateNoteRepository privateNotes,
            SafetyReviews safetyReviews,
            CoupleService couples,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            ApplicationEventPublisher events,
            Clock clock,
            RequestMemo memo) {
        this.memo = memo;
        this.sessions = sessions;
        this.amendments = amendments;
        this.privateNotes = privateNotes;
        this.safetyReviews = safetyReviews;
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
        return sessionsOf(couple);
    }

    /** The couple's sessions, read once per request (the Sessions tab and the record behind Progress share them). */
    private List<CounselingSession> sessionsOf(Couple couple) {
        return memo.get(new RequestMemo.Key(RequestMemo.SESSIONS, couple.getId()), () -> sessions.forCouple(couple));
    }

    /** Sessions without auditing, for figures that show no note text (charts, summaries). */
    @Transactional(readOnly = true)
    public List<CounselingSession> list(long coupleId) {
        return sessionsOf(couples.require(coupleId));
    }

    /** One session with its note, for the session form: audited as a read of the note. */
    @Transactional
    public CounselingSession open(long sessionId) {
        CounselingSession session = require(sessionId);
        audit.record(AuditAction.SESSION_NOTE_VIEWED, "SESSION", sessionId);
        return session;
    }

    /** The whole content of a session for its form, private notes included (the caller opened it, audited). */
    @Transactional(readOnly = true)
    public SessionContent content(CounselingSession session) {
        CounselingSession s = require(session.getId());
        String a = null;
        String b = null;
        for (SessionPrivateNote n : privateNotes.forSession(s)) {
            if (n.getPartner() == PartnerId.A) {
                a = n.getText();
            } else {
                b = n.getText();
            }
        }
        return s.content().withPrivateNotes(a, b);
    }

    @Transactional(readOnly = true)
    public CounselingSession require(long sessionId) {
        CounselingSession session =
                sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("The session"));
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
        check(content, couple);
        CounselingSession session =
                new CounselingSession(couple, ScoreAnchors.shared().current(), clock.instant());
        session.edit(content, clock.instant());
        sessions.save(session);
        writePrivateNotes(session, content);
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
        check(content, session.getCouple());
        session.edit(content, clock.instant());
        writePrivateNotes(session, content);
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

    /**
     * Brings a draft's private notes in line with the form: a note is added, changed or removed
     * (a cleared field). Only drafts get here; the database refuses the same for a signed session.
     */
    private void writePrivateNotes(CounselingSession session, SessionContent content) {
        List<SessionPrivateNote> existing = session.getId() == null ? List.of() : privateNotes.forSession(session);
        for (PartnerId partner : PartnerId.values()) {
            String text = content.privateNote(partner);
            SessionPrivateNote note = existing.stream()
                    .filter(n -> n.getPartner() == partner)
                    .findFirst()
                    .orElse(null);
            if (note == null && text != null) {
                privateNotes.save(new SessionPrivateNote(session, partner, text));
            } else if (note != null && text == null) {
                privateNotes.delete(note);
            } else if (note != null && !note.getText().equals(text)) {
                note.setText(text);
            }
        }
    }

    /** A correction of the shared note. */
    @Transactional
    public Amendment amend(long sessionId, String reason, String text) {
        return amend(sessionId, new AmendRequest(AmendmentScope.SHARED, reason, text));
    }

    /** What an amendment carries: the note it corrects, why, and the correction. */
    public record AmendRequest(AmendmentScope scope, String reason, String text) {}

    /**
     * A correction of a signed session: of its shared note, or of one partner's private note (then
     * the amendment is private to that partner, and follows the private-note rules everywhere).
     */
    @Transactional
    public Amendment amend(long sessionId, AmendRequest request) {
        AmendmentScope scope = request.scope();
        String reason = request.reason();
        String text = request.text();
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
        if (scope == null) {
            throw new ValidationFailure(
                    "scope", "Choose what the correction is for: the shared note or a private note.");
        }
        Amendment amendment = amendments.save(new Amendment(
                session, clock.instant(), currentUser.require().email(), reason.trim(), text.trim(), scope));
        audit.record(AuditAction.SESSION_AMENDED, "SESSION", sessionId, AuditService.OK, "scope=" + scope);
        return amendment;
    }

    @Transactional(readOnly = true)
    public List<Amendment> amendments(long sessionId) {
        return amendments.forSession(require(sessionId));
    }

    @Transactional(readOnly = true)
    public List<Amendment> amendmentsOfCouple(long coupleId) {
        Couple couple = couples.require(coupleId);
        return memo.get(new RequestMemo.Key(RequestMemo.AMENDMENTS, coupleId), () -> amendments.forCouple(couple));
    }

    /** A safety review, signed by the counselor who records it. */
    public record ReviewRequest(LocalDate date, SafetyOutcome outcome, String referralMade, String safetyPlan) {}

    /** Records a safety review for the couple, signed by the signed-in counselor; audited. */
    @Transactional
    public SafetyReview recordSafetyReview(long coupleId, ReviewRequest request) {
        return safetyReviews.record(couples.require(coupleId), request);
    }

    @Transactional(readOnly = true)
    public List<SafetyReview> safetyReviews(long coupleId) {
        Couple couple = couples.require(coupleId);
        return memo.get(new RequestMemo.Key(RequestMemo.SAFETY_REVIEWS, coupleId), () -> safetyReviews.of(couple));
    }

    /** The couple's safety reviews, oldest first, each with whether it needs or has a supervisor's co-signature. */
    @Transactional(readOnly = true)
    public List<ReviewStatus> safetyReviewStatuses(long coupleId) {
        return safetyReviews.statuses(couples.require(coupleId));
    }

    /** Whether the signed-in user may co-sign {@code status}: it awaits one, and they are a supervisor other than its author. */
    public boolean mayCoSign(ReviewStatus status) {
        return safetyReviews.mayCoSign(status);
    }

    /** A supervisor's co-signature on a review that lets joint work resume; see {@link SafetyReviews#coSign}. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public ReviewStatus coSign(long reviewId) {
        SafetyReview review = safetyReviews.require(reviewId);
        try {
            couples.checkAccess(review.getCouple());
        } catch (NotFoundException refused) {
            throw new NotFoundException("The safety review");
        }
        return safetyReviews.coSign(review);
    }

    /** What an import brought in, for its audit event. */
    public record Restored(int sessions, int signedElsewhere, int amendments, int reviews) {}

    /**
     * Recreates the sessions (signed ones stay signed, with their amendments) and safety reviews
     * of an imported case file for a couple the caller just restored. Every record is marked as
     * imported by the signed-in user now: a session keeps the signer and time its file names, as
     * text, never as a signature made here, and an imported review never clears a safety flag.
     */
    @Transactional
    public Restored restore(
            Couple couple, List<CaseFile.Session> imported, List<CaseFile.SafetyReview> importedReviews) {
        couples.checkAccess(couple);
        String by = currentUser.require().email();
        Instant now = clock.instant();
        int signed = 0;
        int amendmentCount = 0;
        for (CaseFile.Session s : imported) {
            CounselingSession session = new CounselingSession(couple, s.anchorsVersion(), now);
            SessionContent content = SessionContent.of(s);
            session.edit(content, now);
            session.markImported(by, now);
            sessions.save(session);
            // Private notes first, while the session is still a draft: the database refuses a new
            // private note on a signed session (the inserts run at once, before signing's update).
            writePrivateNotes(session, content);
            if (s.signed()) {
                session.signedElsewhere(s.signedBy(), s.signedAt(), now);
                signed++;
            }
            for (CaseFile.Amendment a : s.amendments()) {
                amendments.save(Amendment.imported(session, a, by, now));
                amendmentCount++;
            }
        }
        safetyReviews.restore(couple, importedReviews, by, now);
        return new Restored(imported.size(), signed, amendmentCount, importedReviews.size());
    }

    private void check(SessionContent content, Couple couple) {
        ValidationFailure.throwFirst(SessionValidator.problems(content, practice.today(), couple.getIntakeDate()));
    }
}
