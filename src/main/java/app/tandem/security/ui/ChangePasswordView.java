package app.tandem.security.ui;

import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.FieldErrors;
import app.tandem.security.AccountService;
import app.tandem.security.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Everyone's own password. Required right after a supervisor created the account or reset its
 * password (every other screen forwards here until it is done), so that nobody but its owner
 * knows a password in use. Changing it ends the account's other sessions.
 */
@Route("account/password")
@PageTitle("Your password · Tandem")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat the new password");
    final Button save = new Button("Change password");

    ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        setMaxWidth("40rem");
        boolean forced = currentUser.find().map(TandemUser::mustChangePassword).orElse(false);
        add(
                new H1("Your password"),
                new Paragraph(
                        forced
                                ? "Your password was set by your supervisor. Choose your own before you continue: then only you know it."
                                : "Choose a new password. Your other open sign-ins end when you change it."));
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few unrelated words work well.");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next, "repeat", repeat);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ; type the same password twice.");
                repeat.setInvalid(true);
                return;
            }
            try {
                SignedInUi.renew(currentUser, accounts.changeOwnPassword(current.getValue(), next.getValue()));
                FieldErrors.Notifications.saved("Your password is changed.");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        add(form, save);
        current.focus();
    }
}
