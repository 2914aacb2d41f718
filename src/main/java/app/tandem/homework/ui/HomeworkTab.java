package app.tandem.homework.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.HeldValue;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
        assign.addClickListener(e -> AssignStepDialog.open(couple, homework, guide.assignableSteps(), today, onChange));
        schedule.addClickListener(e -> SeriesDialog.open(couple, homework, guide.assignableSteps(), today, onChange));
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

    static String assigneeLabel(Assignee a) {
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
        ConflictNotice conflict = new ConflictNotice();
        dialog.add(conflict, body);
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
            } catch (ValidationFailure failure) {
                FieldErrors.Notifications.error(failure.getMessage());
            } catch (ConcurrentEditException stale) {
                conflict.show(stale, () -> {
                    dialog.close();
                    onChange.run();
                });
            }
        });
        Dialogs.open(dialog, save);
    }

    /** What the reflections dialog edits: each partner's reflection (a partner the homework is not for is held, not shown). */
    public record Reflections(String a, String b) {}
}
