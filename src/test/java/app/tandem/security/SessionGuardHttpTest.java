package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEvent;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.Role;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import app.tandem.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open session ends at its next request once the account behind it changes or once nothing
 * was done for the idle timeout; the background traffic of an open tab does not count as doing
 * something. Driven over HTTP, with the clock moved instead of waiting.
 */
@HttpTest
class SessionGuardHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor robin;
    HttpVisitor danasBrowser;

    @BeforeEach
    void signIn() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        danasBrowser = new HttpVisitor(port);
        danasBrowser.login(dana.getEmail(), Fixtures.PASSWORD);
        assertThat(danasBrowser.signedIn()).isTrue();
    }

    private void asSupervisor(Consumer<AccountService> change) {
        fixtures.loginAs(robin);
        try {
            change.accept(accounts);
        } finally {
            fixtures.logout();
        }
    }

    private void assertEndedBecause(String reason) {
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGOUT))
                .extracting(AuditEvent::getDetail)
                .containsExactly(reason);
    }

    @Test
    void a_deactivated_counselors_open_session_is_refused_at_its_next_request() {
        asSupervisor(a -> a.setActive(dana.getId(), false));
        assertThat(danasBrowser.get("/caseload").toLogin()).isTrue();
        assertThat(danasBrowser.navigate("caseload").body()).doesNotContain("CaseloadView");
        assertEndedBecause("account deactivated");
    }

    @Test
    void a_password_reset_ends_the_open_session() {
        asSupervisor(a -> a.resetPassword(dana.getId(), "a temporary long password"));
        assertThat(danasBrowser.signedIn()).isFalse();
        assertEndedBecause("password changed");
    }

    @Test
    void a_role_change_ends_the_open_session() {
        asSupervisor(a -> a.changeRole(dana.getId(), Role.SUPERVISOR));
        assertThat(danasBrowser.signedIn()).isFalse();
        assertEndedBecause("role changed");
    }

    @Test
    void another_account_changing_leaves_the_session_alone() {
        Counselor lee = fixtures.counselor("Lee Marsh");
        asSupervisor(a -> a.setActive(lee.getId(), false));
        assertThat(danasBrowser.signedIn()).isTrue();
    }

    @Test
    void the_sign_in_ends_after_the_idle_timeout_and_heartbeats_and_polls_do_not_count() {
        clock.advance(Duration.ofMinutes(20));
        danasBrowser.postJson("/?v-r=heartbeat&v-uiId=0", "");
        danasBrowser.postJson(
                "/?v-r=uidl&v-uiId=0",
                "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}],\"syncId\":1,\"clientId\":1}");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(danasBrowser.signedIn()).isFalse();
        assertEndedBecause("idle for 30 minutes");
    }

    @Test
    void a_request_the_person_makes_keeps_the_sign_in() {
        clock.advance(Duration.ofMinutes(20));
        danasBrowser.postJson(
                "/?v-r=uidl&v-uiId=0",
                "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":7,\"event\":\"click\"}],\"syncId\":1,\"clientId\":1}");
        clock.advance(Duration.ofMinutes(20));
        assertThat(danasBrowser.signedIn()).isTrue();
        clock.advance(Duration.ofMinutes(29));
        assertThat(danasBrowser.signedIn()).isTrue();
    }

    @Test
    void signing_out_is_audited() {
        HttpVisitor.Response out = danasBrowser.postForm("/logout", Map.of("_csrf", danasBrowser.csrfToken()));
        assertThat(out.status()).isEqualTo(302);
        assertThat(danasBrowser.signedIn()).isFalse();
        assertEndedBecause("signed out");
    }
}
