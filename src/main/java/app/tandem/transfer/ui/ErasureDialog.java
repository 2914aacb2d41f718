package app.tandem.transfer.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.privacy.PartnerErasureService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.Map;

/** A supervisor erases one partner's identifying data and private content, after reading what that means. */
final class ErasureDialog {

    private ErasureDialog() {}

    static void open(PartnerErasureService erasure, Couple couple, LocalDate today, Runnable reload) {
        Texts texts = Texts.shared();
        Dialog dialog = new Dialog();
        RadioButtonGroup<PartnerId> partner = new RadioButtonGroup<>();
        DatePicker requestedOn = new DatePicker();
        dialog.setHeaderTitle(texts.get("erasure.title") + " · " + couple.getReference());
        dialog.setId("erasure-dialog");
        dialog.setWidth("min(40rem, 95vw)");
        partner.setLabel(texts.get("erasure.partnerLabel"));
        partner.setItems(PartnerId.values());
        partner.setItemLabelGenerator(p -> "Partner " + p);
        partner.setRequiredIndicatorVisible(true);
        requestedOn.setLabel(texts.get("erasure.requestedLabel"));
        requestedOn.setValue(today);
        requestedOn.setRequiredIndicatorVisible(true);
        Paragraph jointNotes = new Paragraph(texts.get("erasure.jointNotes"));
        jointNotes.addClassName("guidance-box");
        partner.setId("erasure-partner");
        dialog.add(new Paragraph(texts.get("erasure.body")), jointNotes, partner, requestedOn);
        Map<String, HasValidation> fields = Map.of("partner", partner, "requestedOn", requestedOn);
        Button go = new Button(texts.get("erasure.confirm"), e -> {
            FieldErrors.clear(fields);
            try {
                erasure.erase(couple.getId(), partner.getValue(), requestedOn.getValue());
                dialog.close();
                FieldErrors.Notifications.saved(texts.format(
                        "erasure.done", Map.of("partner", partner.getValue().name())));
                reload.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_ERROR);
        go.setId("erasure-confirm");
        Dialogs.open(dialog, go);
    }
}
