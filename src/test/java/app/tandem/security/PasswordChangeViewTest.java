package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.Role;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A password a supervisor set must be replaced by its owner before anything else; everyone can
 * change their own with the current one. The fields speak in sentences, never "Something went wrong".
 */
class PasswordChangeViewTest extends ViewTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CounselorRepository counselors;

    @Autowired
    PasswordChecks passwords;

    Counselor lee;

    @BeforeEach
    void newAccount() {
        fixtures.reset();
        fixtures.loginAs(fixtures.supervisor("Robin Okafor"));
        lee = accounts.create("Lee Marsh", "lee@example.org", Role.COUNSELOR, "the supervisor knows this one");
        fixtures.logout();
    }

    private void change(String current, String next, String repeat) {
        test($(PasswordField.class).id("current-password")).setValue(current);
        test($(PasswordField.class).id("new-password")).setValue(next);
        test($(PasswordField.class).id("repeat-password")).setValue(repeat);
        test($(Button.class).id("change-password")).click();
    }

    @Test
    void after_a_supervisor_created_the_account_every_screen_leads_to_the_password_screen_until_it_is_changed() {
        loginAs(lee);
        navigate("caseload", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ChangePasswordView");
        change("the supervisor knows this one", "my own quiet harbour", "my own quiet harbour");
        Counselor changed = counselors.findById(lee.getId()).orElseThrow();
        assertThat(changed.isPasswordMustChange()).isFalse();
        assertThat(passwords.matches("my own quiet harbour", changed.getPasswordHash()))
                .isTrue();
        navigate("caseload", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CaseloadView");
    }

    @Test
    void a_wrong_current_password_a_weak_or_mismatched_new_one_each_get_a_sentence() {
        loginAs(lee);
        navigate("account/password", Component.class);
        change("not my password", "my own quiet harbour", "my own quiet harbour");
        assertThat($(PasswordField.class).id("current-password").getErrorMessage())
                .isEqualTo("This is not your current password.");
        change("the supervisor knows this one", "sunshine2026!", "sunshine2026!");
        assertThat($(PasswordField.class).id("new-password").getErrorMessage()).contains("most common");
        change("the supervisor knows this one", "my own quiet harbour", "my own quiet harbor");
        assertThat($(PasswordField.class).id("repeat-password").getErrorMessage())
                .contains("differ");
        assertThat(counselors.findById(lee.getId()).orElseThrow().isPasswordMustChange())
                .isTrue();
    }

    @Test
    void a_long_password_counts_whole_beyond_bcrypts_72_bytes() {
        loginAs(lee);
        navigate("account/password", Component.class);
        String longOne = "ünd 🌿 morgen ".repeat(7) + "quiet harbour at dusk";
        assertThat(longOne.length()).isLessThanOrEqualTo(PasswordPolicy.MAX_LENGTH);
        assertThat(longOne.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72 + 40);
        change("the supervisor knows this one", longOne, longOne);
        assertThat(counselors.findById(lee.getId()).orElseThrow().isPasswordMustChange())
                .isFalse();
        String hash = counselors.findById(lee.getId()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2");
        assertThat(passwords.matches(longOne, hash)).isTrue();
        assertThat(passwords.matches(longOne.substring(0, longOne.length() - 1) + "X", hash))
                .isFalse();
    }

    @Test
    void wrong_current_passwords_count_towards_the_sign_in_pause() {
        loginAs(lee);
        navigate("account/password", Component.class);
        for (int i = 0; i < 5; i++) {
            change("guess number " + i, "my own quiet harbour", "my own quiet harbour");
        }
        change("the supervisor knows this one", "my own quiet harbour", "my own quiet harbour");
        assertThat($(PasswordField.class).id("current-password").getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(counselors.findById(lee.getId()).orElseThrow().isPasswordMustChange())
                .isTrue();
    }

    @Test
    void a_supervisor_sees_a_paused_sign_in_and_can_lift_it() {
        loginAs(lee);
        navigate("account/password", Component.class);
        for (int i = 0; i < 5; i++) {
            change("guess number " + i, "my own quiet harbour", "my own quiet harbour");
        }
        fixtures.loginAs(fixtures.supervisor("Sam Super"));
        assertThat(accounts.signInState(lee.getId()).pausedUntil()).isPresent();
        assertThat(accounts.signInState(lee.getId()).failuresLastDay()).isEqualTo(5);
        accounts.unpauseSignIn(lee.getId());
        assertThat(accounts.signInState(lee.getId()).pausedUntil()).isEmpty();
    }
}
