package app.tandem.homework.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.HomeworkService.PeriodRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;

/**
 * Records one partner's completion for every occurrence of a series due in a period (the last
 * week by default), bound to a {@link PeriodRecord} (decision 0085).
 */
final class SeriesRecordDialog {

    private SeriesRecordDialog() {}

    static void open(
            HomeworkService homework, Couple couple, HomeworkAssignment first, LocalDate today, Runnable onChange) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record connection appointments");
        RadioButtonGroup<PartnerId> partner = new RadioButtonGroup<>("Partner");
        partner.setItems(PartnerId.values());
        partner.setItemLabelGenerator(p -> p == PartnerId.A
                ? couple.getPartnerA().getFirstName() + " (A)"
                : couple.getPartnerB().getFirstName() + " (B)");
        CompletionSelect completion = new CompletionSelect("Completion", Completion.DONE);
        DatePicker from = new DatePicker("From");
        DatePicker to = new DatePicker("To");
        FormLayout form = new FormLayout(partner, completion, from, to);
        dialog.add(form);
        RecordBinder<PeriodRecord> binder = new RecordBinder<>(PeriodRecord.class)
                .bind(partner, "partner")
                .bind(completion, "completion")
                .bind(from, "from")
                .bind(to, "to");
        binder.read(new PeriodRecord(PartnerId.A, Completion.DONE, today.minusDays(6), today));
        Button save = new Button("Record", e -> {
            try {
                int n = homework.recordSeries(couple.getId(), first.getSeriesId(), binder.write());
                dialog.close();
                FieldErrors.Notifications.saved(n + " appointments recorded.");
                onChange.run();
            } catch (ValidationFailure failure) {
                FieldErrors.Notifications.error(failure.getMessage());
            }
        });
        Dialogs.open(dialog, save);
    }
}
