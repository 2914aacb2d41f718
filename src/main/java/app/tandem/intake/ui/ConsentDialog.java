package app.tandem.intake.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.Downloads;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.intake.IntakeService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Records one partner's consent to couples work. Shows the consent text the partner agrees to
 * (the current version, which the record keeps), and offers it as a text file to print or send.
 */
final class ConsentDialog {

    private ConsentDialog() {}

    static void open(
            IntakeService intake, PracticeSettingsService practice, Couple couple, PartnerId partner, Runnable reload) {
        Texts texts = Texts.shared();
        Dialog dialog = new Dialog();
        DatePicker givenOn = new DatePicker("Date given");
        Select<ConsentMethod> method = new Select<>();
        int version = IntakeService.currentConsentVersion();
        dialog.setHeaderTitle("Consent to couples work: " + PartnerIntakeSection.name(couple, partner));
        dialog.setWidth("min(46rem, 95vw)");
        dialog.setId("consent-dialog");
        String title = texts.get("consent.v" + version + ".title").strip();
        String body = texts.get("consent.v" + version + ".body").strip();
        Paragraph text = new Paragraph(body);
        text.getStyle().set("white-space", "pre-line");
        Div consentText = new Div(new H4(title + " (v" + version + ")"), text);
        consentText.addClassName("partner-card");
        consentText.getStyle().set("max-height", "20rem").set("overflow", "auto");
        Anchor download = new Anchor(
                Downloads.noStore(
                        "consent-to-couples-work-v" + version + ".txt",
                        "text/plain; charset=utf-8",
                        () -> (title + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8)),
                "Download the consent text");
        download.getElement().setAttribute("download", true);
        method.setLabel("How it was given");
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> texts.get("intake.consentMethod." + m.name()));
        method.setId("consent-method");
        FormLayout form = new FormLayout(givenOn, method);
        dialog.add(consentText, download, form);
        RecordBinder<IntakeService.ConsentRequest> binder = new RecordBinder<>(IntakeService.ConsentRequest.class)
                .bind(givenOn, "givenOn")
                .bind(method, "method");
        binder.read(new IntakeService.ConsentRequest(practice.today(), null));
        Map<String, HasValidation> fields = Map.of("givenOn", givenOn, "method", method);
        Button save = new Button("Record consent", e -> {
            FieldErrors.clear(fields);
            try {
                intake.recordConsent(couple.getId(), partner, binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("Consent recorded.");
                reload.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        save.setId("consent-save");
        Dialogs.open(dialog, save);
    }
}
