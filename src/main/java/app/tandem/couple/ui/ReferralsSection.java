package app.tandem.couple.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.CoupleService.ReferralRequest;
import app.tandem.couple.Referral;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The couple's referrals on the overview: the list, adding one, and recording the first attended
 * session with the service afterwards (the retreat rule counts from that date, not from the
 * referral).
 */
class ReferralsSection extends VerticalLayout {

    private final Couple couple;
    private final CoupleService couples;
    private final Supplier<LocalDate> today;
    private final Runnable reloadPage;

    ReferralsSection(Couple couple, CoupleService couples, Supplier<LocalDate> today, Runnable reloadPage) {
        this.couple = couple;
        this.couples = couples;
        this.today = today;
        this.reloadPage = reloadPage;
        setPadding(false);
        setSpacing(false);
        add(new H3("Referrals"));
        List<Referral> referrals = couples.referrals(couple.getId());
        if (referrals.isEmpty()) {
            add(new Paragraph("No referrals."));
            return;
        }
        UnorderedList list = new UnorderedList();
        referrals.forEach(r -> list.add(item(r)));
        add(list);
    }

    private ListItem item(Referral r) {
        String text = Dates.format(r.getReferredOn()) + " · " + Labels.of(r.getType())
                + (r.getReferredTo() == null ? "" : " · " + r.getReferredTo())
                + (r.getFirstSessionOn() == null
                        ? " · first session not recorded yet"
                        : " · first session " + Dates.format(r.getFirstSessionOn()));
        Button record = new Button(
                r.getFirstSessionOn() == null ? "Record first session" : "Correct first session",
                e -> openFirstSessionDialog(r));
        record.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        record.getElement()
                .setAttribute(
                        "aria-label",
                        record.getText() + ": " + Labels.of(r.getType()) + ", " + Dates.format(r.getReferredOn()));
        return new ListItem(new Span(text), record);
    }

    /** The dialog behind the overview's "Add referral" button. */
    void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a referral");
        Select<ReferralType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(ReferralType.values());
        type.setItemLabelGenerator(Labels::of);
        DatePicker on = new DatePicker("Date");
        TextField to = new TextField("To whom");
        TextArea notes = new TextArea("Notes");
        DatePicker firstSession = firstSessionPicker(null);
        FormLayout form = new FormLayout(type, on, to, notes, firstSession);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Map<String, HasValidation> fields =
                Map.of("referralType", type, "referredOn", on, "referredTo", to, "firstSessionOn", firstSession);
        RecordBinder<ReferralRequest> binder = new RecordBinder<>(ReferralRequest.class)
                .bind(type, "type")
                .bind(on, "on")
                .bind(to, "to")
                .bind(notes, "notes")
                .bind(firstSession, "firstSessionOn");
        binder.read(new ReferralRequest(null, today.get(), "", "", null));
        Button save = new Button("Add referral", e -> {
            FieldErrors.clear(fields);
            try {
                couples.addReferral(couple.getId(), binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("Referral added.");
                reloadPage.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        Dialogs.open(dialog, save);
    }

    private void openFirstSessionDialog(Referral referral) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("First attended session: " + Labels.of(referral.getType()));
        DatePicker firstSession = firstSessionPicker(referral.getFirstSessionOn());
        dialog.add(
                new Paragraph("Referred on " + Dates.format(referral.getReferredOn())
                        + (referral.getReferredTo() == null ? "" : " to " + referral.getReferredTo()) + "."),
                firstSession);
        ConflictNotice conflict = new ConflictNotice();
        dialog.addComponentAsFirst(conflict);
        long version = referral.getVersion();
        Button save = new Button("Save", e -> {
            FieldErrors.clear(Map.of("firstSessionOn", firstSession));
            try {
                couples.recordFirstSession(referral.getId(), version, firstSession.getValue());
                dialog.close();
                FieldErrors.Notifications.saved("First session recorded.");
                reloadPage.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("firstSessionOn", firstSession));
            } catch (ConcurrentEditException stale) {
                conflict.show(stale, () -> {
                    dialog.close();
                    reloadPage.run();
                });
            }
        });
        Dialogs.open(dialog, save);
    }

    private static DatePicker firstSessionPicker(LocalDate value) {
        DatePicker picker = new DatePicker("First attended session (leave empty until it has happened)", value);
        picker.setHelperText("The couple's first session with the service referred to. For couples therapy, "
                + "the assessment counts the weeks of therapy from this date.");
        return picker;
    }
}
