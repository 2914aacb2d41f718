package app.tandem.checkin;

import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInRecord.HomeworkReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads stored check-ins; callers check access (the services of this package). */
@Component
class CheckInReader {

    private static final String SELECT = """
            SELECT check_in_id, partner, check_in_date, submitted_at, anchors_version, emotional_safety, reciprocal_effort,
                   clear_communication, csi4, feels_safe, note, reviewed_at FROM check_in
            """;

    private final JdbcTemplate jdbc;

    CheckInReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CheckInRecord> onDay(long linkId, LocalDate day) {
        return jdbc.query(SELECT + " WHERE check_in_link_id = ? AND check_in_date = ?", this::row, linkId, day).stream()
                .findFirst();
    }

    /** A couple's check-ins, of one partner or (null) both, oldest first. */
    List<CheckInRecord> ofCouple(long coupleId, PartnerId partner) {
        if (partner == null) {
            return jdbc.query(SELECT + " WHERE couple_id = ? ORDER BY check_in_date, check_in_id", this::row, coupleId);
        }
        return jdbc.query(
                SELECT + " WHERE couple_id = ? AND partner = ? ORDER BY check_in_date, check_in_id",
                this::row,
                coupleId,
                partner.name());
    }

    private CheckInRecord row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("check_in_id");
        List<HomeworkReport> homework = jdbc.query(
                """
                SELECT h.homework_assignment_id, a.title, a.due_on, h.completion, h.reflection
                  FROM check_in_homework h JOIN homework_assignment a ON a.homework_assignment_id = h.homework_assignment_id
                 WHERE h.check_in_id = ? ORDER BY a.due_on, a.homework_assignment_id
                """,
                (r, i) -> new HomeworkReport(
                        r.getLong(1), r.getString(2), r.getObject(3, LocalDate.class), r.getString(4), r.getString(5)),
                id);
        return new CheckInRecord(
                id,
                PartnerId.valueOf(rs.getString("partner")),
                rs.getObject("check_in_date", LocalDate.class),
                instant(rs.getTimestamp("submitted_at")),
                rs.getInt("anchors_version"),
                integer(rs, "emotional_safety"),
                integer(rs, "reciprocal_effort"),
                integer(rs, "clear_communication"),
                integer(rs, "csi4"),
                FeelsSafe.valueOf(rs.getString("feels_safe")),
                rs.getString("note"),
                instant(rs.getTimestamp("reviewed_at")),
                homework);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
