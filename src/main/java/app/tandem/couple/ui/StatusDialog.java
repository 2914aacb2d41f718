package app.tandem.couple.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.CoupleService.StatusChange;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * The Overview's "Change status" dialog, bound to a {@link StatusChange} (decision 0085): closing
 * also asks for a closing summary, referring asks to whom and when. A change that loses the race
 * with someone else's save shows the {@link ConflictNotice}.
 */
final class StatusDialog extends Dialog {

    private final Couple couple;
    private final CoupleService couples;
    private final Runnable reloadPage;
    private final Select<CoupleStatus> status = new Select<>();
    private final TextField reason = new TextField("Reason");
    private final TextArea summary = new TextArea("Closing summary");
    private final Select<ReferralType> type = new Select<>();
    private final DatePicker on = new DatePicker("Referral date");
    private final TextField to = new TextField("To whom");
    private final ConflictNotice conflict = new ConflictNotice();
    private final RecordBinder<StatusChange> binder = new RecordBinder<>(StatusChange.class);
    private final Map<String, HasValidation> fields = Map.of(
            "status",
            status,
            "reason",
            reason,
            "closingSummary",
            summary,
            "referralType",
            type,
            "referredOn",
            on,
            "referredTo",
            to);

    private StatusDialog(Couple couple, CoupleService couples, LocalDate today, Runnable reloadPage) {
        this.couple = couple;
        this.couples = couples;
        this.reloadPage = reloadPage;
        setHeaderTitle("Change status");
        status.setLabel("New status");
        status.setItems(Arrays.stream(CoupleStatus.values())
                .filter(s -> s != couple.getStatus())
                .toList());
        status.setItemLabelGenerator(Labels::of);
        reason.setWidthFull();
        summary.setWidthFull();
        summary.setVisible(false);
        type.setLabel("Referred to (type)");
        type.setItems(ReferralType.values());
        type.setItemLabelGenerator(Labels::of);
        type.setVisible(false);
        on.setVisible(false);
        to.setVisible(false);
        status.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        FormLayout form = new FormLayout(status, reason, summary, type, on, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(conflict, form);
        binder.bind(status, "status")
                .bind(reason, "reason")
                .bind(summary, "closingSummary")
                .bind(type, "referralType")
                .bind(on, "referredOn")
                .bind(to, "referredTo");
        binder.read(new StatusChange(null, "", "", null, today, ""));
    }

    static void open(Couple couple, CoupleService couples, LocalDate today, Runnable reloadPage) {
        StatusDialog dialog = new StatusDialog(couple, couples, today, reloadPage);
        Dialogs.open(dialog, new Button("Change status", e -> dialog.save()));
    }

    /** A closing summary only for closing; the referral's type, date and recipient only for referring. */
    private void showFieldsFor(CoupleStatus chosen) {
        summary.setVisible(chosen == CoupleStatus.CLOSED);
        boolean referred = chosen == CoupleStatus.REFERRED;
        type.setVisible(referred);
        on.setVisible(referred);
        to.setVisible(referred);
    }

    private void save() {
        FieldErrors.clear(fields);
        StatusChange change = binder.write();
        if (change.status() == null) {
            FieldErrors.show(new Problem("status", "Choose the new status."), fields);
            return;
        }
        try {
            couples.changeStatus(couple.getId(), couple.getVersion(), change);
            close();
            FieldErrors.Notifications.saved(
                    "Status changed to " + Labels.of(change.status()).toLowerCase() + ".");
            reloadPage.run();
        } catch (ValidationFailure failure) {
            FieldErrors.show(failure, fields);
        } catch (ConcurrentEditException stale) {
            conflict.show(stale, () -> {
                close();
                reloadPage.run();
            });
        }
    }
}
