package app.tandem.practice.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.FieldErrors;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.report.render.PracticeInfo.PageSize;
import app.tandem.security.AppRoles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/**
 * Supervisor-only: the practice's name and contact, local crisis resources, report page size, time
 * zone and how long closed couples are kept.
 */
@Route("admin/practice")
@PageTitle("Practice settings · Tandem")
@Menu(order = 11, title = "Practice: settings", icon = "COG")
@RolesAllowed(AppRoles.SUPERVISOR)
class PracticeSettingsView extends VerticalLayout {

    private final PracticeSettingsService service;
    final TextField name = new TextField("Practice name");
    final TextArea contact = new TextArea("Contact (printed on reports)");
    final TextArea resources = new TextArea("Local domestic-violence and crisis resources (printed under a safety referral)");
    final RadioButtonGroup<PageSize> pageSize = new RadioButtonGroup<>("Report page size");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone (what \"today\" means for assessments)");
    final IntegerField retentionYears = new IntegerField("Keep closed couples for (years after closing)");
    final Button save = new Button("Save settings");
    private final Binder<PracticeSettings> binder = new Binder<>(PracticeSettings.class);
    private PracticeSettings bean;

    PracticeSettingsView(PracticeSettingsService service) {
        this.service = service;
        setMaxWidth("48rem");
        name.setMaxLength(PracticeSettings.NAME_MAX_LENGTH);
        contact.setMaxLength(PracticeSettings.CONTACT_MAX_LENGTH);
        resources.setMaxLength(PracticeSettings.RESOURCES_MAX_LENGTH);
        resources.setHelperText("Name, phone and hours of each service, one per line.");
        pageSize.setItems(PageSize.values());
        pageSize.setItemLabelGenerator(p -> p == PageSize.A4 ? "A4" : "US Letter");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        binder.forField(name).asRequired("Enter the practice's name.").bind(PracticeSettings::getPracticeName,
                PracticeSettings::setPracticeName);
        binder.forField(contact).bind(PracticeSettings::getContact, PracticeSettings::setContact);
        binder.forField(resources).bind(PracticeSettings::getLocalResources, PracticeSettings::setLocalResources);
        binder.forField(pageSize).asRequired("Choose a page size.").bind(PracticeSettings::getPageSize, PracticeSettings::setPageSize);
        binder.forField(timeZone).asRequired("Choose a time zone, such as Europe/London.")
                .bind(PracticeSettings::getTimeZone, PracticeSettings::setTimeZone);
        retentionYears.setMin(PracticeSettings.MIN_RETENTION_YEARS);
        retentionYears.setMax(PracticeSettings.MAX_RETENTION_YEARS);
        retentionYears.setStepButtonsVisible(true);
        retentionYears.setHelperText("After this, a supervisor can destroy the couple's record (Practice: retention).");
        binder.forField(retentionYears).asRequired("Enter how many years closed couples are kept.")
                .withValidator(y -> y >= PracticeSettings.MIN_RETENTION_YEARS && y <= PracticeSettings.MAX_RETENTION_YEARS,
                        "Keep closed couples between " + PracticeSettings.MIN_RETENTION_YEARS + " and "
                                + PracticeSettings.MAX_RETENTION_YEARS + " years.")
                .bind(PracticeSettings::getRetentionYears, PracticeSettings::setRetentionYears);
        bean = service.get();
        binder.readBean(bean);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(name, contact, resources, pageSize, timeZone, retentionYears);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Practice settings"), new Paragraph("These settings apply to every counselor of the practice."), form, save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            bean = service.save(bean);
            binder.readBean(bean);
            FieldErrors.Notifications.saved("Practice settings saved.");
        } catch (ValidationFailure failure) {
            FieldErrors.show(failure, Map.<String, HasValidation>of("practiceName", name, "timeZone", timeZone,
                    "retentionYears", retentionYears));
        } catch (ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            FieldErrors.Notifications.error(new ConcurrentEditException("the practice settings").getMessage());
        }
    }
}
