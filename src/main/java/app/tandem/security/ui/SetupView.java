package app.tandem.security.ui;

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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * One-time setup: creates the first supervisor when the database has no account at all, so no
 * default password ever exists. Once any account exists this screen forwards to sign-in.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Tandem")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountService accounts;
    final TextField code = new TextField("Setup code (printed by Tandem when it started)");
    final TextField name = new TextField("Your name");
    final EmailField email = new EmailField("E-mail address (your sign-in)");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirm = new PasswordField("Repeat the password");
    final Button create = new Button("Create supervisor account");

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        code.setRequired(true);
        code.setAutofocus(true);
        code.setId("setup-code");
        code.setHelperText(
                "Twelve letters and digits such as K7QM-2XHP-RT9C, in the console or log of the latest start.");
        name.setRequired(true);
        name.setId("setup-name");
        email.setRequired(true);
        email.setId("setup-email");
        password.setRequired(true);
        password.setId("setup-password");
        confirm.setId("setup-confirm");
        create.setId("setup-create");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a short sentence works well.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> submit());
        FormLayout form = new FormLayout(code, name, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new H1("Welcome to Tandem"),
                new Paragraph(
                        "No account exists yet. Create the practice supervisor's account: the supervisor can then "
                                + "add counselors. This screen is shown only once, and only with the setup code that Tandem "
                                + "printed to its console and log when it started."),
                form,
                create);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of(
                "setupCode", code, "displayName", name, "email", email, "password", password, "confirm", confirm);
        FieldErrors.clear(fields);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage("The two passwords differ; type the same password twice.");
            confirm.setInvalid(true);
            return;
        }
        try {
            accounts.createFirstSupervisor(code.getValue(), name.getValue(), email.getValue(), password.getValue());
            Notification.show("Your account is ready. Sign in with it.", 5000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (ValidationFailure failure) {
            FieldErrors.show(failure, fields);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.setupNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }
}
