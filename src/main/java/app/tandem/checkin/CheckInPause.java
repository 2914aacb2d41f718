package app.tandem.checkin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a partner's check-in said "not safe" or "not sure" and no signed safety review was
 * recorded since (decision 0102). While it holds, client reports, joint homework and calendar
 * files are paused. Says yes or no only, so the report command and other features can ask it
 * without seeing any check-in.
 */
@Component
public class CheckInPause {

    /**
     * The condition as SQL on one check-in, alias {@code k}: it said not safe or not sure and no
     * signed safety review of its couple was recorded since. Needs attention groups it per couple.
     */
    public static final String UNANSWERED = """
            k.feels_safe <> 'SAFE'
                       AND NOT EXISTS (SELECT 1 FROM safety_review r WHERE r.couple_id = k.couple_id AND r.signed = TRUE
                                          AND r.created_at >= k.updated_at)""";

    /** The condition as SQL on a couple alias {@code c}. */
    static final String SQL =
            "EXISTS (SELECT 1 FROM check_in k WHERE k.couple_id = c.couple_id AND " + UNANSWERED + ")";

    private final JdbcTemplate jdbc;

    CheckInPause(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean paused(long coupleId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM couple c WHERE c.couple_id = ? AND " + SQL, Integer.class, coupleId);
        return n != null && n > 0;
    }
}
