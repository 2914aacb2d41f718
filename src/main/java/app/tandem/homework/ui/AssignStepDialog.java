package app.tandem.homework.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideStep;
import app.tandem.guide.PartnerRole;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.HomeworkService.AssignRequest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Homework tab's "Assign step" dialog: one step of the guide for one or both partners, bound
 * to an {@link AssignRequest} (decision 0085). Choosing a step fills in its instructions, its
 * usual due date and, for a step written for one partner, that partner.
 */
final class AssignStepDialog extends Dialog {

    private final Couple couple;
    private final HomeworkService homework;
    private final Runnable onChange;
    private final GuideStepField step;
    private final RadioButtonGroup<Assignee> assignee = new RadioButtonGroup<>("For");
    private final DatePicker assignedOn = new DatePicker("Assigned on");
    private final DatePicker dueOn = new DatePicker("Due on");
    private final TextArea instructions = new TextArea("Instructions (edit to tailor them)");
    private final RecordBinder<AssignRequest> binder = new RecordBinder<>(AssignRequest.class);

    private AssignStepDialog(
            Couple couple, HomeworkService homework, List<GuideStep> steps, LocalDate today, Runnable onChange) {
        this.couple = couple;
        this.homework = homework;
        this.onChange = onChange;
        this.step = new GuideStepField(steps);
        setHeaderTitle("Assign a guide step");
        step.setWidthFull();
        step.setPlaceholder("Type to search the guide");
        step.setId("assign-step-choice");
        assignee.setItems(Assignee.values());
        assignee.setItemLabelGenerator(HomeworkTab::assigneeLabel);
        instructions.setWidthFull();
        TextLimits.limit(instructions, HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH);
        step.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fillFromStep(e.getValue(), today);
            }
        });
        FormLayout form = new FormLayout(step, assignee, assignedOn, dueOn, instructions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(step, 2);
        form.setColspan(instructions, 2);
        add(form);
        setWidth("min(48rem, 95vw)");
        binder.bind(step, step.asStepId(), "stepId")
                .bind(assignee, "assignee")
                .bind(assignedOn, "assignedOn")
                .bind(dueOn, "dueOn")
                .bind(instructions, "instructions");
        binder.read(new AssignRequest(0, Assignee.BOTH, today, today.plusDays(7), ""));
    }

    static void open(
            Couple couple, HomeworkService homework, List<GuideStep> steps, LocalDate today, Runnable onChange) {
        AssignStepDialog dialog = new AssignStepDialog(couple, homework, steps, today, onChange);
        Button save = new Button("Assign", e -> dialog.save());
        save.setId("assign-save");
        Dialogs.open(dialog, save);
        dialog.step.focus();
    }

    /** A chosen step brings its instructions, its usual due date and the partner it is written for. */
    private void fillFromStep(GuideStep chosen, LocalDate today) {
        instructions.setValue(chosen.getInstructions() == null ? "" : chosen.getInstructions());
        dueOn.setValue(
                HomeworkService.defaultDue(chosen, assignedOn.getValue() == null ? today : assignedOn.getValue()));
        forWhom(chosen);
    }

    /**
     * A step written for one partner offers only A or B, preselecting the partner the intake
     * names for that part of the pattern; any other step may go to both.
     */
    private void forWhom(GuideStep chosen) {
        PartnerRole role = chosen.getPartnerRole();
        if (role == null) {
            assignee.setItems(Assignee.values());
            assignee.setValue(Assignee.BOTH);
            assignee.setHelperText(null);
            return;
        }
        assignee.setItems(Assignee.A, Assignee.B);
        Pursuer pursuer = couple.getPursuer();
        Assignee pursuing = pursuer == Pursuer.A ? Assignee.A : pursuer == Pursuer.B ? Assignee.B : null;
        Assignee distancing = pursuing == null ? null : pursuing == Assignee.A ? Assignee.B : Assignee.A;
        assignee.setValue(role == PartnerRole.PURSUER ? pursuing : distancing);
        assignee.setHelperText(Texts.shared().get("homework.forRole." + role));
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "step",
                step,
                "assignee",
                assignee,
                "assignedOn",
                assignedOn,
                "dueOn",
                dueOn,
                "instructions",
                instructions);
        FieldErrors.clear(fields);
        if (!step.checkChosen()) {
            return;
        }
        try {
            homework.assign(couple.getId(), binder.write());
            close();
            FieldErrors.Notifications.saved("\"" + step.getValue().getTitle() + "\" assigned.");
            onChange.run();
        } catch (ValidationFailure failure) {
            FieldErrors.show(failure, fields);
        }
    }
}
