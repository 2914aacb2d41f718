package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@TandemTest
class AuthenticationTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditEventRepository audit;

    Counselor dana;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
    }

    private Authentication login(String user, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    private String failureMessage(String user, String password) {
        try {
            login(user, password);
        } catch (BadCredentialsException e) {
            return e.getMessage();
        }
        throw new AssertionError("login unexpectedly succeeded");
    }

    @Test
    void right_password_signs_in_and_is_audited() {
        Authentication auth = login(dana.getEmail(), Fixtures.PASSWORD);
        assertThat(auth.getPrincipal()).isInstanceOf(TandemUser.class);
        assertThat(((TandemUser) auth.getPrincipal()).id()).isEqualTo(dana.getId());
        assertThat(((TandemUser) auth.getPrincipal()).getPassword()).isEmpty();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGIN_SUCCESS)).hasSize(1);
    }

    @Test
    void user_name_is_case_insensitive() {
        assertThat(login(dana.getEmail().toUpperCase(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_user_wrong_password_and_inactive_account_fail_with_the_same_message() {
        String wrongPassword = failureMessage(dana.getEmail(), "not the password at all");
        String unknownUser = failureMessage("nobody@example.org", Fixtures.PASSWORD);
        Counselor inactive = fixtures.counselor("Inactive Person");
        fixtures.loginAs(fixtures.supervisor("Sup Ervisor"));
        accounts.setActive(inactive.getId(), false);
        fixtures.logout();
        String inactiveAccount = failureMessage(inactive.getEmail(), Fixtures.PASSWORD);
        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(inactiveAccount);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.LOGIN_FAILURE)).hasSize(3);
    }

    @Autowired
    AccountService accounts;

    @Test
    void sixth_attempt_within_fifteen_minutes_is_refused_even_with_the_right_password() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            failureMessage(dana.getEmail(), "wrong password " + i);
        }
        clock.advance(Duration.ofMinutes(1));
        String refused = failureMessage(dana.getEmail(), Fixtures.PASSWORD);
        assertThat(refused).isEqualTo(failureMessage("nobody@example.org", "whatever it is"));
    }

    @Test
    void five_failures_still_allow_the_fifth_attempt_to_be_judged_on_the_password() {
        for (int i = 0; i < 4; i++) {
            failureMessage(dana.getEmail(), "wrong password " + i);
        }
        assertThat(login(dana.getEmail(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void throttle_lifts_when_the_oldest_failure_leaves_the_window() {
        for (int i = 0; i < 5; i++) {
            failureMessage(dana.getEmail(), "wrong password " + i);
        }
        clock.advance(Duration.ofMinutes(14));
        failureMessage(dana.getEmail(), Fixtures.PASSWORD);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login(dana.getEmail(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void throttle_counts_per_submitted_name_even_for_accounts_that_do_not_exist() {
        for (int i = 0; i < 5; i++) {
            failureMessage("ghost@example.org", "guess " + i);
        }
        assertThat(throttle.isThrottled("ghost@example.org")).isTrue();
        assertThat(throttle.isThrottled(dana.getEmail())).isFalse();
        assertThat(login(dana.getEmail(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Autowired
    LoginThrottle throttle;
}
