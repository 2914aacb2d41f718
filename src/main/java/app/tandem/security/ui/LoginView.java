package app.tandem.security.ui;

import app.tandem.base.ui.ErrorHandling;
import app.tandem.security.AccountService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in. One generic message for every failure, so nobody learns whether an account exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tandem")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILURE_MESSAGE =
            "The e-mail address or password is not right, or there were too many attempts. "
                    + "Check both and try again, or wait 15 minutes.";

    private final AccountService accounts;
    private final LoginForm form = new LoginForm();
    private final Paragraph unavailable = new Paragraph(Texts.shared().get("errors.signInUnavailable"));

    LoginView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password? Ask your practice supervisor to reset it.");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Sign-in failed");
        error.setMessage(FAILURE_MESSAGE);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        H1 name = new H1("Tandem");
        name.addClassName("login-brand");
        unavailable.setId("sign-in-unavailable");
        unavailable.addClassName("login-unavailable");
        unavailable.getElement().setAttribute("role", "alert");
        unavailable.setVisible(false);
        add(name, new Paragraph("Case management for counselors who work with couples."), unavailable, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean setupNeeded;
        try {
            setupNeeded = accounts.setupNeeded();
        } catch (RuntimeException e) {
            if (!ErrorHandling.databaseUnreachable(e)) {
                throw e;
            }
            // The page still works: it says why nobody can sign in, and the form is there for later.
            unavailable.setVisible(true);
            form.setError(false);
            return;
        }
        unavailable.setVisible(false);
        if (setupNeeded) {
            event.forwardTo(SetupView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
