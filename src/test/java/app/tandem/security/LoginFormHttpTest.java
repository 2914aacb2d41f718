package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEvent;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.TandemUser;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import app.tandem.support.MutableClock;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The login form's POST, as the browser sends it, against the running application: the throttle,
 * the audit and the generic answer all sit on this path (the first throttle did not).
 */
@HttpTest
class LoginFormHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    Counselor dana;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
    }

    private HttpVisitor visitor() {
        return new HttpVisitor(port);
    }

    private static boolean refused(HttpVisitor.Response r) {
        return r.status() == 302 && r.location().endsWith("/login?error");
    }

    @Test
    void the_right_password_signs_in_with_a_new_session_id_and_is_audited() {
        HttpVisitor browser = visitor();
        browser.csrfToken();
        String before = browser.cookie("JSESSIONID").orElseThrow();
        HttpVisitor.Response r = browser.login(dana.getEmail().toUpperCase(), Fixtures.PASSWORD);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).doesNotContain("error");
        assertThat(browser.cookie("JSESSIONID").orElseThrow()).isNotEqualTo(before);
        assertThat(browser.signedIn()).isTrue();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGIN_SUCCESS))
                .singleElement()
                .satisfies(e -> assertThat(e.getActorId()).isEqualTo(dana.getId()));
    }

    @Test
    void the_sixth_attempt_is_refused_even_with_the_right_password() {
        HttpVisitor attacker = visitor();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThat(refused(attacker.login(dana.getEmail(), "wrong password " + i)))
                    .isTrue();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD))).isTrue();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGIN_FAILURE))
                .extracting(AuditEvent::getOutcome)
                .containsExactly("DENIED", "DENIED", "DENIED", "DENIED", "DENIED", "THROTTLED");
    }

    @Test
    void five_failures_still_let_the_fifth_attempt_be_judged_on_its_password() {
        for (int i = 0; i < 4; i++) {
            visitor().login(dana.getEmail(), "wrong password " + i);
        }
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD))).isFalse();
    }

    @Test
    void the_pause_lifts_when_the_oldest_failure_leaves_the_window() {
        for (int i = 0; i < 5; i++) {
            visitor().login(dana.getEmail(), "wrong password " + i);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD))).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD))).isFalse();
    }

    @Test
    void twenty_parallel_wrong_attempts_get_no_more_than_five_password_checks() throws Exception {
        int attempts = 20;
        List<HttpVisitor> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            HttpVisitor b = visitor();
            browsers.add(b);
            tokens.add(b.csrfToken());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<HttpVisitor.Response>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return browsers.get(n)
                            .postForm(
                                    "/login",
                                    Map.of(
                                            "username",
                                            dana.getEmail(),
                                            "password",
                                            "parallel guess " + n,
                                            "_csrf",
                                            tokens.get(n)));
                }));
            }
            start.countDown();
            for (Future<HttpVisitor.Response> answer : answers) {
                assertThat(refused(answer.get())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEvent> failures = audit.findByActionOrderByIdAsc(AuditAction.LOGIN_FAILURE);
        assertThat(failures).hasSize(attempts);
        assertThat(failures)
                .filteredOn(e -> "wrong password".equals(e.getDetail()))
                .hasSize(5);
        assertThat(failures).filteredOn(e -> "THROTTLED".equals(e.getOutcome())).hasSize(attempts - 5);
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD))).isTrue();
    }

    @Test
    void spraying_one_password_across_many_names_from_one_address_is_paused_too() {
        for (int i = 0; i < 20; i++) {
            assertThat(refused(visitor().login("person" + i + "@example.org", "Spring2026!!x")))
                    .isTrue();
        }
        assertThat(refused(visitor().login(dana.getEmail(), Fixtures.PASSWORD)))
                .as("address paused")
                .isTrue();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGIN_FAILURE))
                .last()
                .satisfies(e -> assertThat(e.getOutcome()).isEqualTo("THROTTLED"));
    }

    /**
     * The time of an answer is the time of its one password check (Argon2id, tens of
     * milliseconds; the rest is a few queries): counting the checks per attempt is the measure
     * that a busy test machine cannot blur.
     */
    @Test
    void unknown_deactivated_and_wrong_password_get_the_same_answer_after_exactly_one_password_check() {
        Counselor inactive = fixtures.counselor("Inactive Person");
        fixtures.loginAs(fixtures.supervisor("Sup Ervisor"));
        accounts.setActive(inactive.getId(), false);
        fixtures.logout();
        Map<String, String[]> attempts = new LinkedHashMap<>();
        attempts.put("wrong password", new String[] {dana.getEmail(), "not the password at all"});
        attempts.put("unknown name", new String[] {"nobody@example.org", Fixtures.PASSWORD});
        attempts.put("deactivated", new String[] {inactive.getEmail(), Fixtures.PASSWORD});
        attempts.put("over-long password", new String[] {dana.getEmail(), "x".repeat(5000)});
        Set<String> answers = new HashSet<>();
        for (var attempt : attempts.entrySet()) {
            HttpVisitor browser = visitor();
            String token = browser.csrfToken();
            long before = passwordChecks.computations();
            HttpVisitor.Response r = browser.postForm(
                    "/login",
                    Map.of("username", attempt.getValue()[0], "password", attempt.getValue()[1], "_csrf", token));
            assertThat(passwordChecks.computations() - before)
                    .as(attempt.getKey())
                    .isEqualTo(1);
            assertThat(refused(r)).as(attempt.getKey()).isTrue();
            answers.add(r.status() + " " + r.location() + " " + r.body());
        }
        assertThat(answers).as("one answer for all").hasSize(1);
    }

    @Autowired
    PasswordChecks passwordChecks;

    @Test
    void a_name_that_matches_no_account_is_stored_only_as_a_short_keyed_hash() {
        String typedIntoTheWrongField = "my secret Passw0rd";
        visitor().login(typedIntoTheWrongField, "whatever");
        visitor().login(typedIntoTheWrongField, "whatever again");
        List<AuditEvent> failures = audit.findByActionOrderByIdAsc(AuditAction.LOGIN_FAILURE);
        assertThat(failures).hasSize(2).allSatisfy(e -> {
            assertThat(e.getActorEmail())
                    .startsWith("unknown name #")
                    .doesNotContainIgnoringCase("secret")
                    .doesNotContainIgnoringCase("passw0rd");
            assertThat(e.getActorEmail()).hasSize("unknown name #".length() + 12);
        });
        assertThat(failures.get(0).getActorEmail()).isEqualTo(failures.get(1).getActorEmail());
    }

    @Test
    void there_is_one_authentication_manager_and_no_user_details_service_to_build_a_second_from() {
        assertThat(context.getBeansOfType(AuthenticationManager.class)).hasSize(1);
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
    }

    @Test
    void the_signed_in_principal_carries_no_password_hash() throws Exception {
        Counselor stored = counselors.findById(dana.getId()).orElseThrow();
        TandemUser principal = stored.toUser();
        for (RecordComponent c : TandemUser.class.getRecordComponents()) {
            assertThat(String.valueOf(c.getAccessor().invoke(principal)))
                    .as(c.getName())
                    .doesNotContain(stored.getPasswordHash());
        }
    }

    @Autowired
    CounselorRepository counselors;
}
