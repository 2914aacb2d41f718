package app.tandem.checkin;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PartnerId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's check-ins as case-file records: read for an export, written by an import. Does not
 * check access: only the case-file services use it, after they checked the caller's access to the
 * couple (the whole record, like private notes, is cut for a data-access copy afterwards).
 */
@Component
public class CheckInRecords {

    private final JdbcTemplate jdbc;
    private final CheckInReader reader;
    private final Clock clock;

    CheckInRecords(JdbcTemplate jdbc, CheckInReader reader, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.clock = clock;
    }

    /** Both partners' check-ins, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseFile.CheckIn> forCaseFile(long coupleId) {
        List<CaseFile.CheckIn> out = new ArrayList<>();
        for (CheckInRecord r : reader.ofCouple(coupleId, null)) {
            Instant updated = jdbc.queryForObject(
                            "SELECT updated_at FROM check_in WHERE check_in_id = ?", Timestamp.class, r.id())
                    .toInstant();
            out.add(new CaseFile.CheckIn(
                    r.partner(),
                    r.date(),
                    r.submittedAt(),
                    updated,
                    r.anchorsVersion(),
                    new Scores(r.emotionalSafety(), r.reciprocalEffort(), r.clearCommunication(), r.csi4()),
                    CaseFile.FeelsSafe.valueOf(r.feelsSafe().name()),
                    r.note(),
                    r.reviewedAt(),
                    r.homework().stream()
                            .map(h -> new CaseFile.CheckInStep(
                                    h.title(), h.dueOn(), Completion.valueOf(h.completion()), h.reflection()))
                            .toList()));
        }
        return out;
    }

    /**
     * Writes imported check-ins to a couple whose homework was just restored. Each partner with
     * check-ins gets one link that is withdrawn at once (its token was never known to anyone): the
     * check-ins hang on it, and the counselor makes a new link to go on. A step is matched to the
     * partner's assignment of the same title and due date (the reader checked there is one).
     */
    @Transactional
    public int restore(long coupleId, long importedBy, List<CaseFile.CheckIn> checkIns) {
        Map<PartnerId, Long> links = new EnumMap<>(PartnerId.class);
        Timestamp now = Timestamp.from(clock.instant());
        for (CaseFile.CheckIn k : checkIns) {
            long link = links.computeIfAbsent(k.partner(), p -> revokedLink(coupleId, p, importedBy, now));
            long id = insertImported(link, coupleId, k);
            for (CaseFile.CheckInStep step : k.homework()) {
                insertImportedStep(id, coupleId, k.partner(), step);
            }
        }
        return checkIns.size();
    }

    /** A link for one partner's imported check-ins, revoked as it is made: its token was never handed out. */
    private long revokedLink(long coupleId, PartnerId partner, long importedBy, Timestamp now) {
        String hash = CheckInTokens.hash(CheckInTokens.newToken());
        jdbc.update(
                "INSERT INTO check_in_link (couple_id, partner, token_hash, created_at, created_by, expires_at, "
                        + "revoked_at, revoked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                coupleId,
                partner.name(),
                hash,
                now,
                importedBy,
                now,
                now,
                importedBy);
        return jdbc.queryForObject("SELECT check_in_link_id FROM check_in_link WHERE token_hash = ?", Long.class, hash);
    }

    /** One imported check-in as it was submitted (and reviewed); returns its id. */
    private long insertImported(long link, long coupleId, CaseFile.CheckIn k) {
        Scores s = k.scores();
        jdbc.update(
                "INSERT INTO check_in (check_in_link_id, couple_id, partner, check_in_date, submitted_at, updated_at, "
                        + "anchors_version, emotional_safety, reciprocal_effort, clear_communication, csi4, feels_safe, note, reviewed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                link,
                coupleId,
                k.partner().name(),
                k.date(),
                Timestamp.from(k.submittedAt()),
                Timestamp.from(k.updatedAt()),
                k.anchorsVersion(),
                s.emotionalSafety(),
                s.reciprocalEffort(),
                s.clearCommunication(),
                s.csi4(),
                k.feelsSafe().name(),
                k.note(),
                k.reviewedAt() == null ? null : Timestamp.from(k.reviewedAt()));
        return jdbc.queryForObject(
                "SELECT check_in_id FROM check_in WHERE check_in_link_id = ? AND check_in_date = ?",
                Long.class,
                link,
                k.date());
    }

    /** A homework answer of an imported check-in, kept when the couple's homework has the step it names. */
    private void insertImportedStep(long checkInId, long coupleId, PartnerId partner, CaseFile.CheckInStep step) {
        List<Long> assignment =
                jdbc.queryForList("""
                SELECT homework_assignment_id FROM homework_assignment
                 WHERE couple_id = ? AND title = ? AND due_on = ? AND assignee IN ('BOTH', ?)
                 ORDER BY homework_assignment_id LIMIT 1""", Long.class, coupleId, step.title(), step.dueOn(), partner.name());
        if (!assignment.isEmpty()) {
            jdbc.update(
                    "INSERT INTO check_in_homework (check_in_id, homework_assignment_id, completion, reflection) "
                            + "VALUES (?, ?, ?, ?)",
                    checkInId,
                    assignment.get(0),
                    step.completion().name(),
                    step.reflection());
        }
    }
}
