package app.tandem.support;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import app.tandem.progress.CaseFileTransferService;
import app.tandem.security.Counselor;
import app.tandem.security.CounselorRepository;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Builds fictional test data through the real services and resets the database between tests. */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** Clinical and account tables, children first; the guide library and migrations stay. */
    private static final List<String> TABLES = List.of("report_decision", "progress_report", "session_amendment",
            "metric_score", "session_flag", "counseling_session", "safety_review_cosignature", "safety_review",
            "homework_assignment", "couple_assessment", "couple_summary", "referral", "couple_status_change",
            "partner_consent", "ipv_screen", "couple", "audit_event",
            "login_failure", "counselor");

    @Autowired
    CounselorRepository counselors;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CoupleService couples;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseFileTransferService transfer;

    /** Empties every clinical and account table and resets the clock and counters. */
    public void reset() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> existing = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class)
                .stream().map(String::toLowerCase).toList();
        for (String table : TABLES) {
            if (existing.contains(table)) {
                jdbc.update("DELETE FROM " + table);
            }
        }
        jdbc.update("DELETE FROM guide_step WHERE practice_step = TRUE");
        jdbc.update("UPDATE guide_step SET retired = FALSE");
        jdbc.update("UPDATE couple_reference_counter SET next_value = 1 WHERE counter_id = 1");
        jdbc.update("UPDATE practice_settings SET practice_name = 'Tandem practice', time_zone = 'UTC', page_size = 'A4', "
                + "contact = NULL, local_resources = NULL WHERE practice_settings_id = 1");
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        logout();
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

    public void loginAs(Counselor c) {
        TandemUser user = TandemUser.of(c);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    public static CoupleDetails details(String aFirst, String aLast, String bFirst, String bLast, LocalDate intake) {
        return new CoupleDetails(intake, CoupleDetails.PartnerDetails.named(aFirst, aLast),
                CoupleDetails.PartnerDetails.named(bFirst, bLast), WithdrawalOnset.GRADUAL, Pursuer.A, Set.of(), Set.of(),
                null, null, List.of("Weekly protected time"), SecretsPolicy.NO_SECRETS, 0, null);
    }

    /**
     * An example of {@code seeds/examples} moved so that its latest session is today (as the demo
     * does), imported by the signed-in counselor.
     */
    public Couple importExample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seeds/examples/" + name + ".json")) {
            CaseFile file = CaseFileReader.read(in);
            LocalDate latest = AssessmentEngine.latestSessionDate(file).orElseThrow();
            return transfer.importFile(CaseFileWriter.write(CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, today()))));
        } catch (IOException | CaseFileException e) {
            throw new IllegalStateException("example " + name, e);
        }
    }

    /** A couple in the caseload of {@code owner}, created as that counselor; leaves them signed in. */
    public Couple couple(Counselor owner, String aFirst, String aLast, String bFirst, String bLast) {
        loginAs(owner);
        return couples.create(details(aFirst, aLast, bFirst, bLast, today().minusWeeks(6)));
    }
}
