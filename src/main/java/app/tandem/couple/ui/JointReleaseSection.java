package app.tandem.couple.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.JointReleaseConsent;
import app.tandem.couple.JointReleaseService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;

/**
 * On the couple's Overview: each partner's authorisation to release the joint records into the
 * other partner's data-access copy, with a form to record one (date, how given) and a way to
 * withdraw it.
 */
class JointReleaseSection extends Div {

    private final Texts texts = Texts.shared();
    private final Couple couple;
    private final JointReleaseService service;
    private final LocalDate today;

    JointReleaseSection(Couple couple, JointReleaseService service, LocalDate today) {
        this.couple = couple;
        this.service = service;
        this.today = today;
        setId("joint-release");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(texts.get("jointRelease.title")), new Paragraph(texts.get("jointRelease.help")));
        UnorderedList list = new UnorderedList();
        for (PartnerId p : PartnerId.values()) {
            String who = couple.partner(p).fullName() + " (" + p + "): ";
            JointReleaseConsent consent = service.consentOf(couple.getId(), p).orElse(null);
            ListItem item = new ListItem(who
                    + (consent == null
                            ? texts.format(
                                    "jointRelease.none",
                                    Map.of("other", p.other().name()))
                            : texts.format(
                                    "jointRelease.given",
                                    Map.of(
                                            "date",
                                            Dates.format(consent.getGivenOn()),
                                            "how",
                                            consent.getHowGiven(),
                                            "by",
                                            consent.getRecordedBy()))));
            if (consent != null) {
                Button withdraw = new Button(texts.get("jointRelease.withdraw"), e -> {
                    service.withdraw(couple.getId(), p);
                    FieldErrors.Notifications.saved(texts.get("jointRelease.withdrawn"));
                    show();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                withdraw.setId("withdraw-release-" + p.name().toLowerCase());
                item.add(withdraw);
            }
            list.add(item);
        }
        Button record = new Button(texts.get("jointRelease.record"), e -> openDialog());
        record.setId("record-release");
        add(list, record);
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("jointRelease.dialogTitle"));
        RadioButtonGroup<PartnerId> partner = new RadioButtonGroup<>(texts.get("jointRelease.partnerLabel"));
        partner.setItems(PartnerId.values());
        partner.setItemLabelGenerator(p -> texts.format(
                "jointRelease.partnerItem",
                Map.of(
                        "name",
                        couple.partner(p).fullName(),
                        "partner",
                        p.name(),
                        "other",
                        p.other().name())));
        partner.setId("release-partner");
        DatePicker givenOn = new DatePicker(texts.get("jointRelease.dateLabel"), today);
        givenOn.setId("release-given-on");
        TextField how = new TextField(texts.get("jointRelease.howLabel"));
        how.setHelperText(texts.get("jointRelease.howHelp"));
        TextLimits.limit(how, JointReleaseConsent.HOW_MAX_LENGTH);
        how.setWidthFull();
        how.setId("release-how");
        FormLayout form = new FormLayout(partner, givenOn, how);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("partner", partner, "givenOn", givenOn, "howGiven", how);
        Button save = new Button("Record", e -> {
            FieldErrors.clear(fields);
            try {
                service.record(couple.getId(), partner.getValue(), givenOn.getValue(), how.getValue());
                dialog.close();
                FieldErrors.Notifications.saved(texts.get("jointRelease.saved"));
                show();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        save.setId("release-save");
        Dialogs.open(dialog, save);
    }
}
