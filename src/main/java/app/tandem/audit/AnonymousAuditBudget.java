package app.tandem.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bound on audit rows written for requests nobody is signed in to (failed sign-ins, refused
 * routes, wrong setup codes): anyone on the network can send those, so at most a fixed number a
 * minute are written one by one, and the rest of that minute are only counted. The count is
 * written into the trail as one event once the minute is over, so nothing goes unseen.
 */
@Component
public class AnonymousAuditBudget {

    private final JdbcTemplate jdbc;
    private final AuditEventRepository events;
    private final Clock clock;
    private final int perMinute;

    AnonymousAuditBudget(
            JdbcTemplate jdbc,
            AuditEventRepository events,
            Clock clock,
            @Value("${tandem.audit.anonymous-events-per-minute:60}") int perMinute) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Whether one more anonymous event may be written now; runs in the caller's transaction. */
    boolean take() {
        Timestamp window = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        jdbc.update(
                "INSERT INTO anonymous_audit_window (window_start, recorded, suppressed) VALUES (?, 0, 0) "
                        + "ON DUPLICATE KEY UPDATE window_start = window_start",
                window);
        Integer recorded = jdbc.queryForObject(
                "SELECT recorded FROM anonymous_audit_window WHERE window_start = ? FOR UPDATE", Integer.class, window);
        boolean allowed = recorded != null && recorded < perMinute;
        jdbc.update(
                allowed
                        ? "UPDATE anonymous_audit_window SET recorded = recorded + 1 WHERE window_start = ?"
                        : "UPDATE anonymous_audit_window SET suppressed = suppressed + 1 WHERE window_start = ?",
                window);
        return allowed;
    }

    private record Window(Instant start, int suppressed) {}

    /**
     * Past minutes: their suppressed counts become one audit event each, and the counters go.
     * Rows are locked first, so two instances running this at once write each count once.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "anonymous-audit-settle", lockAtMostFor = "PT5M")
    @Transactional
    public void settle() {
        Timestamp current = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        List<Window> past = jdbc.query(
                "SELECT window_start, suppressed FROM anonymous_audit_window WHERE window_start < ? FOR UPDATE",
                (rs, n) -> new Window(rs.getTimestamp(1).toInstant(), rs.getInt(2)),
                current);
        for (Window window : past) {
            int suppressed = window.suppressed();
            if (suppressed > 0) {
                Instant minute = window.start();
                events.save(new AuditEvent(
                        clock.instant(),
                        null,
                        null,
                        AuditAction.ANONYMOUS_EVENTS_SUPPRESSED,
                        "AUDIT",
                        null,
                        AuditService.DENIED,
                        suppressed + " more events from requests without a sign-in in the minute from " + minute
                                + " were counted but not written one by one"));
            }
        }
        jdbc.update("DELETE FROM anonymous_audit_window WHERE window_start < ?", current);
    }
}
