package app.tandem.practice.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.HeldValue;
import app.tandem.base.ui.TextLimits;
import app.tandem.pdf.CrisisResources;
import app.tandem.pdf.PracticeInfo.PageSize;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.practice.PracticeSettingsValues;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/**
 * Supervisor-only: the practice's name and contact, its crisis region and lines (printed on every
 * safety report), local services, report page size, time zone and how long closed couples are kept.
 */
@Route("admin/practice")
@PageTitle("Practice settings · Tandem")
@Menu(order = 11, title = "Practice: settings", icon = "vaadin:cog")
@RolesAllowed(AppRoles.SUPERVISOR)
class PracticeSettingsView extends VerticalLayout {

    private final PracticeSettingsService service;
    private final Texts texts = Texts.shared();
    final TextField name = new TextField("Practice name");
    final TextArea contact = new TextArea("Contact (printed on reports)");
    final Select<String> crisisRegion = new Select<>();
    final TextArea crisisLines =
            new TextArea("Crisis and domestic-abuse lines for the region (printed on every safety report)");
    final Paragraph crisisNote = new Paragraph();
    final TextArea resources = new TextArea(
            "Local services: advocates, shelters, intervention programmes (printed under a safety referral)");
    final RadioButtonGroup<PageSize> pageSize = new RadioButtonGroup<>("Report page size");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone (what \"today\" means for assessments)");
    final IntegerField retentionYears = new IntegerField("Keep closed couples for (years after closing)");
    final IntegerField checkInLinkDays = new IntegerField("Check-in links stay valid for (days)");
    final Button save = new Button("Save settings");
    final ConflictNotice conflict = new ConflictNotice();
    private final HeldValue<Long> version = new HeldValue<>();
    private final Binder<PracticeSettingsValues> binder = new Binder<>(PracticeSettingsValues.class);

    PracticeSettingsView(PracticeSettingsService service) {
        this.service = service;
        setMaxWidth("48rem");
        TextLimits.limit(name, PracticeSettings.NAME_MAX_LENGTH);
        TextLimits.limit(contact, PracticeSettings.CONTACT_MAX_LENGTH);
        TextLimits.limit(resources, PracticeSettings.RESOURCES_MAX_LENGTH);
        resources.setHelperText("Name, phone and hours of each service, one per line.");
        configureCrisisFields();
        pageSize.setItems(PageSize.values());
        pageSize.setItemLabelGenerator(p -> p == PageSize.A4 ? "A4" : "US Letter");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        binder.forField(name).asRequired("Enter the practice's name.").bind("practiceName");
        binder.forField(contact).bind("contact");
        binder.forField(resources).bind("localResources");
        binder.forField(crisisRegion).bind("crisisRegion");
        binder.forField(crisisLines).bind("crisisLines");
        binder.forField(pageSize).asRequired("Choose a page size.").bind("pageSize");
        binder.forField(timeZone)
                .asRequired("Choose a time zone, such as Europe/London.")
                .bind("timeZone");
        binder.forField(version).withConverter(v -> v == null ? 0L : v, v -> v).bind("version");
        bindKeepingPeriods();
        read(PracticeSettingsValues.of(service.get()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(
                name,
                contact,
                crisisRegion,
                crisisNote,
                crisisLines,
                resources,
                pageSize,
                timeZone,
                retentionYears,
                checkInLinkDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new H1("Practice settings"),
                new Paragraph("These settings apply to every counselor of the practice."),
                conflict,
                form,
                save);
    }

    /** The crisis region and its lines: a region brings its default lines and a note on where they come from. */
    private void configureCrisisFields() {
        crisisRegion.setLabel("Region for crisis resources");
        crisisRegion.setItems(CrisisResources.REGIONS);
        crisisRegion.setItemLabelGenerator(
                r -> r == null ? texts.get("practice.crisis.noRegion") : CrisisResources.regionName(texts, r));
        crisisRegion.setEmptySelectionAllowed(true);
        crisisRegion.setEmptySelectionCaption(texts.get("practice.crisis.noRegion"));
        TextLimits.limit(crisisLines, PracticeSettings.RESOURCES_MAX_LENGTH);
        crisisLines.setHelperText(texts.get("practice.crisis.linesHelp"));
        crisisRegion.addValueChangeListener(e -> regionChanged(e.getOldValue(), e.getValue()));
    }

    /** How long closed couples and check-in links last, each within the range the service also checks. */
    private void bindKeepingPeriods() {
        retentionYears.setMin(PracticeSettings.MIN_RETENTION_YEARS);
        retentionYears.setMax(PracticeSettings.MAX_RETENTION_YEARS);
        retentionYears.setStepButtonsVisible(true);
        retentionYears.setHelperText("After this, a supervisor can destroy the couple's record (Practice: retention).");
        binder.forField(retentionYears)
                .asRequired("Enter how many years closed couples are kept.")
                .withValidator(
                        y -> y >= PracticeSettings.MIN_RETENTION_YEARS && y <= PracticeSettings.MAX_RETENTION_YEARS,
                        "Keep closed couples between " + PracticeSettings.MIN_RETENTION_YEARS + " and "
                                + PracticeSettings.MAX_RETENTION_YEARS + " years.")
                .bind("retentionYears");
        checkInLinkDays.setMin(1);
        checkInLinkDays.setMax(PracticeSettings.MAX_CHECK_IN_LINK_DAYS);
        checkInLinkDays.setStepButtonsVisible(true);
        checkInLinkDays.setHelperText(
                "A partner's personal check-in link opens nothing after this many days; a new link can be made "
                        + "at any time.");
        binder.forField(checkInLinkDays)
                .asRequired("Enter how many days a check-in link stays valid.")
                .withValidator(
                        d -> d >= 1 && d <= PracticeSettings.MAX_CHECK_IN_LINK_DAYS,
                        "Keep check-in links valid between 1 and " + PracticeSettings.MAX_CHECK_IN_LINK_DAYS + " days.")
                .bind("checkInLinkDays");
    }

    /** The stored settings into the form; a region's lines left as its defaults are shown as the defaults. */
    private void read(PracticeSettingsValues values) {
        binder.readRecord(values);
        if (values.crisisRegion() != null && values.crisisLines() == null) {
            crisisLines.setValue(CrisisResources.defaultLines(texts, values.crisisRegion()));
        }
        describeCrisis(values.crisisRegion());
    }

    /** A new region brings its default lines, unless the supervisor had written lines of their own. */
    private void regionChanged(String oldRegion, String newRegion) {
        String current = crisisLines.getValue().strip();
        boolean untouched = current.isEmpty()
                || oldRegion != null && current.equals(CrisisResources.defaultLines(texts, oldRegion));
        if (untouched) {
            crisisLines.setValue(newRegion == null ? "" : CrisisResources.defaultLines(texts, newRegion));
        }
        describeCrisis(newRegion);
    }

    private void describeCrisis(String region) {
        crisisNote.setText(
                region == null
                        ? texts.get("practice.crisis.noRegionNote")
                        : texts.format(
                                "practice.crisis.regionNote",
                                Map.of(
                                        "emergency",
                                        CrisisResources.emergency(texts, region),
                                        "region",
                                        CrisisResources.regionName(texts, region),
                                        "source",
                                        CrisisResources.source(texts))));
    }

    private void save() {
        PracticeSettingsValues values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException e) {
            // The binder has put its sentences beside the fields.
            return;
        }
        try {
            read(PracticeSettingsValues.of(service.save(values)));
            conflict.hide();
            FieldErrors.Notifications.saved("Practice settings saved.");
        } catch (ValidationFailure failure) {
            FieldErrors.show(
                    failure,
                    Map.<String, HasValidation>of(
                            "practiceName",
                            name,
                            "timeZone",
                            timeZone,
                            "crisisRegion",
                            crisisRegion,
                            "crisisLines",
                            crisisLines,
                            "retentionYears",
                            retentionYears,
                            "checkInLinkDays",
                            checkInLinkDays));
        } catch (ConcurrentEditException e) {
            conflict.show(e, this::reloadTheirs);
        }
    }

    /** The conflict notice's reload: the other supervisor's settings replace what was typed here. */
    private void reloadTheirs() {
        conflict.hide();
        read(PracticeSettingsValues.of(service.get()));
    }
}
