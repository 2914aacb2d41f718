package app.tandem.couple.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.FieldErrors;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Intake of a new couple; it joins the signed-in counselor's caseload. */
@Route("couples/new")
@PageTitle("New couple · Tandem")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class NewCoupleView extends VerticalLayout {

    final CoupleForm form = new CoupleForm();
    final Button save = new Button("Add couple");
    private final CoupleService couples;
    private final PracticeSettingsService practice;

    NewCoupleView(CoupleService couples, PracticeSettingsService practice) {
        this.couples = couples;
        this.practice = practice;
        setMaxWidth("70rem");
        form.intakeDate.setValue(practice.today());
        save.setId("add-couple");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this).setEventPropagationAllowed(false);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(CaseloadView.class)));
        add(new H1("New couple"), form, new HorizontalLayout(save, cancel));
        form.a.firstName.focus();
    }

    private void save() {
        CoupleDetails details = form.checkedValue(practice.today()).orElse(null);
        if (details == null) {
            return;
        }
        try {
            Couple created = couples.create(details);
            FieldErrors.Notifications.saved("Couple " + created.getReference() + " added.");
            getUI().ifPresent(ui ->
                    ui.navigate(CoupleDetailView.class, new RouteParameters("reference", created.getReference())));
        } catch (ValidationFailure failure) {
            form.showProblems(List.of(failure.problem()));
            FieldErrors.Notifications.error(failure.getMessage());
        }
    }
}
