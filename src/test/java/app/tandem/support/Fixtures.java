package app.tandem.support;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.base.CurrentUser;
import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.security.Counselor;
import app.tandem.security.CounselorRepository;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.transfer.CaseFileTransferService;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Builds fictional test data through the real services and resets the database between tests. */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQ = new AtomicInteger();

    /**
     * Tables whose rows stay between tests: the guide library (its practice steps are removed
     * below), the practice's settings and reference counter (reset below), the installation
     * secret, the scheduler's locks and the migrations. Every other table of the schema is emptied.
     */
    private static final Set<String> KEPT = Set.of(
            "flyway_schema_history",
            "guide_section",
            "guide_step",
            "guide_version",
            "practice_settings",
            "couple_reference_counter",
            "installation_secret",
            "shedlock");

    /**
     * Rows that database triggers keep even from the application's own account (signed notes,
     * private notes, amendments, audit events, tombstones). TRUNCATE fires no trigger; it needs the
     * migration account.
     */
    private static final List<String> PROTECTED = List.of(
            "session_private_note", "session_amendment", "counseling_session", "audit_event", "couple_tombstone");

    @Autowired
    CounselorRepository counselors;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CoupleService couples;

    @Autowired
    DataSource dataSource;

    @Autowired
    SessionService sessions;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.core.env.Environment env;

    @Autowired
    CaseFileTransferService transfer;

    /** Empties every clinical and account table and resets the clock and counters. */
    public void reset() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> existing = jdbc
                .queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                        String.class)
                .stream()
                .map(String::toLowerCase)
                .toList();
        truncateProtected(existing);
        for (String table : tablesToEmpty(jdbc, existing)) {
            if (!PROTECTED.contains(table)) {
                jdbc.update("DELETE FROM " + table);
            }
        }
        jdbc.update("DELETE FROM guide_step WHERE practice_step = TRUE");
        jdbc.update("UPDATE guide_step SET retired = FALSE");
        jdbc.update("UPDATE couple_reference_counter SET next_value = 1 WHERE counter_id = 1");
        jdbc.update(
                "UPDATE practice_settings SET practice_name = 'Tandem practice', time_zone = 'UTC', page_size = 'A4', "
                        + "contact = NULL, local_resources = NULL, crisis_region = NULL, crisis_lines = NULL, retention_years = 7, "
                        + "check_in_link_days = 14 "
                        + "WHERE practice_settings_id = 1");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        logout();
    }

    /**
     * The schema's tables except {@link #KEPT}, read from the schema itself so the list never
     * names a table that does not exist nor misses a new one; children first (a table comes
     * before every table its foreign keys point to), so that each DELETE satisfies the keys.
     */
    private static List<String> tablesToEmpty(JdbcTemplate jdbc, List<String> existing) {
        Map<String, Set<String>> children = new TreeMap<>();
        jdbc.query(
                "SELECT table_name, referenced_table_name FROM information_schema.referential_constraints "
                        + "WHERE constraint_schema = DATABASE()",
                (RowCallbackHandler) rs -> {
                    String child = rs.getString(1).toLowerCase();
                    String parent = rs.getString(2).toLowerCase();
                    if (!child.equals(parent)) {
                        children.computeIfAbsent(parent, k -> new TreeSet<>()).add(child);
                    }
                });
        List<String> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String table : new TreeSet<>(existing)) {
            childrenFirst(table, children, seen, ordered);
        }
        ordered.removeIf(KEPT::contains);
        return ordered;
    }

    private static void childrenFirst(
            String table, Map<String, Set<String>> children, Set<String> seen, List<String> ordered) {
        if (!seen.add(table)) {
            return;
        }
        for (String child : children.getOrDefault(table, Set.of())) {
            childrenFirst(child, children, seen, ordered);
        }
        ordered.add(table);
    }

    private void truncateProtected(List<String> existing) {
        try (Connection c = migrationConnection();
                Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : PROTECTED) {
                    if (existing.contains(table)) {
                        s.execute("TRUNCATE TABLE " + table);
                    }
                }
            } finally {
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the protected tables", e);
        }
    }

    /** The account Flyway migrates with (the embedded database's root), else the application's. */
    public Connection migrationConnection() throws SQLException {
        String user = env.getProperty("spring.flyway.user");
        if (user == null) {
            return dataSource.getConnection();
        }
        return DriverManager.getConnection(
                env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url")),
                user,
                env.getProperty("spring.flyway.password", ""));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    public Counselor counselor(String name) {
        return account(name, Role.COUNSELOR);
    }

    public Counselor supervisor(String name) {
        return account(name, Role.SUPERVISOR);
    }

    private Counselor account(String name, Role role) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + SEQ.incrementAndGet() + "@example.org";
        return counselors.save(new Counselor(email, name, encoder.encode(PASSWORD), role, clock.instant()));
    }

    /**
     * Signs in on this thread, in the static holder and in the context's own strategy (Vaadin's,
     * used by method security): with several application contexts in one test JVM the static
     * holder may belong to another one.
     */
    public void loginAs(Counselor c) {
        TandemUser user = c.toUser();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        currentUser.contexts().setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
        currentUser.contexts().clearContext();
    }

    public static CoupleDetails details(String aFirst, String aLast, String bFirst, String bLast, LocalDate intake) {
        return new CoupleDetails(
                intake,
                CoupleDetails.PartnerDetails.named(aFirst, aLast),
                CoupleDetails.PartnerDetails.named(bFirst, bLast),
                WithdrawalOnset.GRADUAL,
                Pursuer.A,
                Set.of(),
                Set.of(),
                null,
                null,
                List.of("Weekly protected time"),
                SecretsPolicy.NO_SECRETS,
                0,
                null);
    }

    /** A couple imported from a case file into the caseload of {@code owner}; leaves them signed in. */
    public Couple importAs(Counselor owner, byte[] caseFile) {
        loginAs(owner);
        try {
            return transfer.importFile(caseFile);
        } catch (CaseFileException e) {
            throw new IllegalStateException("A test case file is invalid: " + e.errors(), e);
        }
    }

    /** A scored session of today for a couple the signed-in user may see; signed or left a draft. */
    public CounselingSession session(Couple couple, boolean signed) {
        SessionContent content = new SessionContent(
                today(),
                LocalTime.of(17, 0),
                60,
                SessionFormat.IN_PERSON,
                Attendance.BOTH,
                new Note("Both described one easier evening.", "Practised I-statements.", null, null),
                new Scores(5, 6, 7, null),
                new Scores(4, 5, 6, null),
                Set.of(),
                Set.of(),
                null,
                null);
        CounselingSession draft = sessions.createDraft(couple.getId(), content);
        return signed ? sessions.sign(draft.getId(), draft.getVersion(), content) : draft;
    }

    /**
     * An example of {@code seeds/examples} moved so that its latest session is today (as the demo
     * does), imported by the signed-in counselor.
     */
    public Couple importExample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seeds/examples/" + name + ".json")) {
            CaseFile file = CaseFileReader.read(in);
            LocalDate latest = AssessmentEngine.latestSessionDate(file).orElseThrow();
            return transfer.importFile(
                    CaseFileWriter.write(CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, today()))));
        } catch (IOException | CaseFileException e) {
            throw new IllegalStateException("example " + name, e);
        }
    }

    /** A couple in the caseload of {@code owner}, created as that counselor; leaves them signed in. */
    public Couple couple(Counselor owner, String aFirst, String aLast, String bFirst, String bLast) {
        return couple(owner, aFirst, aLast, bFirst, bLast, today().minusWeeks(6));
    }

    /** A couple whose intake lies further back: nothing can be dated before the intake (DateLimits). */
    public Couple couple(Counselor owner, String aFirst, String aLast, String bFirst, String bLast, LocalDate intake) {
        loginAs(owner);
        return couples.create(details(aFirst, aLast, bFirst, bLast, intake));
    }
}
