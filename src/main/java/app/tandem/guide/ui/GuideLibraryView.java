package app.tandem.guide.ui;

import app.tandem.base.CurrentUser;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideService.LibrarySection;
import app.tandem.guide.GuideService.NewStep;
import app.tandem.guide.GuideStep;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Every section and step of the guide, with the practice's own steps; supervisors add and retire steps. */
@Route("guide")
@PageTitle("Guide library · Tandem")
@Menu(order = 3, title = "Guide library", icon = "vaadin:book")
@PermitAll
class GuideLibraryView extends VerticalLayout {

    private final GuideService guide;
    private final boolean supervisor;
    private final Div content = new Div();

    GuideLibraryView(GuideService guide, CurrentUser currentUser) {
        this.guide = guide;
        this.supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        H1 title = new H1("Guide library");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        if (supervisor) {
            Button add = new Button("Add practice step", e -> openAddDialog());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        guide.currentVersion()
                .ifPresent(v -> add(new Paragraph(v.getTitle() + " — guide version " + v.getVersionNo()
                        + ". Steps marked \"assignable\" can be given to a couple as homework.")));
        addComponentAsFirst(header);
        content.setWidthFull();
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        for (LibrarySection section : guide.library()) {
            Div block = new Div();
            block.addClassName("guide-section");
            block.add(new H2(section.title()));
            if (section.summary() != null) {
                block.add(new Paragraph(section.summary()));
            }
            if (section.steps().isEmpty()) {
                block.add(new Paragraph(
                        supervisor
                                ? "No practice steps yet. Use \"Add practice step\" to add one."
                                : "No practice steps yet. A supervisor can add them."));
            }
            for (GuideStep step : section.steps()) {
                block.add(stepDetails(step));
            }
            content.add(block);
        }
    }

    private Details stepDetails(GuideStep step) {
        HorizontalLayout summary = new HorizontalLayout(new Span(step.getTitle()));
        summary.setSpacing(true);
        if (step.isAssignable() && !step.isRetired()) {
            summary.add(badge("assignable", "success"));
        }
        if (step.isPracticeStep()) {
            summary.add(badge("practice step", "contrast"));
        }
        if (step.isRetired()) {
            summary.add(badge("retired", "error"));
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (step.getPurpose() != null) {
            body.add(labelled("Purpose", step.getPurpose()));
        }
        if (step.getInstructions() != null) {
            body.add(labelled("Instructions", step.getInstructions()));
        }
        if (!step.getExamples().isEmpty()) {
            UnorderedList examples = new UnorderedList();
            step.getExamples().forEach(e -> examples.add(new ListItem(e)));
            body.add(new Span("Example phrasings"), examples);
        }
        if (step.getDefaultDurationDays() != null) {
            body.add(labelled(
                    "Default duration",
                    step.getDefaultDurationDays() == 1 ? "1 day" : step.getDefaultDurationDays() + " days"));
        }
        if (supervisor && !step.isRetired() && step.isAssignable()) {
            Button retire = new Button("Retire step", e -> {
                guide.retire(step.getId());
                FieldErrors.Notifications.saved("\"" + step.getTitle()
                        + "\" is retired: it stays on earlier assignments but can no longer be assigned.");
                refresh();
            });
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            body.add(retire);
        }
        Details details = new Details(summary, body);
        details.setWidthFull();
        return details;
    }

    private static Paragraph labelled(String label, String text) {
        Paragraph p = new Paragraph();
        Span l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        p.add(l, new Span(text));
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a practice step");
        TextField title = new TextField("Title");
        title.setRequired(true);
        TextLimits.limit(title, GuideStep.TITLE_MAX_LENGTH);
        TextArea purpose = new TextArea("Purpose");
        TextArea instructions = new TextArea("Instructions");
        instructions.setRequired(true);
        IntegerField days = new IntegerField("Default duration (days)");
        days.setMin(1);
        days.setMax(365);
        FormLayout form = new FormLayout(title, purpose, instructions, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Map<String, HasValidation> fields =
                Map.of("title", title, "instructions", instructions, "defaultDurationDays", days);
        RecordBinder<NewStep> binder = new RecordBinder<>(NewStep.class)
                .bind(title, "title")
                .bind(purpose, "purpose")
                .bind(instructions, "instructions")
                .bind(days, "defaultDurationDays");
        binder.read(new NewStep("", "", "", 7));
        Button save = new Button("Add step", e -> {
            FieldErrors.clear(fields);
            try {
                guide.addPracticeStep(binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("Practice step added.");
                refresh();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        Dialogs.open(dialog, save);
        title.focus();
    }
}
