package app.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.couple.Couple;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own protection of signed records (V0012_2), tried in plain SQL as a bug or a
 * stray statement would: it allows exactly the removals of an erasure and of a destruction after
 * retention, and nothing else.
 */
@TandemTest
class RecordProtectionTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    Couple couple;
    long jointSession;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        couple = fixtures.importAs(fixtures.counselor("Dana Whitfield"), EveryRecordCouple.json());
        jdbc = new JdbcTemplate(dataSource);
        jointSession = jdbc.queryForObject(
                "SELECT counseling_session_id FROM counseling_session WHERE couple_id = ? "
                        + "AND session_date = '2026-09-07'",
                Long.class,
                couple.getId());
    }

    private void refused(String sql, String because, Object... args) {
        assertThatThrownBy(() -> jdbc.update(sql, args))
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(because);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void a_signed_session_is_neither_changed_nor_deleted() {
        refused(
                "UPDATE counseling_session SET note_plan = 'rewritten' WHERE counseling_session_id = ?",
                "cannot be changed",
                jointSession);
        refused("DELETE FROM counseling_session WHERE counseling_session_id = ?", "cannot be deleted", jointSession);
    }

    @Test
    void an_amendment_is_never_changed_and_a_shared_one_never_deleted() {
        refused(
                "UPDATE session_amendment SET text = 'rewritten' WHERE counseling_session_id = ?",
                "cannot be changed",
                jointSession);
        refused(
                "DELETE FROM session_amendment WHERE scope = 'SHARED' AND counseling_session_id = ?",
                "cannot be deleted",
                jointSession);
        erasureOf("B");
        refused(
                "DELETE FROM session_amendment WHERE scope = 'SHARED' AND counseling_session_id = ?",
                "cannot be deleted",
                jointSession);
    }

    @Test
    void a_private_amendment_is_deleted_only_after_its_partners_erasure() {
        refused(
                "DELETE FROM session_amendment WHERE scope = 'PRIVATE_B' AND counseling_session_id = ?",
                "cannot be deleted",
                jointSession);
        erasureOf("B");
        refused(
                "DELETE FROM session_amendment WHERE scope = 'PRIVATE_A' AND counseling_session_id = ?",
                "cannot be deleted",
                jointSession);
        assertThat(jdbc.update(
                        "DELETE FROM session_amendment WHERE scope = 'PRIVATE_B' AND counseling_session_id = ?",
                        jointSession))
                .isEqualTo(1);
    }

    @Test
    void a_private_note_of_a_signed_session_is_never_added_or_changed_and_deleted_only_after_its_partners_erasure() {
        long aloneB = jdbc.queryForObject(
                "SELECT counseling_session_id FROM counseling_session WHERE couple_id = ? " + "AND attendance = 'B'",
                Long.class,
                couple.getId());
        refused(
                "INSERT INTO session_private_note (counseling_session_id, partner, text) VALUES (?, 'A', 'added later')",
                "cannot get a new private note",
                aloneB);
        refused(
                "UPDATE session_private_note SET text = 'rewritten' WHERE counseling_session_id = ?",
                "cannot be changed",
                jointSession);
        refused(
                "DELETE FROM session_private_note WHERE partner = 'B' AND counseling_session_id = ?",
                "only when its partner",
                jointSession);
        erasureOf("B");
        refused(
                "DELETE FROM session_private_note WHERE partner = 'A' AND counseling_session_id = ?",
                "only when its partner",
                jointSession);
        assertThat(jdbc.update(
                        "DELETE FROM session_private_note WHERE partner = 'B' AND counseling_session_id = ?",
                        jointSession))
                .isEqualTo(1);
    }

    @Test
    void a_drafts_private_note_is_changed_and_removed_freely() {
        jdbc.update(
                "INSERT INTO counseling_session (couple_id, session_date, format, attendance, signed, created_at, updated_at) "
                        + "VALUES (?, '2026-11-27', 'IN_PERSON', 'BOTH', FALSE, ?, ?)",
                couple.getId(),
                LocalDateTime.now(),
                LocalDateTime.now());
        long draft = jdbc.queryForObject("SELECT MAX(counseling_session_id) FROM counseling_session", Long.class);
        jdbc.update(
                "INSERT INTO session_private_note (counseling_session_id, partner, text) VALUES (?, 'A', 'first')",
                draft);
        jdbc.update("UPDATE session_private_note SET text = 'second' WHERE counseling_session_id = ?", draft);
        jdbc.update("UPDATE counseling_session SET note_plan = 'draft plan' WHERE counseling_session_id = ?", draft);
        assertThat(jdbc.update("DELETE FROM session_private_note WHERE counseling_session_id = ?", draft))
                .isEqualTo(1);
        assertThat(jdbc.update("DELETE FROM counseling_session WHERE counseling_session_id = ?", draft))
                .isEqualTo(1);
    }

    @Test
    void the_audit_trail_is_neither_changed_nor_deleted() {
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isPositive();
        refused("UPDATE audit_event SET detail = 'rewritten'", "cannot be changed");
        refused("DELETE FROM audit_event", "cannot be deleted");
    }

    @Test
    void after_the_couples_tombstone_its_signed_records_can_be_deleted_and_no_other_couples() throws Exception {
        Couple other = transfer.importFile(EveryRecordCouple.json());
        jdbc.update(
                "INSERT INTO couple_tombstone (reference, intake_date, destroyed_at, destroyed_by) VALUES (?, '2026-08-03', ?, 'x')",
                couple.getReference(),
                LocalDateTime.now());

        jdbc.update(
                "DELETE FROM session_private_note WHERE counseling_session_id IN "
                        + "(SELECT counseling_session_id FROM counseling_session WHERE couple_id = ?)",
                couple.getId());
        jdbc.update(
                "DELETE FROM session_amendment WHERE counseling_session_id IN "
                        + "(SELECT counseling_session_id FROM counseling_session WHERE couple_id = ?)",
                couple.getId());
        assertThat(jdbc.update("DELETE FROM counseling_session WHERE couple_id = ?", couple.getId()))
                .isEqualTo(6);

        refused(
                "DELETE FROM session_amendment WHERE counseling_session_id IN "
                        + "(SELECT counseling_session_id FROM counseling_session WHERE couple_id = ?)",
                "cannot be deleted",
                other.getId());
        assertThat(count("SELECT COUNT(*) FROM counseling_session WHERE couple_id = ? AND signed", other.getId()))
                .isEqualTo(6);
    }

    private void erasureOf(String partner) {
        jdbc.update(
                "INSERT INTO partner_erasure (couple_id, partner, requested_on, erased_at, erased_by) VALUES (?, ?, '2026-11-20', ?, 'x')",
                couple.getId(),
                partner,
                LocalDateTime.now());
    }
}
