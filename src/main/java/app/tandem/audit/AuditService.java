package app.tandem.audit;

import app.tandem.security.CurrentUser;
import app.tandem.security.TandemUser;
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
    private final Clock clock;

    AuditService(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String objectType, Object objectId) {
        record(action, objectType, objectId, OK, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String objectType, Object objectId, String outcome, String detail) {
        TandemUser user = currentUser.find().orElse(null);
        events.save(new AuditEvent(clock.instant(), user == null ? null : user.id(), user == null ? null : user.email(),
                action, objectType, objectId == null ? null : String.valueOf(objectId), outcome, detail));
    }

    /** A refused access: kept even though the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String objectType, Object objectId, String detail) {
        record(AuditAction.ACCESS_DENIED, objectType, objectId, DENIED, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(AuditAction action, Long accountId, String submittedName, String outcome) {
        events.save(new AuditEvent(clock.instant(), accountId, submittedName, action, "ACCOUNT",
                accountId == null ? null : String.valueOf(accountId), outcome, null));
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
