package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed notes, amendments and audit events hold below the application: SQL sent with the
 * application's own database account (its data source) cannot change or delete them.
 */
@TandemTest
class IntegrityTriggersTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    SessionService sessions;

    @Autowired
    AuditService audit;

    long signedId;
    long draftId;
    long amendmentId;
    long auditId;

    @BeforeEach
    void records() {
        fixtures.reset();
        Counselor dana = fixtures.counselor("Dana Whitfield");
        Couple couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        CounselingSession signed = fixtures.session(couple, true);
        signedId = signed.getId();
        draftId = fixtures.session(couple, false).getId();
        sessions.amend(signedId, "Typo in the plan", "The plan is step 4, not step 5.");
        audit.record(AuditAction.COUPLE_VIEWED, "COUPLE", couple.getReference());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        amendmentId = jdbc.queryForObject("SELECT MAX(session_amendment_id) FROM session_amendment", Long.class);
        auditId = jdbc.queryForObject("SELECT MAX(audit_event_id) FROM audit_event", Long.class);
        fixtures.logout();
    }

    /** Runs one statement on a connection of the application's own data source. */
    private void asTheApplication(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> asTheApplication(sql))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("45000"));
    }

    @Test
    void a_signed_note_cannot_be_changed_or_deleted_by_sql() {
        assertRefused(
                "UPDATE counseling_session SET note_plan = 'rewritten' WHERE counseling_session_id = " + signedId);
        assertRefused("UPDATE counseling_session SET signed = FALSE WHERE counseling_session_id = " + signedId);
        assertRefused("DELETE FROM counseling_session WHERE counseling_session_id = " + signedId);
        String plan = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT note_plan FROM counseling_session WHERE counseling_session_id = ?",
                        String.class,
                        signedId);
        assertThat(plan).isNotEqualTo("rewritten");
    }

    @Test
    void a_draft_stays_editable() throws SQLException {
        asTheApplication(
                "UPDATE counseling_session SET note_plan = 'next: step 4' WHERE counseling_session_id = " + draftId);
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT note_plan FROM counseling_session WHERE counseling_session_id = ?",
                                String.class,
                                draftId))
                .isEqualTo("next: step 4");
    }

    @Test
    void an_amendment_cannot_be_changed_or_deleted_by_sql() {
        assertRefused("UPDATE session_amendment SET text = 'changed' WHERE session_amendment_id = " + amendmentId);
        assertRefused("DELETE FROM session_amendment WHERE session_amendment_id = " + amendmentId);
    }

    @Test
    void an_audit_event_cannot_be_changed_or_deleted_by_sql() {
        assertRefused("UPDATE audit_event SET outcome = 'SUCCESS', actor_email = 'someone@else' WHERE audit_event_id = "
                + auditId);
        assertRefused("DELETE FROM audit_event WHERE audit_event_id = " + auditId);
        assertRefused("DELETE FROM audit_event");
    }

    /** The embedded server's application account may only read and write rows: no way around the triggers. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRUNCATE TABLE audit_event",
                "DROP TRIGGER trg_audit_no_delete",
                "ALTER TABLE session_amendment ADD COLUMN x INT",
                "DROP TABLE counseling_session"
            })
    void on_the_embedded_server_the_application_account_cannot_bypass_the_triggers(String sql) {
        assumeTrue(EmbeddedMariaDb.running() != null, "only the embedded server's accounts are Tandem's to define");
        assertThatThrownBy(() -> asTheApplication(sql))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isIn(1142, 1227, 1044));
    }
}
