package app.tandem.privacy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.practice.PracticeSettingsService;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's retention period for closed couples (a practice setting, 7 years after closing
 * by default): which couples are past it, and their destruction. Destroying writes the tombstone
 * first (reference, dates, who), then deletes every row that refers to the couple, whatever
 * feature keeps it, then the couple. The audit trail stays: it holds identifiers, no names.
 * Supervisors only; a counselor's attempt is refused and audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class RetentionService {

    /** A closed couple past the retention period. */
    public record Due(long coupleId, String reference, LocalDate intakeDate, LocalDate closedOn, String counselor) {}

    /** What is left of a destroyed couple. */
    public record Tombstone(
            String reference, LocalDate intakeDate, LocalDate closedOn, Instant destroyedAt, String destroyedBy) {}

    private static final String DUE = """
            SELECT c.couple_id, c.reference, c.intake_date, MAX(h.changed_at) AS closed_at, n.display_name
            FROM couple c
            JOIN couple_status_change h ON h.couple_id = c.couple_id AND h.status = 'CLOSED'
            JOIN counselor n ON n.counselor_id = c.counselor_id
            WHERE c.status = 'CLOSED'
            GROUP BY c.couple_id, c.reference, c.intake_date, n.display_name
            HAVING MAX(h.changed_at) < ?
            """;

    private final JdbcTemplate jdbc;
    private final CoupleRecordDeleter deleter;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final EntityManager em;
    private final Clock clock;

    RetentionService(
            JdbcTemplate jdbc,
            CoupleRecordDeleter deleter,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            EntityManager em,
            Clock clock) {
        this.jdbc = jdbc;
        this.deleter = deleter;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.em = em;
        this.clock = clock;
    }

    /** The first day a couple closed before it is still kept: closed before this day, it is past the period. */
    @Transactional(readOnly = true)
    public LocalDate keptSince() {
        return practice.today().minusYears(practice.get().getRetentionYears());
    }

    /** Closed couples past the retention period, longest closed first, one page of them. */
    @Transactional(readOnly = true)
    public List<Due> due(int offset, int limit) {
        requireSupervisor(null);
        return jdbc.query(
                DUE + " ORDER BY closed_at, c.couple_id LIMIT ? OFFSET ?", this::due, Utc.of(cutoff()), limit, offset);
    }

    /** A row of {@code DUE}: the couple's id, reference and intake date, the day it closed, its counselor. */
    private Due due(ResultSet rs, int row) throws SQLException {
        return new Due(
                rs.getLong(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                Utc.instant(rs, 4).atZone(practice.get().zone()).toLocalDate(),
                rs.getString(5));
    }

    @Transactional(readOnly = true)
    public int countDue() {
        requireSupervisor(null);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM (" + DUE + ") due", Integer.class, Utc.of(cutoff()));
        return n == null ? 0 : n;
    }

    /** Destroyed couples, most recent first, one page of them. */
    @Transactional(readOnly = true)
    public List<Tombstone> tombstones(int offset, int limit) {
        requireSupervisor(null);
        return jdbc.query(
                "SELECT reference, intake_date, closed_on, destroyed_at, destroyed_by FROM couple_tombstone "
                        + "ORDER BY destroyed_at DESC, couple_tombstone_id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new Tombstone(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        Utc.instant(rs, 4),
                        rs.getString(5)),
                limit,
                offset);
    }

    @Transactional(readOnly = true)
    public int countTombstones() {
        requireSupervisor(null);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM couple_tombstone", Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * Destroys a couple past the retention period, once the supervisor typed its reference:
     * the tombstone is written, then every row about the couple is deleted.
     */
    @Transactional
    public Tombstone destroy(long coupleId, String typedReference) {
        Due due = jdbc
                .query(
                        DUE.replace("WHERE c.status = 'CLOSED'", "WHERE c.status = 'CLOSED' AND c.couple_id = ?"),
                        this::due,
                        coupleId,
                        Utc.of(cutoff()))
                .stream()
                .findFirst()
                .orElse(null);
        requireSupervisor(due == null ? null : due.reference());
        if (due == null) {
            throw new NotFoundException("A closed couple past the retention period");
        }
        if (typedReference == null || !typedReference.trim().equalsIgnoreCase(due.reference())) {
            throw new ValidationFailure(
                    "reference", "Type the couple's reference exactly as shown: " + due.reference() + ".");
        }
        Instant now = clock.instant();
        String by = currentUser.require().email();
        em.flush();
        jdbc.update(
                "INSERT INTO couple_tombstone (reference, intake_date, closed_on, destroyed_at, destroyed_by) "
                        + "VALUES (?, ?, ?, ?, ?)",
                due.reference(),
                due.intakeDate(),
                due.closedOn(),
                Utc.of(now),
                by);
        int rows = deleter.deleteCouple(coupleId);
        em.clear();
        audit.record(
                AuditAction.COUPLE_DESTROYED,
                "COUPLE",
                due.reference(),
                AuditService.OK,
                "closedOn=" + due.closedOn() + " retentionYears="
                        + practice.get().getRetentionYears() + " rows=" + rows);
        return new Tombstone(due.reference(), due.intakeDate(), due.closedOn(), now, by);
    }

    /** Couples closed before the start of this instant are past the period. */
    private Instant cutoff() {
        return keptSince().atStartOfDay(practice.get().zone()).toInstant();
    }

    private void requireSupervisor(String reference) {
        if (!currentUser.require().isSupervisor()) {
            audit.recordDenied("COUPLE", reference, "retention and destruction need a supervisor");
            throw new AccessDeniedException("Only a supervisor can see the retention list or destroy a couple.");
        }
    }
}
