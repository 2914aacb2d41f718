package app.tandem.homework.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.HomeworkService.SeriesRequest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Homework tab's "Schedule connection appointments" dialog: one step repeated daily or weekly
 * between two dates, bound to a {@link SeriesRequest} (decision 0085). The guide's
 * connection-appointments step is chosen to begin with.
 */
final class SeriesDialog extends Dialog {

    private final Couple couple;
    private final HomeworkService homework;
    private final Runnable onChange;
    private final GuideStepField step;
    private final Select<Frequency> frequency = new Select<>();
    private final RadioButtonGroup<Assignee> assignee = new RadioButtonGroup<>("For");
    private final DatePicker firstDue = new DatePicker("First appointment");
    private final DatePicker lastDue = new DatePicker("Last appointment");
    private final TextArea instructions = new TextArea("Instructions");
    private final RecordBinder<SeriesRequest> binder = new RecordBinder<>(SeriesRequest.class);

    private SeriesDialog(
            Couple couple, HomeworkService homework, List<GuideStep> steps, LocalDate today, Runnable onChange) {
        this.couple = couple;
        this.homework = homework;
        this.onChange = onChange;
        this.step = new GuideStepField(steps);
        setHeaderTitle("Schedule connection appointments");
        steps.stream()
                .filter(s -> s.getStepKey().equals("connection-appointments"))
                .findFirst()
                .ifPresent(step::setValue);
        frequency.setLabel("How often");
        frequency.setItems(Frequency.DAILY, Frequency.WEEKLY);
        frequency.setItemLabelGenerator(
                f -> f == Frequency.DAILY ? "Daily (e.g. 15 minutes)" : "Weekly (e.g. a date night)");
        assignee.setItems(Assignee.values());
        assignee.setItemLabelGenerator(HomeworkTab::assigneeLabel);
        instructions.setWidthFull();
        step.addValueChangeListener(e -> instructions.setValue(
                e.getValue() == null || e.getValue().getInstructions() == null
                        ? ""
                        : e.getValue().getInstructions()));
        if (step.getValue() != null && step.getValue().getInstructions() != null) {
            instructions.setValue(step.getValue().getInstructions());
        }
        FormLayout form = new FormLayout(step, frequency, assignee, firstDue, lastDue, instructions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(instructions, 2);
        add(form);
        setWidth("min(48rem, 95vw)");
        bind(today);
    }

    static void open(
            Couple couple, HomeworkService homework, List<GuideStep> steps, LocalDate today, Runnable onChange) {
        SeriesDialog dialog = new SeriesDialog(couple, homework, steps, today, onChange);
        Dialogs.open(dialog, new Button("Schedule", e -> dialog.save()));
    }

    /** Starts from the preset step, both partners, weekly from tomorrow for four weeks. */
    private void bind(LocalDate today) {
        binder.bind(step, step.asStepId(), "stepId")
                .bind(assignee, "assignee")
                .bind(firstDue, "firstDue")
                .bind(lastDue, "lastDue")
                .bind(frequency, "frequency")
                .bind(instructions, "instructions");
        GuideStep preset = step.getValue();
        binder.read(new SeriesRequest(
                preset == null ? 0 : preset.getId(),
                Assignee.BOTH,
                today.plusDays(1),
                today.plusWeeks(4),
                Frequency.WEEKLY,
                instructions.getValue()));
    }

    private void save() {
        Map<String, HasValidation> fields =
                Map.of("step", step, "assignee", assignee, "lastDue", lastDue, "frequency", frequency);
        FieldErrors.clear(fields);
        if (!step.checkChosen()) {
            return;
        }
        try {
            int n = homework.assignSeries(couple.getId(), binder.write()).size();
            close();
            FieldErrors.Notifications.saved(n + " appointments scheduled.");
            onChange.run();
        } catch (ValidationFailure failure) {
            FieldErrors.show(failure, fields);
        }
    }
}
