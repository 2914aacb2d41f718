package app.tandem.homework.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.HeldValue;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.guide.PartnerRole;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The couple's homework: overdue, open and done, with completion recorded per partner inline. */
public class HomeworkTab extends VerticalLayout {

    private final Couple couple;
    private final HomeworkService homework;
    private final GuideService guide;
    private final LocalDate today;
    private final Runnable onChange;
    final Div list = new Div();
    private Map<Long, Map<PartnerId, Completion>> reported = Map.of();
    final Button assign = new Button("Assign step", VaadinIcon.PLUS.create());
    final Button schedule = new Button("Schedule connection appointments", VaadinIcon.CALENDAR.create());

    public HomeworkTab(
            Couple couple, HomeworkService homework, GuideService guide, LocalDate today, Runnable onChange) {
        this.couple = couple;
        this.homework = homework;
        this.guide = guide;
        this.today = today;
        this.onChange = onChange;
        setPadding(false);
        assign.setId("assign-step");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> openAssignDialog());
        schedule.addClickListener(e -> openSeriesDialog());
        list.setWidthFull();
        add(new HorizontalLayout(assign, schedule), list);
        refresh();
    }

    void refresh() {
        reported = homework.reportedByPartners(couple.getId());
        list.removeAll();
        List<HomeworkAssignment> all = homework.list(couple.getId());
        if (all.isEmpty()) {
            Div empty = new Div(new Paragraph(Texts.shared().get("homework.empty")));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        List<HomeworkAssignment> overdue = new ArrayList<>();
        List<HomeworkAssignment> open = new ArrayList<>();
        List<HomeworkAssignment> done = new ArrayList<>();
        Map<String, List<HomeworkAssignment>> series = new LinkedHashMap<>();
        for (HomeworkAssignment h : all) {
            if (h.getSeriesId() != null) {
                series.computeIfAbsent(h.getSeriesId(), k -> new ArrayList<>()).add(h);
            } else if (h.isOverdue(today)) {
                overdue.add(h);
            } else if (h.isReviewed()) {
                done.add(h);
            } else {
                open.add(h);
            }
        }
        section("Overdue", overdue);
        section("Open", open);
        if (!series.isEmpty()) {
            list.add(new H3("Connection appointments"));
            series.values().forEach(s -> list.add(seriesRow(s)));
        }
        section("Done", done.reversed());
    }

    private void section(String title, List<HomeworkAssignment> items) {
        if (items.isEmpty()) {
            return;
        }
        list.add(new H3(title + " (" + items.size() + ")"));
        items.forEach(h -> list.add(row(h)));
    }

    private static String assigneeLabel(Assignee a) {
        return switch (a) {
            case BOTH -> "Both partners";
            case A -> "Partner A";
            case B -> "Partner B";
        };
    }

    Component row(HomeworkAssignment h) {
        Div card = new Div();
        card.addClassName("partner-card");
        card.getElement().setAttribute("data-homework", String.valueOf(h.getId()));
        HorizontalLayout head = new HorizontalLayout(
                new Span(h.getTitle()),
                Badges.badge(assigneeLabel(h.getAssignee()), "contrast"),
                new Span("due " + Dates.format(h.getDueOn())));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (h.isOverdue(today)) {
            head.add(Badges.badge("Overdue", "error"));
        }
        card.add(head);
        if (h.getInstructions() != null) {
            Paragraph instructions = new Paragraph(h.getInstructions());
            instructions.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
            card.add(instructions);
        }
        HorizontalLayout partners = new HorizontalLayout();
        CompletionSelect.Version version = new CompletionSelect.Version(h.getVersion());
        for (PartnerId p : PartnerId.values()) {
            if (h.isFor(p)) {
                partners.add(completionField(h, p, version));
            }
        }
        Button reflect = new Button("Reflections", e -> openReflectionDialog(h));
        reflect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        partners.add(reflect);
        partners.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(partners);
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return card;
    }

    private CompletionSelect completionField(HomeworkAssignment h, PartnerId p, CompletionSelect.Version version) {
        CompletionSelect select =
                new CompletionSelect(couple.partner(p).getFirstName() + " (" + p + ")", h.completion(p));
        Completion reportedByPartner =
                reported.getOrDefault(h.getId(), Map.of()).get(p);
        if (h.completion(p) == null && reportedByPartner != null) {
            select.setHelperText(Texts.shared()
                    .format(
                            "checkIn.homework.reportedBy",
                            Map.of(
                                    "partner",
                                    p.name(),
                                    "completion",
                                    CompletionSelect.label(reportedByPartner).toLowerCase())));
        }
        select.getElement().setAttribute("data-partner", p.name());
        return select.recording(
                homework,
                h,
                p,
                version,
                c -> {
                    FieldErrors.Notifications.saved(
                            "Recorded: " + CompletionSelect.label(c).toLowerCase() + " for partner " + p + ".");
                    onChange.run();
                },
                onChange);
    }

    private Component seriesRow(List<HomeworkAssignment> occurrences) {
        HomeworkAssignment first = occurrences.get(0);
        HomeworkAssignment last = occurrences.get(occurrences.size() - 1);
        long reviewed =
                occurrences.stream().filter(HomeworkAssignment::isReviewed).count();
        long overdue = occurrences.stream().filter(o -> o.isOverdue(today)).count();
        Div card = new Div();
        card.addClassName("partner-card");
        HorizontalLayout head = new HorizontalLayout(
                new Span(first.getTitle()),
                Badges.badge(first.getSeriesFrequency() == Frequency.DAILY ? "Daily" : "Weekly", "contrast"),
                new Span(Dates.format(first.getDueOn()) + " – " + Dates.format(last.getDueOn())),
                new Span(reviewed + " of " + occurrences.size() + " reviewed"));
        if (overdue > 0) {
            head.add(Badges.badge(overdue + " overdue", "error"));
        }
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button record =
                new Button("Record a period", e -> SeriesRecordDialog.open(homework, couple, first, today, onChange));
        record.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(head, record);
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return card;
    }

    void openAssignDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Assign a guide step");
        List<GuideStep> steps = guide.assignableSteps();
        ComboBox<GuideStep> step = new ComboBox<>("Step");
        step.setItems(steps);
        step.setItemLabelGenerator(GuideStep::getTitle);
        step.setWidthFull();
        step.setPlaceholder("Type to search the guide");
        step.setId("assign-step-choice");
        RadioButtonGroup<Assignee> assignee = new RadioButtonGroup<>("For");
        assignee.setItems(Assignee.values());
        assignee.setItemLabelGenerator(HomeworkTab::assigneeLabel);
        DatePicker assignedOn = new DatePicker("Assigned on");
        DatePicker dueOn = new DatePicker("Due on");
        TextArea instructions = new TextArea("Instructions (edit to tailor them)");
        instructions.setWidthFull();
        TextLimits.limit(instructions, HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH);
        step.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                instructions.setValue(
                        e.getValue().getInstructions() == null
                                ? ""
                                : e.getValue().getInstructions());
                dueOn.setValue(HomeworkService.defaultDue(
                        e.getValue(), assignedOn.getValue() == null ? today : assignedOn.getValue()));
                forWhom(e.getValue(), assignee);
            }
        });
        FormLayout form = new FormLayout(step, assignee, assignedOn, dueOn, instructions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(step, 2);
        form.setColspan(instructions, 2);
        dialog.add(form);
        dialog.setWidth("min(48rem, 95vw)");
        RecordBinder<HomeworkService.AssignRequest> binder = new RecordBinder<>(HomeworkService.AssignRequest.class)
                .bind(step, stepId(steps), "stepId")
                .bind(assignee, "assignee")
                .bind(assignedOn, "assignedOn")
                .bind(dueOn, "dueOn")
                .bind(instructions, "instructions");
        binder.read(new HomeworkService.AssignRequest(0, Assignee.BOTH, today, today.plusDays(7), ""));
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
        Button save = new Button("Assign", e -> {
            FieldErrors.clear(fields);
            if (!stepChosen(step)) {
                return;
            }
            try {
                homework.assign(couple.getId(), binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("\"" + step.getValue().getTitle() + "\" assigned.");
                onChange.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        save.setId("assign-save");
        Dialogs.open(dialog, save);
        step.focus();
    }

    /** A chosen step as the request's step id (0 while none is chosen: the dialog asks for one first). */
    private static Converter<GuideStep, Long> stepId(List<GuideStep> steps) {
        return Converter.from(
                s -> Result.ok(s == null ? 0L : s.getId()),
                id -> steps.stream()
                        .filter(s -> s.getId().equals(id))
                        .findFirst()
                        .orElse(null));
    }

    /**
     * A step written for one partner offers only A or B, preselecting the partner the intake
     * names for that part of the pattern; any other step may go to both.
     */
    private void forWhom(GuideStep step, RadioButtonGroup<Assignee> assignee) {
        PartnerRole role = step.getPartnerRole();
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

    private void openSeriesDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Schedule connection appointments");
        List<GuideStep> steps = guide.assignableSteps();
        ComboBox<GuideStep> step = new ComboBox<>("Step");
        step.setItems(steps);
        step.setItemLabelGenerator(GuideStep::getTitle);
        steps.stream()
                .filter(s -> s.getStepKey().equals("connection-appointments"))
                .findFirst()
                .ifPresent(step::setValue);
        Select<Frequency> frequency = new Select<>();
        frequency.setLabel("How often");
        frequency.setItems(Frequency.DAILY, Frequency.WEEKLY);
        frequency.setItemLabelGenerator(
                f -> f == Frequency.DAILY ? "Daily (e.g. 15 minutes)" : "Weekly (e.g. a date night)");
        RadioButtonGroup<Assignee> assignee = new RadioButtonGroup<>("For");
        assignee.setItems(Assignee.values());
        assignee.setItemLabelGenerator(HomeworkTab::assigneeLabel);
        DatePicker firstDue = new DatePicker("First appointment");
        DatePicker lastDue = new DatePicker("Last appointment");
        TextArea instructions = new TextArea("Instructions");
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
        dialog.add(form);
        dialog.setWidth("min(48rem, 95vw)");
        RecordBinder<HomeworkService.SeriesRequest> binder = new RecordBinder<>(HomeworkService.SeriesRequest.class)
                .bind(step, stepId(steps), "stepId")
                .bind(assignee, "assignee")
                .bind(firstDue, "firstDue")
                .bind(lastDue, "lastDue")
                .bind(frequency, "frequency")
                .bind(instructions, "instructions");
        GuideStep preset = step.getValue();
        binder.read(new HomeworkService.SeriesRequest(
                preset == null ? 0 : preset.getId(),
                Assignee.BOTH,
                today.plusDays(1),
                today.plusWeeks(4),
                Frequency.WEEKLY,
                instructions.getValue()));
        Map<String, HasValidation> fields =
                Map.of("step", step, "assignee", assignee, "lastDue", lastDue, "frequency", frequency);
        Button save = new Button("Schedule", e -> {
            FieldErrors.clear(fields);
            if (!stepChosen(step)) {
                return;
            }
            try {
                int n = homework.assignSeries(couple.getId(), binder.write()).size();
                dialog.close();
                FieldErrors.Notifications.saved(n + " appointments scheduled.");
                onChange.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        Dialogs.open(dialog, save);
    }

    private void openReflectionDialog(HomeworkAssignment h) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reflections: " + h.getTitle());
        VerticalLayout body = new VerticalLayout();
        Map<PartnerId, TextArea> areas = new LinkedHashMap<>();
        RecordBinder<Reflections> binder = new RecordBinder<>(Reflections.class);
        for (PartnerId p : PartnerId.values()) {
            if (h.isFor(p)) {
                TextArea area = new TextArea("Partner " + p + "'s reflection");
                area.setWidthFull();
                TextLimits.limit(area, HomeworkAssignment.REFLECTION_MAX_LENGTH);
                areas.put(p, area);
                body.add(area);
                binder.bind(area, p.name().toLowerCase());
            } else {
                binder.bind(new HeldValue<String>(), p.name().toLowerCase());
            }
        }
        binder.read(new Reflections(
                h.reflection(PartnerId.A) == null ? "" : h.reflection(PartnerId.A),
                h.reflection(PartnerId.B) == null ? "" : h.reflection(PartnerId.B)));
        body.add(new Paragraph("Completion must be recorded before a reflection is saved."));
        dialog.add(body);
        Button save = new Button("Save", e -> {
            try {
                Reflections written = binder.write();
                long version = h.getVersion();
                for (PartnerId p : areas.keySet()) {
                    Completion c = h.completion(p);
                    if (c != null) {
                        version = homework.record(
                                        h.getId(), version, p, c, p == PartnerId.A ? written.a() : written.b())
                                .getVersion();
                    }
                }
                dialog.close();
                FieldErrors.Notifications.saved("Reflections saved.");
                onChange.run();
            } catch (ValidationFailure | ConcurrentEditException ex) {
                FieldErrors.Notifications.error(ex.getMessage());
            }
        });
        Dialogs.open(dialog, save);
    }

    /** What the reflections dialog edits: each partner's reflection (a partner the homework is not for is held, not shown). */
    public record Reflections(String a, String b) {}

    /** A homework needs a step of the guide; says so beside the field when none is chosen. */
    private static boolean stepChosen(ComboBox<GuideStep> step) {
        if (step.getValue() == null) {
            step.setErrorMessage("Choose a step of the guide.");
            step.setInvalid(true);
            return false;
        }
        return true;
    }
}
