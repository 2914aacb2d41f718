package app.tandem.checkin.ui;

import app.tandem.assessment.Measure;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.checkin.CheckInRecord;
import app.tandem.checkin.CheckInService;
import app.tandem.checkin.CheckInService.DueStep;
import app.tandem.checkin.CheckInService.Page;
import app.tandem.checkin.FeelsSafe;
import app.tandem.pdf.CrisisResources;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The page a partner opens from their personal link: outside the counselor's shell, no sign-in,
 * one column for a phone. It shows only what the link's holder already knows (their own first
 * name, the practice, their own steps) and never anything of the other partner. Every kind of
 * unusable link gets the same neutral page. The title names nothing; a quick exit replaces the
 * page in the browser's history (decision 0101).
 */
@Route(value = "c/:token", autoLayout = false)
@AnonymousAllowed
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final CheckInService service;
    private final Texts texts = Texts.shared();
    private String token;

    final RadioButtonGroup<FeelsSafe> safe = new RadioButtonGroup<>();
    final Map<String, RadioButtonGroup<Integer>> metrics = new LinkedHashMap<>();
    final List<RadioButtonGroup<Integer>> csi = new ArrayList<>();
    final Map<Long, RadioButtonGroup<Completion>> steps = new LinkedHashMap<>();
    final Map<Long, TextArea> reflections = new LinkedHashMap<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    Div resources;
    Paragraph status;

    CheckInView(CheckInService service) {
        this.service = service;
        addClassName("check-in-page");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(quickExit());
        service.open(token, address()).ifPresentOrElse(this::build, this::invalid);
    }

    @Override
    public String getPageTitle() {
        return texts.get("checkIn.pageTitle");
    }

    private Button quickExit() {
        Button exit = new Button(texts.get("checkIn.quickExit"));
        exit.setId("quick-exit");
        exit.addClassName("quick-exit");
        exit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        exit.getElement().setAttribute("title", texts.get("checkIn.quickExitHelp"));
        // In the browser alone, without waiting for the server: replace() leaves no history entry.
        exit.getElement()
                .executeJs(
                        "const url = $0; this.addEventListener('click', () => window.location.replace(url));",
                        texts.get("checkIn.quickExitUrl"));
        return exit;
    }

    private void invalid() {
        token = null;
        H1 title = new H1(texts.get("checkIn.invalid.title"));
        title.setId("check-in-invalid");
        add(title, new Paragraph(texts.get("checkIn.invalid.body")));
    }

    private void build(Page page) {
        Span practice = new Span(page.practiceName());
        practice.addClassName("check-in-practice");
        H1 title = new H1(page.date().format(DATE));
        add(
                practice,
                title,
                new Paragraph(texts.format(
                        "checkIn.greeting", Map.of("name", page.firstName(), "practice", page.practiceName()))),
                new Paragraph(texts.get("checkIn.privateNote")));
        if (page.today().map(CheckInRecord::reviewed).orElse(false)) {
            Paragraph done = new Paragraph(texts.get("checkIn.alreadyReviewed"));
            done.setId("check-in-reviewed");
            add(done);
            return;
        }
        add(safety(page.crisis()));
        add(metricsSection(page.anchorsVersion()));
        add(csiSection());
        add(homeworkSection(page.steps()));
        note.setId("check-in-note");
        note.setLabel(texts.get("checkIn.note.label"));
        note.setMaxLength(CheckInAnswers.NOTE_MAX_LENGTH);
        note.setWidthFull();
        add(note);
        save.setText(texts.get("checkIn.save"));
        save.setId("check-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        status = new Paragraph();
        status.setId("check-in-status");
        status.getElement().setAttribute("role", "status");
        add(save, status);
        page.today().ifPresent(this::fill);
        if (service.calendarOffered(page)) {
            add(calendarSection());
        }
    }

    private Div safety(CrisisResources crisis) {
        Div section = new Div();
        section.addClassName("check-in-section");
        safe.setId("check-in-safe");
        safe.setLabel(texts.get("checkIn.safety.question"));
        safe.setHelperText(texts.get("checkIn.safety.help"));
        safe.setItems(FeelsSafe.values());
        safe.setItemLabelGenerator(f -> texts.get("checkIn.safety." + f.name()));
        safe.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        safe.setRequiredIndicatorVisible(true);
        resources = new Div();
        resources.setId("check-in-resources");
        resources.addClassName("check-in-resources");
        resources.add(
                new H3(texts.get("checkIn.safety.resourcesTitle")),
                new Paragraph(texts.get("checkIn.safety.resourcesIntro")));
        UnorderedList lines = new UnorderedList();
        crisis.emergency()
                .forEach(n -> lines.add(new ListItem(texts.format("checkIn.safety.emergency", Map.of("number", n)))));
        crisis.lines().forEach(l -> lines.add(new ListItem(l)));
        resources.add(lines, new Paragraph(texts.get("checkIn.safety.counselorWillContact")));
        resources.setVisible(false);
        safe.addValueChangeListener(
                e -> resources.setVisible(e.getValue() != null && e.getValue().raisesConcern()));
        section.add(new H2(texts.get("checkIn.safety.title")), safe, resources);
        return section;
    }

    private Div metricsSection(int version) {
        ScoreAnchors anchors = ScoreAnchors.shared();
        Div section = new Div();
        section.addClassName("check-in-section");
        section.add(new H2(texts.get("checkIn.metrics.title")), new Paragraph(texts.get("checkIn.metrics.intro")));
        for (String metric : ScoreAnchors.METRICS) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setId("check-in-" + metric);
            group.setLabel(texts.get("checkIn.metrics." + metric));
            group.setItems(IntStream.rangeClosed(Measure.EMOTIONAL_SAFETY.min(), Measure.EMOTIONAL_SAFETY.max())
                    .boxed()
                    .toList());
            group.setItemLabelGenerator(level -> level % 2 == 0
                    ? level + ": " + anchors.anchor(version, metric, String.valueOf(level))
                    : texts.format("checkIn.metrics.between", Map.of("level", level)));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            metrics.put(metric, group);
            section.add(group);
        }
        return section;
    }

    private Div csiSection() {
        Div section = new Div();
        section.addClassName("check-in-section");
        section.add(new H2(texts.get("checkIn.csi4.title")), new Paragraph(texts.get("checkIn.csi4.intro")));
        String[] options = {"q1options", "agreeOptions", "amountOptions", "amountOptions"};
        for (int i = 0; i < 4; i++) {
            List<String> labels =
                    List.of(texts.get("checkIn.csi4." + options[i]).split("\\|"));
            RadioButtonGroup<Integer> item = new RadioButtonGroup<>();
            item.setId("check-in-csi" + (i + 1));
            item.setLabel(texts.get("checkIn.csi4.q" + (i + 1)));
            item.setItems(IntStream.range(0, labels.size()).boxed().toList());
            item.setItemLabelGenerator(labels::get);
            item.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            csi.add(item);
            section.add(item);
        }
        return section;
    }

    private Div homeworkSection(List<DueStep> due) {
        Div section = new Div();
        section.addClassName("check-in-section");
        section.add(new H2(texts.get("checkIn.homework.title")));
        if (due.isEmpty()) {
            section.add(new Paragraph(texts.get("checkIn.homework.none")));
        }
        for (DueStep step : due) {
            RadioButtonGroup<Completion> done = new RadioButtonGroup<>();
            done.setId("check-in-step-" + step.assignmentId());
            done.setLabel(step.title() + " · "
                    + texts.format(
                            "checkIn.homework.due", Map.of("date", step.dueOn().format(DATE))));
            done.setItems(Completion.DONE, Completion.PARTIAL, Completion.NOT_DONE);
            done.setItemLabelGenerator(c -> texts.get("checkIn.homework." + c.name()));
            TextArea reflection = new TextArea(texts.get("checkIn.homework.reflection"));
            reflection.setMaxLength(CheckInAnswers.REFLECTION_MAX_LENGTH);
            reflection.setWidthFull();
            steps.put(step.assignmentId(), done);
            reflections.put(step.assignmentId(), reflection);
            section.add(done, reflection);
        }
        return section;
    }

    private Div calendarSection() {
        Div section = new Div();
        section.addClassName("check-in-section");
        String link = token;
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    var file = service.calendar(link, event.getRequest().getRemoteAddr());
                    event.getResponse().setHeader("Cache-Control", "no-store");
                    if (file.isEmpty()) {
                        event.getResponse().setStatus(404);
                        return;
                    }
                    byte[] bytes = file.get().getBytes(StandardCharsets.UTF_8);
                    event.setFileName("plans.ics");
                    event.setContentType("text/calendar; charset=UTF-8");
                    event.setContentLength(bytes.length);
                    try (var out = event.getOutputStream()) {
                        out.write(bytes);
                    }
                },
                texts.get("checkIn.calendar.download"));
        download.setId("check-in-calendar");
        section.add(
                new H2(texts.get("checkIn.calendar.title")),
                new Paragraph(texts.get("checkIn.calendar.help")),
                download);
        return section;
    }

    private void fill(CheckInRecord existing) {
        safe.setValue(existing.feelsSafe());
        metrics.get("emotionalSafety").setValue(existing.emotionalSafety());
        metrics.get("reciprocalEffort").setValue(existing.reciprocalEffort());
        metrics.get("clearCommunication").setValue(existing.clearCommunication());
        note.setValue(existing.note() == null ? "" : existing.note());
        for (CheckInRecord.HomeworkReport h : existing.homework()) {
            if (steps.containsKey(h.assignmentId())) {
                steps.get(h.assignmentId()).setValue(Completion.valueOf(h.completion()));
                reflections.get(h.assignmentId()).setValue(h.reflection() == null ? "" : h.reflection());
            }
        }
        status.setText(texts.get("checkIn.savedCorrectable"));
    }

    void save() {
        if (token == null) {
            return;
        }
        if (safe.getValue() == null) {
            safe.setInvalid(true);
            safe.setErrorMessage(texts.get("checkIn.safety.required"));
            safe.getElement().callJsFunction("focus");
            return;
        }
        Integer csiTotal = csi.stream().allMatch(g -> g.getValue() != null)
                ? csi.stream().mapToInt(RadioButtonGroup::getValue).sum()
                : null;
        Map<Long, Completion> homework = new LinkedHashMap<>();
        Map<Long, String> words = new LinkedHashMap<>();
        steps.forEach((id, group) -> {
            if (group.getValue() != null) {
                homework.put(id, group.getValue());
                words.put(id, reflections.get(id).getValue());
            }
        });
        CheckInAnswers answers = new CheckInAnswers(
                safe.getValue(),
                metrics.get("emotionalSafety").getValue(),
                metrics.get("reciprocalEffort").getValue(),
                metrics.get("clearCommunication").getValue(),
                csiTotal,
                homework,
                words,
                note.getValue());
        switch (service.save(token, address(), answers)) {
            case SAVED -> status.setText(texts.get("checkIn.saved") + " " + texts.get("checkIn.savedCorrectable"));
            case ALREADY_REVIEWED -> status.setText(texts.get("checkIn.alreadyReviewed"));
            case NOT_VALID -> {
                removeAll();
                add(quickExit());
                invalid();
            }
        }
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }
}
