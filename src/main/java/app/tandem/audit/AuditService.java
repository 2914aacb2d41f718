package app.tandem.audit;

import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. {@link #record} joins the caller's transaction, so an event exists exactly
 * when the action it describes was committed. Refusals are written in a transaction of their own
 * because the refused action rolls back.
 */
@Service
public class AuditService {

    public static final String OK = "SUCCESS";
    public static final String DENIED = "DENIED";

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final AnonymousAuditBudget anonymous;
    private final Clock clock;

    AuditService(AuditEventRepository events, CurrentUser currentUser, AnonymousAuditBudget anonymous, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.anonymous = anonymous;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String objectType, Object objectId) {
        record(action, objectType, objectId, OK, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String objectType, Object objectId, String outcome, String detail) {
        TandemUser user = currentUser.find().orElse(null);
        events.save(new AuditEvent(
                clock.instant(),
                user == null ? null : user.id(),
                user == null ? null : user.email(),
                action,
                objectType,
                objectId == null ? null : String.valueOf(objectId),
                outcome,
                detail));
    }

    /**
     * A refused access: kept even though the caller's transaction rolls back. Without a sign-in
     * it counts against the anonymous budget ({@link AnonymousAuditBudget}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String objectType, Object objectId, String detail) {
        if (currentUser.find().isEmpty() && !anonymous.take()) {
            return;
        }
        record(AuditAction.ACCESS_DENIED, objectType, objectId, DENIED, detail);
    }

    /**
     * A sign-in attempt, in a transaction of its own. {@code who} is the account's address, or
     * for a name that matches no account a shortened keyed hash of it (never the name itself,
     * which may be a mistyped password). Failures count against the anonymous budget.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(AuditAction action, Long accountId, String who, String outcome, String detail) {
        if (action != AuditAction.LOGIN_SUCCESS && !anonymous.take()) {
            return;
        }
        events.save(new AuditEvent(
                clock.instant(),
                accountId,
                who,
                action,
                "ACCOUNT",
                accountId == null ? null : String.valueOf(accountId),
                outcome,
                detail));
    }

    /** An anonymous event that is not a sign-in (a wrong setup code), under the same budget. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAnonymous(AuditAction action, String objectType, String outcome, String detail) {
        if (anonymous.take()) {
            events.save(new AuditEvent(clock.instant(), null, null, action, objectType, null, outcome, detail));
        }
    }

    /** The end of a sign-in: asked for, or ended by Tandem (idle, account changed); {@code reason} says which. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignOut(long accountId, String email, String reason) {
        events.save(new AuditEvent(
                clock.instant(),
                accountId,
                email,
                AuditAction.LOGOUT,
                "ACCOUNT",
                String.valueOf(accountId),
                OK,
                reason));
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Slice<AuditEvent> search(AuditAction action, String actor, Instant from, Instant to, Pageable pageable) {
        return events.search(action, actor == null || actor.isBlank() ? null : actor.trim(), from, to, pageable);
    }

    Instant now() {
        return clock.instant();
    }
}
