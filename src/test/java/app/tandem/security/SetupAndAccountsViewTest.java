package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.Role;
import app.tandem.security.ui.LoginView;
import app.tandem.security.ui.SetupView;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SetupAndAccountsViewTest extends ViewTest {

    @Autowired
    CounselorRepository counselors;

    @Autowired
    AccountService accounts;

    @Autowired
    SetupCodes setupCodes;

    @Autowired
    PasswordChecks passwords;

    @BeforeEach
    void emptyDatabase() {
        fixtures.reset();
    }

    @Test
    void login_forwards_to_setup_while_no_account_exists() {
        navigate("login", SetupView.class);
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    private void fillSetup(String code, String password) {
        navigate(SetupView.class);
        test($(TextField.class).id("setup-code")).setValue(code);
        test($(TextField.class).withCaption("Your name").single()).setValue("Robin Okafor");
        test($(EmailField.class).single()).setValue("robin@example.org");
        test($(PasswordField.class).withCaption("Password").single()).setValue(password);
        test($(PasswordField.class).withCaption("Repeat the password").single()).setValue(password);
        test($(Button.class).withCaption("Create supervisor account").single()).click();
    }

    @Test
    void setup_refuses_a_wrong_setup_code_and_creates_nothing() {
        String code = setupCodes.issue();
        String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        fillSetup(wrong, "a calm and steady river");
        TextField field = $(TextField.class).id("setup-code");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("not the setup code");
        assertThat(counselors.count()).isZero();
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    @Test
    void setup_takes_the_code_however_it_is_typed_and_the_code_then_stops_working() {
        String code = setupCodes.issue();
        fillSetup(" " + code.replace("-", "").toLowerCase() + " ", "a calm and steady river");
        assertThat(counselors.findByEmail("robin@example.org")).isPresent();
        assertThat(setupCodes.matches(code)).isFalse();
    }

    @Test
    void only_the_latest_printed_code_works() {
        String first = setupCodes.issue();
        String second = setupCodes.issue();
        assertThat(setupCodes.matches(first)).isFalse();
        assertThat(setupCodes.matches(second)).isTrue();
    }

    @Test
    void setup_creates_the_first_supervisor_and_is_then_gone() {
        String code = setupCodes.issue();
        navigate(SetupView.class);
        test($(TextField.class).id("setup-code")).setValue(code);
        test($(TextField.class).withCaption("Your name").single()).setValue("Robin Okafor");
        test($(EmailField.class).single()).setValue("robin@example.org");
        test($(PasswordField.class).withCaption("Password").single()).setValue("a calm and steady river");
        test($(PasswordField.class).withCaption("Repeat the password").single()).setValue("a calm and steady river");
        test($(Button.class).withCaption("Create supervisor account").single()).click();

        Counselor created = counselors.findByEmail("robin@example.org").orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.SUPERVISOR);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("setup", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThatThrownBy(() ->
                        accounts.createFirstSupervisor(code, "Someone", "else@example.org", "another long password"))
                .hasMessageContaining("already set up");
        assertThat(created.isPasswordMustChange())
                .as("the supervisor chose this password")
                .isFalse();
    }

    @Test
    void setup_refuses_a_common_password_with_a_sentence() {
        String code = setupCodes.issue();
        navigate(SetupView.class);
        test($(TextField.class).id("setup-code")).setValue(code);
        test($(TextField.class).withCaption("Your name").single()).setValue("Robin Okafor");
        test($(EmailField.class).single()).setValue("robin@example.org");
        PasswordField password = $(PasswordField.class).withCaption("Password").single();
        test(password).setValue("password1234");
        test($(PasswordField.class).withCaption("Repeat the password").single()).setValue("password1234");
        test($(Button.class).withCaption("Create supervisor account").single()).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("most common");
        assertThat(counselors.count()).isZero();
    }

    @Test
    void login_view_shows_the_form_once_an_account_exists() {
        fixtures.supervisor("Robin Okafor");
        navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void a_counselor_cannot_open_the_accounts_view_or_call_the_service() {
        Counselor counselor = fixtures.counselor("Dana Whitfield");
        loginAs(counselor);
        try {
            navigate("admin/accounts", com.vaadin.flow.component.Component.class);
        } catch (RuntimeException expected) {
            // Browserless reports the refused navigation as an error; either way the view must not show.
        }
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("AccountsView");
        assertThatThrownBy(
                        () -> accounts.create("New Person", "new@example.org", Role.COUNSELOR, "long enough password"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_supervisor_creates_deactivates_and_resets_an_account() {
        Counselor sup = fixtures.supervisor("Robin Okafor");
        loginAs(sup);
        navigate("admin/accounts", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountsView");
        Counselor created = accounts.create("Lee Marsh", "lee@example.org", Role.COUNSELOR, "a sound long password");
        assertThat(created.isPasswordMustChange())
                .as("the supervisor knows this first password")
                .isTrue();
        accounts.setActive(created.getId(), false);
        assertThat(counselors.findById(created.getId()).orElseThrow().isActive())
                .isFalse();
        accounts.resetPassword(created.getId(), "another sound password");
        assertThat(counselors.findById(created.getId()).orElseThrow().isPasswordMustChange())
                .isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(created.getId(), "short"))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(
                        () -> accounts.create("Lee Again", "LEE@example.org", Role.COUNSELOR, "a sound long password"))
                .hasMessageContaining("exists already");
    }

    /**
     * The new-account form starts on the counselor role; a short first password is refused beside
     * its field and creates nothing, a sound one creates the account, which must change it.
     */
    @Test
    void the_new_account_form_creates_a_counselor_and_refuses_a_short_password_beside_its_field() {
        loginAs(fixtures.supervisor("Robin Okafor"));
        navigate("admin/accounts", com.vaadin.flow.component.Component.class);
        test($(Button.class).withCaption("New account").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withCaption("Name").single()).setValue("Lee Marsh");
        test($(EmailField.class, dialog).single()).setValue("lee@example.org");
        PasswordField password = $(PasswordField.class, dialog).single();
        test(password).setValue("short");
        test($(Button.class, dialog).withCaption("Create account").single()).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12");
        assertThat(counselors.findAll()).extracting(Counselor::getDisplayName).doesNotContain("Lee Marsh");

        test(password).setValue("a sound long password");
        test($(Button.class, dialog).withCaption("Create account").single()).click();
        assertThat($(Dialog.class).all()).isEmpty();
        Counselor created = counselors.findAll().stream()
                .filter(c -> c.getDisplayName().equals("Lee Marsh"))
                .findFirst()
                .orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.COUNSELOR);
        assertThat(created.isPasswordMustChange()).isTrue();
    }

    /**
     * Deactivate sits beside Reset password: a click only asks, naming the person and their
     * e-mail; the account stays active until the question is answered yes, and Cancel leaves it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void deactivating_asks_first_naming_the_person_and_acts_only_on_yes() {
        Counselor sup = fixtures.supervisor("Robin Okafor");
        loginAs(sup);
        Counselor lee = accounts.create("Lee Marsh", "lee@example.org", Role.COUNSELOR, "a sound long password");
        navigate("admin/accounts", com.vaadin.flow.component.Component.class);

        clickDeactivateFor(lee);
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getHeader()).isEqualTo("Deactivate Lee Marsh?");
        assertThat(test(ask).getText()).contains("Lee Marsh (lee@example.org) will no longer be able to sign in");
        assertThat(counselors.findById(lee.getId()).orElseThrow().isActive())
                .as("asked, not yet answered")
                .isTrue();
        test(ask).cancel();
        assertThat(counselors.findById(lee.getId()).orElseThrow().isActive())
                .as("cancelled")
                .isTrue();

        clickDeactivateFor(lee);
        ConfirmDialog again = $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst()
                .orElseThrow();
        test(again).confirm();
        assertThat(counselors.findById(lee.getId()).orElseThrow().isActive())
                .as("confirmed")
                .isFalse();
        assertThat(counselors.findById(sup.getId()).orElseThrow().isActive())
                .as("only the person named")
                .isTrue();
    }

    /** The grid's action cell for {@code who}, put on the page (the component column is not rendered without a browser) and its Deactivate clicked. */
    @SuppressWarnings("unchecked")
    private void clickDeactivateFor(Counselor who) {
        Grid<Counselor> grid = $(Grid.class).single();
        var rows = test(grid);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).getId().equals(who.getId())) {
                row = i;
            }
        }
        assertThat(row).as("row of " + who.getDisplayName()).isNotNegative();
        HorizontalLayout cell =
                (HorizontalLayout) rows.getCellComponent(row, grid.getColumns().size() - 1);
        if (cell.getParent().isEmpty()) {
            ((com.vaadin.flow.component.HasComponents) getCurrentView()).add(cell);
        }
        Button deactivate = cell.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> "Deactivate".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        test(deactivate).click();
    }
}
