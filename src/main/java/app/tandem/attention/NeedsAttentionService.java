package app.tandem.attention;

import app.tandem.base.CurrentUser;
import app.tandem.base.RequestMemo;
import app.tandem.base.TandemUser;
import app.tandem.checkin.CheckInPause;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The couples that need action now, most urgent first. A counselor sees their own couples, a
 * supervisor the whole practice (optionally one counselor's). Everything is read from the stored
 * current assessment and summary rows plus two indexed look-ups per couple (latest counselor
 * report, old drafts), filtered, ranked and paged in SQL: one statement per page, whatever the size
 * of the practice; the first page of the whole list carries the counts too. Closed couples never appear.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class NeedsAttentionService {

    /** More than this without a session, while active, needs attention. */
    public static final int NO_SESSION_DAYS = 21;
    /** A draft note older than this needs signing. */
    public static final Duration DRAFT_AGE = Duration.ofHours(48);
    /** The early weeks after intake in which a missing individual session or IPV screen is prompted for. */
    public static final int EARLY_DAYS = 28;

    /** Recommendations that ask the counselor to change course. */
    static final List<String> ESCALATIONS = List.of("COUPLES_THERAPY", "RETREAT", "SAFETY_REFERRAL");

    /**
     * Per couple: the stored flags, the latest counselor report's recommendation and whether a
     * decision was recorded on a report showing the current recommendation since a report last
     * showed another one (computed only for escalations), and the number of old drafts (from one
     * range of the few unsigned sessions, grouped, rather than a look-up per couple: decision 0075),
     * and the check-ins to review or answer, from check-ins grouped per couple in the same way. Names
     * are not read here: only the rows of the page need them ({@link #NAMED}).
     */
    private static final String PER_COUPLE = """
            SELECT c.couple_id, c.status, c.counselor_id, c.intake_date, s.last_session_date,
                   COALESCE(s.last_session_date, c.intake_date) AS seen_on,
                   COALESCE(s.overdue_homework, 0) AS overdue,
                   a.recommendation,
                   COALESCE(a.active_safety, FALSE) AS active_safety,
                   COALESCE(a.unsigned_safety, FALSE) AS unsigned_safety,
                   COALESCE(a.urgent, FALSE) AS urgent,
                   COALESCE(a.partners_diverge, FALSE) AS partners_diverge,
                   COALESCE(ck.not_safe, FALSE) AS checkin_not_safe,
                   COALESCE(ck.unread, 0) AS unread_check_ins,
                   CASE WHEN a.recommendation IN (:escalations) THEN
                       (SELECT r.recommendation FROM progress_report r
                         WHERE r.couple_id = c.couple_id AND r.audience = 'COUNSELOR'
                         ORDER BY r.generated_at DESC, r.progress_report_id DESC LIMIT 1)
                   END AS last_reported,
                   CASE WHEN a.recommendation IN (:escalations) THEN
                       EXISTS (SELECT 1 FROM report_decision d
                                 JOIN progress_report p ON p.progress_report_id = d.progress_report_id
                                WHERE p.couple_id = c.couple_id AND p.audience = 'COUNSELOR'
                                  AND p.recommendation = a.recommendation
                                  AND p.generated_at > COALESCE(
                                      (SELECT MAX(q.generated_at) FROM progress_report q
                                        WHERE q.couple_id = c.couple_id AND q.audience = 'COUNSELOR'
                                          AND q.recommendation <> a.recommendation),
                                      TIMESTAMP '1000-01-01 00:00:00'))
                   END AS decided,
                   COALESCE(dr.drafts, 0) AS old_drafts,
                   CASE WHEN c.status = 'ACTIVE' AND c.intake_date >= :earlySince THEN EXISTS (SELECT 1 FROM counseling_session i
                     WHERE i.couple_id = c.couple_id AND i.attendance = 'A') END AS alone_a,
                   CASE WHEN c.status = 'ACTIVE' AND c.intake_date >= :earlySince THEN EXISTS (SELECT 1 FROM counseling_session i
                     WHERE i.couple_id = c.couple_id AND i.attendance = 'B') END AS alone_b,
                   CASE WHEN c.status = 'ACTIVE' AND c.intake_date >= :earlySince THEN EXISTS (SELECT 1 FROM ipv_screen v
                     WHERE v.couple_id = c.couple_id AND v.partner = 'A') END AS screened_a,
                   CASE WHEN c.status = 'ACTIVE' AND c.intake_date >= :earlySince THEN EXISTS (SELECT 1 FROM ipv_screen v
                     WHERE v.couple_id = c.couple_id AND v.partner = 'B') END AS screened_b
              FROM couple c
              LEFT JOIN couple_summary s ON s.couple_id = c.couple_id
              LEFT JOIN couple_assessment a ON a.couple_id = c.couple_id
              LEFT JOIN (SELECT k.couple_id, SUM(k.reviewed_at IS NULL) AS unread, MAX(%s) AS not_safe
                           FROM check_in k GROUP BY k.couple_id) ck ON ck.couple_id = c.couple_id
              LEFT JOIN (SELECT d.couple_id, COUNT(*) AS drafts FROM counseling_session d
                          WHERE d.signed = FALSE AND d.created_at < :draftCutoff
                          GROUP BY d.couple_id) dr ON dr.couple_id = c.couple_id
             WHERE c.status <> 'CLOSED' AND (:counselorId IS NULL OR c.counselor_id = :counselorId)
            """.formatted(CheckInPause.UNANSWERED);

    /** The per-couple figures turned into one 0/1 column per category and the rank. */
    private static final String FLAGGED = """
            SELECT f.*,
                   COALESCE(f.recommendation IN (:escalations)
                            AND (f.last_reported IS NULL OR f.last_reported <> f.recommendation), FALSE) AS escalation,
                   COALESCE(f.recommendation IN (:escalations)
                            AND f.last_reported = f.recommendation AND NOT f.decided, FALSE) AS not_acted_on,
                   (f.unread_check_ins > 0) AS checkin_to_review,
                   (f.overdue > 0) AS overdue_homework,
                   (f.status = 'ACTIVE' AND f.seen_on < :noSessionBefore) AS no_recent_session,
                   (f.old_drafts > 0) AS unsigned_drafts,
                   COALESCE(NOT (f.alone_a AND f.alone_b AND f.screened_a AND f.screened_b), FALSE) AS intake_open
              FROM (%s) f
            """.formatted(PER_COUPLE);

    private static final String ANY = """
            (g.checkin_not_safe OR g.checkin_to_review OR g.active_safety OR g.unsigned_safety OR g.urgent OR g.escalation OR g.not_acted_on
             OR g.partners_diverge OR g.overdue_homework OR g.no_recent_session OR g.unsigned_drafts OR g.intake_open)""";

    /** Most urgent first: the order of the page, on a row alias given as {@code %1$s}. */
    private static final String ORDER = """
            CASE WHEN %1$s.checkin_not_safe THEN -1 WHEN %1$s.active_safety THEN 0 WHEN %1$s.unsigned_safety THEN 1
                 WHEN %1$s.urgent THEN 2
                 WHEN %1$s.escalation THEN 3 WHEN %1$s.not_acted_on THEN 4 WHEN %1$s.partners_diverge THEN 5
                 WHEN %1$s.checkin_to_review THEN 5.5
                 WHEN %1$s.overdue_homework THEN 6 WHEN %1$s.no_recent_session THEN 7 WHEN %1$s.unsigned_drafts THEN 8
                 ELSE 9 END,
            (%1$s.checkin_not_safe + %1$s.checkin_to_review + %1$s.active_safety + %1$s.unsigned_safety + %1$s.urgent
             + %1$s.escalation + %1$s.not_acted_on + %1$s.partners_diverge + %1$s.overdue_homework
             + %1$s.no_recent_session + %1$s.unsigned_drafts + %1$s.intake_open) DESC,
            %1$s.seen_on, %1$s.couple_id""";

    private static final String PAGE = """
            SELECT g.* FROM (%s) g
             WHERE %s %s
             ORDER BY\s""" + ORDER.formatted("g") + """

             LIMIT :limit OFFSET :offset
            """;

    /**
     * The couples' and counselors' names joined to the rows of one page only (decision 0075): the
     * flags of the whole practice are computed on narrow rows, and 50 rows are named.
     */
    private static final String NAMED = """
            SELECT p.*, c.reference, c.a_first_name, c.a_last_name, c.b_first_name, c.b_last_name, co.display_name
              FROM (%s) p
              JOIN couple c ON c.couple_id = p.couple_id
              JOIN counselor co ON co.counselor_id = p.counselor_id
             ORDER BY\s""" + ORDER.formatted("p") + "\n";

    /**
     * The first page of the whole list with the counts of the same rows as window sums: what the
     * screen shows when it opens, in one statement instead of two (decision 0075).
     */
    private static final String FIRST_PAGE_WITH_COUNTS =
            PAGE.replace("SELECT g.* FROM", """
            SELECT g.*, COUNT(*) OVER () AS n_couples,
                   SUM(g.checkin_not_safe) OVER () AS n_checkin_not_safe,
                   SUM(g.checkin_to_review) OVER () AS n_checkin_to_review,
                   SUM(g.active_safety) OVER () AS n_active_safety, SUM(g.unsigned_safety) OVER () AS n_unsigned_safety,
                   SUM(g.urgent) OVER () AS n_urgent, SUM(g.escalation) OVER () AS n_escalation,
                   SUM(g.not_acted_on) OVER () AS n_not_acted_on, SUM(g.partners_diverge) OVER () AS n_partners_diverge,
                   SUM(g.overdue_homework) OVER () AS n_overdue_homework,
                   SUM(g.no_recent_session) OVER () AS n_no_recent_session,
                   SUM(g.unsigned_drafts) OVER () AS n_unsigned_drafts, SUM(g.intake_open) OVER () AS n_intake_open
              FROM""").formatted(FLAGGED, ANY, "");

    private static final String NAMED_FIRST_PAGE = NAMED.formatted(FIRST_PAGE_WITH_COUNTS);

    /** Rows of the first page read together with the counts. */
    static final int FIRST_PAGE = 50;

    private record FirstPage(AttentionCounts counts, List<AttentionRow> rows) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final PracticeSettingsService practice;
    private final Clock clock;

    private final RequestMemo memo;

    NeedsAttentionService(
            DataSource dataSource,
            CurrentUser currentUser,
            PracticeSettingsService practice,
            Clock clock,
            RequestMemo memo) {
        this.memo = memo;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.currentUser = currentUser;
        this.practice = practice;
        this.clock = clock;
    }

    /** One page of the list, most urgent first; {@code limit} rows from {@code offset}. */
    @Transactional(readOnly = true)
    public List<AttentionRow> page(AttentionFilter filter, int offset, int limit) {
        if (filter.category() == null && offset == 0 && limit <= FIRST_PAGE) {
            List<AttentionRow> rows = firstPage(filter.counselorId()).rows();
            return rows.subList(0, Math.min(limit, rows.size()));
        }
        LocalDate today = practice.today();
        MapSqlParameterSource params =
                params(filter, today).addValue("limit", limit).addValue("offset", offset);
        String categoryClause = filter.category() == null ? "" : "AND g." + column(filter.category());
        String sql = NAMED.formatted(PAGE.formatted(FLAGGED, ANY, categoryClause));
        return jdbc.query(sql, params, (rs, n) -> row(rs, today));
    }

    /**
     * The number of couples needing attention, in all and per category. Read with the first page
     * of the whole list; in one request (the screen opening) both come from that one statement.
     */
    @Transactional(readOnly = true)
    public AttentionCounts counts(Long counselorId) {
        return firstPage(counselorId).counts();
    }

    private FirstPage firstPage(Long counselorFilter) {
        LocalDate today = practice.today();
        MapSqlParameterSource params = params(new AttentionFilter(null, counselorFilter), today)
                .addValue("limit", FIRST_PAGE)
                .addValue("offset", 0);
        return memo.get(
                new RequestMemo.Key("attention-first-page", params.getValue("counselorId") + "@" + today), () -> {
                    AttentionCounts[] counts = {new AttentionCounts(0, Map.of())};
                    List<AttentionRow> rows = jdbc.query(NAMED_FIRST_PAGE, params, (rs, n) -> {
                        if (n == 0) {
                            Map<AttentionCategory, Integer> per = new EnumMap<>(AttentionCategory.class);
                            for (AttentionCategory c : AttentionCategory.values()) {
                                per.put(c, rs.getInt("n_" + column(c)));
                            }
                            counts[0] = new AttentionCounts(rs.getInt("n_couples"), per);
                        }
                        return row(rs, today);
                    });
                    return new FirstPage(counts[0], List.copyOf(rows));
                });
    }

    private MapSqlParameterSource params(AttentionFilter filter, LocalDate today) {
        TandemUser user = currentUser.require();
        Long counselorId = user.isSupervisor() ? filter.counselorId() : Long.valueOf(user.id());
        // Instants are stored as UTC wall-clock DATETIME values.
        LocalDateTime draftCutoff = LocalDateTime.ofInstant(clock.instant().minus(DRAFT_AGE), ZoneOffset.UTC);
        return new MapSqlParameterSource()
                .addValue("escalations", ESCALATIONS)
                .addValue("counselorId", counselorId)
                .addValue("draftCutoff", draftCutoff)
                .addValue("noSessionBefore", today.minusDays(NO_SESSION_DAYS))
                .addValue("earlySince", today.minusDays(EARLY_DAYS));
    }

    /** The SQL column of a category: a fixed whitelist, never user text. */
    private static String column(AttentionCategory category) {
        return switch (category) {
            case CHECKIN_NOT_SAFE -> "checkin_not_safe";
            case CHECKIN_TO_REVIEW -> "checkin_to_review";
            case ACTIVE_SAFETY -> "active_safety";
            case UNSIGNED_SAFETY -> "unsigned_safety";
            case URGENT -> "urgent";
            case ESCALATION -> "escalation";
            case NOT_ACTED_ON -> "not_acted_on";
            case PARTNERS_DIVERGE -> "partners_diverge";
            case OVERDUE_HOMEWORK -> "overdue_homework";
            case NO_RECENT_SESSION -> "no_recent_session";
            case UNSIGNED_DRAFTS -> "unsigned_drafts";
            case INTAKE_OPEN -> "intake_open";
        };
    }

    private static AttentionRow row(ResultSet rs, LocalDate today) throws SQLException {
        List<AttentionReason> reasons = new ArrayList<>();
        String recommendation = words(rs.getString("recommendation"));
        for (AttentionCategory c : AttentionCategory.values()) {
            if (!rs.getBoolean(column(c))) {
                continue;
            }
            String text = switch (c) {
                case ACTIVE_SAFETY, UNSIGNED_SAFETY, URGENT, PARTNERS_DIVERGE, CHECKIN_NOT_SAFE ->
                    TEXTS.get(REASON + c.name());
                case CHECKIN_TO_REVIEW -> counted("CHECKIN_TO_REVIEW", rs.getInt("unread_check_ins"));
                case ESCALATION -> {
                    String last = rs.getString("last_reported");
                    yield last == null
                            ? TEXTS.format(REASON + "ESCALATION.noReport", Map.of("recommendation", recommendation))
                            : TEXTS.format(
                                    REASON + "ESCALATION.sinceReport",
                                    Map.of("recommendation", recommendation, "lastReport", words(last)));
                }
                case NOT_ACTED_ON -> TEXTS.format(REASON + "NOT_ACTED_ON", Map.of("recommendation", recommendation));
                case OVERDUE_HOMEWORK -> counted("OVERDUE_HOMEWORK", rs.getInt("overdue"));
                case NO_RECENT_SESSION -> {
                    LocalDate last = rs.getObject("last_session_date", LocalDate.class);
                    LocalDate intake = rs.getObject("intake_date", LocalDate.class);
                    long weeks = ChronoUnit.WEEKS.between(last == null ? intake : last, today);
                    yield TEXTS.format(
                            REASON + "NO_RECENT_SESSION." + (last == null ? "sinceIntake" : "sinceLast"),
                            Map.of("weeks", weeks));
                }
                case UNSIGNED_DRAFTS -> counted("UNSIGNED_DRAFTS", rs.getInt("old_drafts"));
                case INTAKE_OPEN -> intakeOpen(rs);
            };
            reasons.add(new AttentionReason(c, text));
        }
        return new AttentionRow(
                rs.getLong("couple_id"),
                rs.getString("reference"),
                rs.getString("a_first_name") + " " + rs.getString("a_last_name"),
                rs.getString("b_first_name") + " " + rs.getString("b_last_name"),
                rs.getLong("counselor_id"),
                rs.getString("display_name"),
                reasons);
    }

    /** The recommendation as the caseload names it. */
    private static final Texts TEXTS = Texts.shared();

    private static final String REASON = "attention.reason.";

    private static String words(String code) {
        return code == null ? "not assessed yet" : TEXTS.get("recommendationLabel." + code);
    }

    /** "Early weeks: not yet seen alone: partner B; no IPV screen yet: partners A and B". */
    private static String intakeOpen(ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        String alone = partners(rs.getBoolean("alone_a"), rs.getBoolean("alone_b"));
        if (alone != null) {
            parts.add(TEXTS.format("attention.intake.notSeenAlone", Map.of("partners", alone)));
        }
        String screened = partners(rs.getBoolean("screened_a"), rs.getBoolean("screened_b"));
        if (screened != null) {
            parts.add(TEXTS.format("attention.intake.notScreened", Map.of("partners", screened)));
        }
        return TEXTS.format(
                REASON + "INTAKE_OPEN", Map.of("missing", String.join(TEXTS.get("attention.intake.separator"), parts)));
    }

    /** The partners for whom something is missing, in words, or null when neither. */
    private static String partners(boolean doneA, boolean doneB) {
        return doneA && doneB
                ? null
                : !doneA && !doneB
                        ? TEXTS.get("attention.intake.both")
                        : TEXTS.get("attention.intake." + (doneA ? "B" : "A"));
    }

    private static String counted(String category, long n) {
        return TEXTS.format(REASON + category + (n == 1 ? ".one" : ".other"), Map.of("count", n));
    }
}
