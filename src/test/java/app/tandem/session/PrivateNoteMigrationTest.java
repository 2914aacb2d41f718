package app.tandem.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.support.TandemTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V0012_1 on a database that already holds sessions with private notes in the old columns: the
 * notes move into rows of their own, the columns go, and the protection of V0012_2 holds for them.
 * Runs on a scratch schema of the same server, migrated up to V0006 first.
 */
@TandemTest
class PrivateNoteMigrationTest {

    private static final String SCRATCH = "tandem_i12_migration_check";
    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)$");

    @Autowired
    Environment env;

    @Test
    void existing_private_notes_move_into_rows_of_their_own_and_the_old_columns_are_dropped() {
        String url = env.getRequiredProperty("spring.datasource.url");
        // Creating a scratch schema needs the account Flyway migrates with, not the application's.
        String user = env.getProperty("spring.flyway.user", env.getProperty("spring.datasource.username", "root"));
        String password = env.getProperty("spring.flyway.user") != null
                ? env.getProperty("spring.flyway.password", "")
                : env.getProperty("spring.datasource.password", "");
        Matcher m = URL.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        String scratchUrl = m.group(1) + SCRATCH + m.group(3);
        server.execute("DROP DATABASE IF EXISTS " + SCRATCH);
        server.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            Flyway.configure()
                    .dataSource(scratchUrl, user, password)
                    .locations("classpath:db/migration")
                    .target("6")
                    .load()
                    .migrate();
            JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(scratchUrl, user, password));
            db.update(
                    "INSERT INTO counselor (counselor_id, email, display_name, password_hash, role, created_at, password_changed_at) "
                            + "VALUES (1, 'dana@example.org', 'Dana', 'x', 'COUNSELOR', NOW(), NOW())");
            db.update(
                    "INSERT INTO couple (couple_id, reference, counselor_id, intake_date, status, a_first_name, a_last_name, "
                            + "b_first_name, b_last_name, created_at) VALUES (1, 'C-0001', 1, '2026-09-01', 'ACTIVE', 'Ana', 'Ode', 'Bo', 'Lin', NOW())");
            db.update(
                    "INSERT INTO counseling_session (counseling_session_id, couple_id, session_date, format, attendance, "
                            + "private_note_a, private_note_b, signed, created_at, updated_at) VALUES "
                            + "(1, 1, '2026-09-08', 'IN_PERSON', 'BOTH', 'What A said alone', 'What B said alone', TRUE, NOW(), NOW()), "
                            + "(2, 1, '2026-09-15', 'IN_PERSON', 'A', 'A again', '   ', FALSE, NOW(), NOW()), "
                            + "(3, 1, '2026-09-22', 'IN_PERSON', 'BOTH', NULL, NULL, TRUE, NOW(), NOW())");

            Flyway.configure()
                    .dataSource(scratchUrl, user, password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            List<Map<String, Object>> notes = db.queryForList("SELECT counseling_session_id AS s, partner, text "
                    + "FROM session_private_note ORDER BY counseling_session_id, partner");
            // JdbcTemplate's row maps ignore the case of column labels.
            assertThat(notes)
                    .extracting(n -> ((Number) n.get("s")).longValue(), n -> n.get("partner"), n -> n.get("text"))
                    .containsExactly(
                            tuple(1L, "A", "What A said alone"),
                            tuple(1L, "B", "What B said alone"),
                            tuple(2L, "A", "A again"));
            assertThat(db.queryForList(
                            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                                    + "AND table_name = 'counseling_session' AND column_name LIKE 'private_note%'",
                            String.class, SCRATCH))
                    .isEmpty();
            assertThatThrownBy(() -> db.update(
                            "UPDATE session_private_note SET text = 'changed' WHERE counseling_session_id = 1"))
                    .isInstanceOf(DataAccessException.class);
            assertThat(db.update("UPDATE session_private_note SET text = 'changed' WHERE counseling_session_id = 2"))
                    .isEqualTo(1);
        } finally {
            server.execute("DROP DATABASE IF EXISTS " + SCRATCH);
        }
    }
}
