package app.tandem.intake.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService.SafeContactChange;
import app.tandem.couple.Partner;
import app.tandem.intake.IntakeService;
import app.tandem.intake.IntakeService.PartnerRecord;
import app.tandem.intake.IpvScreening;
import app.tandem.intake.PartnerConsent;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * One partner's individual record, for the counselor with that partner alone: their safe contact
 * (asked alone, never side by side with the other partner), their consents and their IPV screens.
 * Opening it is audited, like reading a note; it never shows the other partner's record.
 */
final class PartnerRecordDialog {

    private PartnerRecordDialog() {}

    static void open(
            IntakeService intake, PracticeSettingsService practice, Couple couple, PartnerId partner, Runnable reload) {
        Texts texts = Texts.shared();
        PartnerRecord record = intake.openPartnerRecord(couple.getId(), partner);
        String name = PartnerIntakeSection.name(couple, partner);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Individual record: " + name);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.setId("partner-record-dialog");
        Paragraph privacy = new Paragraph("Private to "
                + couple.partner(partner).getFirstName() + ": never shown to the other partner and never in a report.");
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)");
        dialog.add(
                privacy,
                safeContact(intake, couple, record, reload, closeAndReload(dialog, reload)),
                consents(record),
                screens(record));
        Button screen = new Button("Record IPV screen", e -> {
            dialog.close();
            IpvScreenDialog.open(intake, practice, couple, partner, reload);
        });
        screen.setId("record-ipv-screen");
        Dialogs.open(dialog, screen);
    }

    /** A conflict notice's reload: the dialog closes and the page shows the saved version, to open the record again. */
    private static Runnable closeAndReload(Dialog dialog, Runnable reload) {
        return () -> {
            dialog.close();
            reload.run();
        };
    }

    private static Div safeContact(
            IntakeService intake, Couple couple, PartnerRecord record, Runnable reload, Runnable reloadTheirs) {
        Texts texts = Texts.shared();
        Partner p = record.details();
        Checkbox email = new Checkbox("Safe to contact by e-mail");
        Checkbox phone = new Checkbox("Safe to contact by phone");
        TextField note = new TextField("Contact note");
        RecordBinder<SafeContactChange> binder = new RecordBinder<>(SafeContactChange.class)
                .bind(email, "email")
                .bind(phone, "phone")
                .bind(note, "note");
        binder.read(new SafeContactChange(
                Boolean.TRUE.equals(p.getSafeEmail()),
                Boolean.TRUE.equals(p.getSafePhone()),
                p.getSafeNote() == null ? "" : p.getSafeNote()));
        TextLimits.limit(note, Partner.NOTE_MAX_LENGTH);
        note.setPlaceholder("e.g. text only after 6 pm");
        note.setWidthFull();
        email.setId("safe-email");
        phone.setId("safe-phone");
        note.setId("safe-note");
        Paragraph help = new Paragraph(texts.get("intake.safeContact.help").strip());
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        ConflictNotice conflict = new ConflictNotice();
        Div box = new Div(new H4(texts.get("intake.safeContact.title")), help, conflict);
        if (!p.hasSafeContact()) {
            box.add(new Paragraph(texts.get("intake.safeContact.none")));
        }
        Button save = new Button("Save safe contact", e -> {
            note.setInvalid(false);
            try {
                intake.updateSafeContact(couple.getId(), record.coupleVersion(), record.partner(), binder.write());
                conflict.hide();
                FieldErrors.Notifications.saved("Safe contact saved.");
                reload.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("safeNote", note));
            } catch (ConcurrentEditException stale) {
                conflict.show(stale, reloadTheirs);
            }
        });
        save.setId("save-safe-contact");
        box.add(email, phone, note, save);
        box.addClassName("partner-card");
        return box;
    }

    private static Div consents(PartnerRecord record) {
        Texts texts = Texts.shared();
        Div box = new Div(new H4("Consent"));
        if (record.consents().isEmpty()) {
            box.add(new Paragraph(texts.get("intake.card.noConsent")));
        }
        UnorderedList list = new UnorderedList();
        for (PartnerConsent c : record.consents()) {
            list.add(new ListItem(texts.format(
                            "intake.card.consent",
                            Map.of(
                                    "how",
                                    texts.get("intake.consentMethod." + c.getMethod()),
                                    "date",
                                    Dates.format(c.getGivenOn()),
                                    "version",
                                    c.getTextVersion()))
                    + " · recorded by " + c.getRecordedBy()));
        }
        box.add(list);
        return box;
    }

    private static Div screens(PartnerRecord record) {
        Texts texts = Texts.shared();
        Div box = new Div(new H4(texts.get("intake.screen.title")));
        box.setId("partner-screens");
        if (record.screens().isEmpty()) {
            box.add(new Paragraph(texts.get("intake.card.notScreened")));
        }
        for (IpvScreening s : record.screens().reversed()) {
            Details details = new Details(
                    texts.format(
                            "intake.screen.result." + s.getConclusion(),
                            Map.of("date", Dates.format(s.getScreenedOn()))),
                    IpvScreenDialog.answers(s));
            box.add(details);
        }
        return box;
    }
}
