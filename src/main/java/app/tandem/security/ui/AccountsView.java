package app.tandem.security.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.PracticeCalendar;
import app.tandem.base.Role;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.security.AccountService;
import app.tandem.security.AccountService.NewAccount;
import app.tandem.security.Counselor;
import app.tandem.security.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Supervisor-only: counselor accounts (create, deactivate, reset the password). */
@Route("admin/accounts")
@PageTitle("Accounts · Tandem")
@Menu(order = 10, title = "Practice: accounts", icon = "vaadin:users")
@RolesAllowed(AppRoles.SUPERVISOR)
class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final ZoneId zone;
    final Grid<Counselor> grid = new Grid<>(Counselor.class, false);
    private final Map<Long, AccountService.SignInState> signInStates = new HashMap<>();

    AccountsView(AccountService accounts, PracticeCalendar practice) {
        this.accounts = accounts;
        this.zone = practice.zone();
        setSizeFull();
        Button add = new Button("New account", e -> openCreateDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Accounts"), add);
        header.setAlignItems(Alignment.BASELINE);
        add(
                header,
                new Paragraph(
                        "Counselors sign in with their e-mail address. Deactivated accounts can no longer sign in; "
                                + "their couples stay in the practice and can be reassigned."));

        grid.addColumn(Counselor::getDisplayName)
                .setHeader("Name")
                .setSortProperty("displayName")
                .setAutoWidth(true);
        grid.addColumn(Counselor::getEmail)
                .setHeader("E-mail")
                .setSortProperty("email")
                .setAutoWidth(true);
        grid.addColumn(c -> c.getRole() == Role.SUPERVISOR ? "Supervisor" : "Counselor")
                .setHeader("Role")
                .setSortProperty("role");
        grid.addColumn(c -> c.isActive() ? "Active" : "Deactivated")
                .setHeader("Status")
                .setSortProperty("active");
        grid.addColumn(this::signIn).setHeader("Sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setItems(query -> accounts.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(grid);
    }

    private HorizontalLayout actions(Counselor c) {
        Runnable apply = () -> {
            try {
                accounts.setActive(c.getId(), !c.isActive());
                FieldErrors.Notifications.saved(c.isActive() ? "Account deactivated." : "Account activated.");
                refresh();
            } catch (ValidationFailure failure) {
                FieldErrors.Notifications.error(failure.getMessage());
            }
        };
        // Deactivating sits beside Reset password: it asks first, naming the person, so a slip does not lock someone
        // out.
        Button toggle = new Button(c.isActive() ? "Deactivate" : "Activate", e -> {
            if (!c.isActive()) {
                apply.run();
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Deactivate " + c.getDisplayName() + "?");
            confirm.setText(
                    c.getDisplayName() + " (" + c.getEmail() + ") will no longer be able to sign in, and any open "
                            + "sign-in ends now. Their couples and records stay as they are; you can activate the account again later.");
            confirm.setCancelable(true);
            confirm.setCancelText("Cancel");
            confirm.setConfirmText("Deactivate " + c.getDisplayName());
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(ok -> apply.run());
            confirm.open();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button("Reset password", e -> openResetDialog(c));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button role = new Button("Change role", e -> openRoleDialog(c));
        role.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(toggle, reset, role);
        if (state(c).pausedUntil().isPresent()) {
            Button unpause = new Button("Allow sign-in now", e -> {
                accounts.unpauseSignIn(c.getId());
                FieldErrors.Notifications.saved("The person can sign in again.");
                refresh();
            });
            unpause.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(unpause);
        }
        return actions;
    }

    /**
     * Failed sign-ins are shown so that someone keeping a counselor out by guessing (a paused
     * sign-in again and again) cannot go unnoticed.
     */
    private String signIn(Counselor c) {
        AccountService.SignInState state = state(c);
        String failures = state.failuresLastDay() == 0 ? "" : state.failuresLastDay() + " failed in the last 24 hours";
        return state.pausedUntil()
                .map(until -> "Paused until " + Dates.format(until, zone) + (failures.isEmpty() ? "" : "; " + failures))
                .orElse(failures.isEmpty() ? "OK" : failures);
    }

    private AccountService.SignInState state(Counselor c) {
        return signInStates.computeIfAbsent(c.getId(), accounts::signInState);
    }

    private void refresh() {
        signInStates.clear();
        grid.getDataProvider().refreshAll();
    }

    private void openRoleDialog(Counselor c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Role of " + c.getDisplayName());
        Select<Role> role = roleSelect();
        role.setValue(c.getRole());
        dialog.add(
                new Paragraph(
                        "A new role takes effect at once: the person's open sessions end and they sign in again."),
                role);
        Button save = new Button("Change role", e -> {
            try {
                accounts.changeRole(c.getId(), role.getValue());
                dialog.close();
                FieldErrors.Notifications.saved("Role changed.");
                refresh();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("role", role));
            }
        });
        Dialogs.open(dialog, save);
    }

    private static Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == Role.SUPERVISOR ? "Supervisor" : "Counselor");
        return role;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        TextField name = new TextField("Name");
        name.setRequired(true);
        EmailField email = new EmailField("E-mail address");
        email.setRequired(true);
        Select<Role> role = roleSelect();
        PasswordField password = new PasswordField("First password");
        password.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters. Give it to the person in a safe way: "
                        + "they choose their own at their first sign-in.");
        FormLayout form = new FormLayout(name, email, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email, "password", password);
        RecordBinder<NewAccount> binder = new RecordBinder<>(NewAccount.class)
                .bind(name, "displayName")
                .bind(email, "email")
                .bind(role, "role")
                .bind(password, "password");
        binder.read(new NewAccount("", "", Role.COUNSELOR, ""));
        Button save = new Button("Create account", e -> {
            FieldErrors.clear(fields);
            try {
                accounts.create(binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("Account created.");
                refresh();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        Dialogs.open(dialog, save);
        name.focus();
    }

    private void openResetDialog(Counselor c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + c.getDisplayName());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. The person chooses their own at their " + "next sign-in; their open sessions end now.");
        dialog.add(password);
        Button save = new Button("Set password", e -> {
            password.setInvalid(false);
            try {
                accounts.resetPassword(c.getId(), password.getValue());
                dialog.close();
                FieldErrors.Notifications.saved("Password changed.");
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("password", password));
            }
        });
        Dialogs.open(dialog, save);
        password.focus();
    }
}
