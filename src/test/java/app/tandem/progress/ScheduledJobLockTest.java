package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled refresh takes its row in the shared {@code shedlock} table, so when several
 * instances share the database only the first to fire runs it; the others find the row held.
 * A second call here stands in for another instance: the row is the only state they share.
 */
@TandemTest
class ScheduledJobLockTest {

    @Autowired
    CurrentAssessmentService assessments;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jdbc.update("DELETE FROM shedlock");
    }

    @Test
    void a_scheduled_refresh_runs_once_while_its_lock_is_held_and_again_after() {
        Counselor counselor = fixtures.counselor("Noor Vale");
        fixtures.loginAs(counselor);
        Couple couple = fixtures.couple(counselor, "Ada", "Ashdown", "Bram", "Brightwater");
        fixtures.logout();
        LocalDate today = fixtures.today();

        makeStale();
        assessments.scheduledRefresh();
        assertThat(assessedAsOf(couple)).isEqualTo(today);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM shedlock WHERE name = 'assessment-refresh' AND lock_until > NOW(3)",
                        Integer.class))
                .as("the lock is held for at least five minutes")
                .isEqualTo(1);

        makeStale();
        assessments.scheduledRefresh();
        assertThat(assessedAsOf(couple))
                .as("skipped: another run holds the lock")
                .isEqualTo(today.minusDays(1));

        jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = 'assessment-refresh'");
        assessments.scheduledRefresh();
        assertThat(assessedAsOf(couple))
                .as("runs again once the lock has passed")
                .isEqualTo(today);
    }

    private void makeStale() {
        jdbc.update("UPDATE couple_assessment SET as_of = DATE_SUB(as_of, INTERVAL 1 DAY)");
    }

    private LocalDate assessedAsOf(Couple couple) {
        return jdbc.queryForObject(
                "SELECT as_of FROM couple_assessment WHERE couple_id = ?", LocalDate.class, couple.getId());
    }
}
