package app.tandem.session.ui;

import app.tandem.base.ui.TextLimits;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.ui.RecordNotFound;
import app.tandem.base.ui.WholeNumbers;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.FieldErrors;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.base.AppRoles;
import app.tandem.session.Amendment;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.session.SessionValidator;
import app.tandem.session.SignedSessionException;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session form, filled top to bottom from the keyboard: when and who → scores (partners
 * side by side, anchors under each field) → homework due since the last session → the note →
 * pitfalls → flags (safety guidance shown at once) → private notes → save or sign. Drafts save
 * themselves a few seconds after typing pauses; leaving with unsaved changes asks first.
 */
@Route("couples/:reference/sessions/:session")
@PageTitle("Session · Tandem")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
public class SessionFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    /** How long typing must pause before a draft saves itself. */
    static final int AUTOSAVE_PAUSE_MS = 3000;
    /** Minutes of no input before the idle warning shows (sessions end after 30). */
    static final int IDLE_WARNING_MINUTES = 25;

    private final CoupleService couples;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final PracticeSettingsService practice;
    private final Texts texts = Texts.shared();
    private final ScoreAnchors anchors = ScoreAnchors.shared();

    private Couple couple;
    private Long sessionId;
    private long version;
    private boolean dirty;

    final DatePicker date = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Start time");
    final IntegerField duration = new IntegerField("Duration (minutes)");
    final Select<SessionFormat> format = new Select<>();
    final Select<Attendance> attendance = new Select<>();
    final Map<String, IntegerField> scores = new HashMap<>();
    final TextArea observations = new TextArea("Observations");
    final TextArea interventions = new TextArea("Interventions");
    final TextArea homeworkReview = new TextArea("Homework review");
    final TextArea plan = new TextArea("Plan");
    final CheckboxGroup<Pitfall> pitfalls = new CheckboxGroup<>("Common mistakes observed (guide)");
    final CheckboxGroup<Flag> safetyFlags = new CheckboxGroup<>();
    final CheckboxGroup<Flag> relationalFlags = new CheckboxGroup<>();
    final Div safetyGuidance = new Div();
    final TextArea privateA = new TextArea();
    final TextArea privateB = new TextArea();
    final Button saveDraft = new Button("Save draft");
    final Button sign = new Button("Sign…");
    final Span saveState = new Span();
    final Div idleWarning = new Div();
    final Div conflict = new Div();
    RemoteSessionChecks remoteChecks;
    private final Map<String, HasValidation> fields = new HashMap<>();
    /**
     * Listeners on the form's reused fields and buttons, removed at every rebuild: the router
     * reuses this view when going from one session to another, and must not save or ask twice.
     */
    private final List<Registration> listeners = new ArrayList<>();

    SessionFormView(CoupleService couples, SessionService sessions, HomeworkService homework, PracticeSettingsService practice) {
        this.couples = couples;
        this.sessions = sessions;
        this.homework = homework;
        this.practice = practice;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        String session = event.getRouteParameters().get("session").orElse("");
        couple = null;
        try {
            couple = couples.require(reference);
            if ("new".equals(session)) {
                build(null, SessionContent.startingOn(practice.today()));
            } else {
                CounselingSession s = sessions.open(Long.parseLong(session));
                if (!s.getCouple().getId().equals(couple.getId())) {
                    throw new NotFoundException("The session");
                }
                build(s, sessions.content(s));
            }
        } catch (NotFoundException | NumberFormatException e) {
            RecordNotFound notFound = reference.equals(couple == null ? null : couple.getReference())
                    ? RecordNotFound.session() : RecordNotFound.couple(reference);
            event.rerouteToError(notFound, notFound.sentence());
        }
    }

    private void build(CounselingSession existing, SessionContent content) {
        removeAll();
        listeners.forEach(Registration::remove);
        listeners.clear();
        sessionId = existing == null ? null : existing.getId();
        version = existing == null ? 0 : existing.getVersion();
        boolean signed = existing != null && existing.isSigned();
        H1 title = new H1((existing == null ? "New session" : "Session of " + Dates.format(existing.getDate())) + " · " + couple.getReference());
        HorizontalLayout header = new HorizontalLayout(title, signed ? Badges.badge("Signed", "success") : Badges.badge("Draft", "contrast"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        // A real link (opens in a new tab, shows its address); unsaved changes are still asked about in beforeLeave.
        RouterLink back = new RouterLink("Back to " + couple.getReference(), CoupleDetailView.class,
                new RouteParameters("reference", couple.getReference()));
        back.setId("back-to-couple");
        add(back, header, new Paragraph(couple.getPartnerA().fullName() + " (A) and " + couple.getPartnerB().fullName() + " (B)"));
        add(SessionMarks.provenance(existing, practice.get().zone()));

        date.setRequiredIndicatorVisible(true);
        date.setId("session-date");
        WholeNumbers.describe(duration, 5, 600);
        duration.setStepButtonsVisible(true);
        format.setLabel("Format");
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(SessionLabels::of);
        attendance.setLabel("Attendance");
        attendance.setItems(Attendance.values());
        attendance.setItemLabelGenerator(SessionLabels::of);
        FormLayout when = new FormLayout(date, startTime, duration, format, attendance);
        // Three to a row on a tablet (issue 17: the form works at 768 px), all five from 60em.
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3),
                new FormLayout.ResponsiveStep("60em", 5));
        remoteChecks = new RemoteSessionChecks(texts, couple.getPartnerA().getFirstName(), couple.getPartnerB().getFirstName());
        add(when, remoteChecks);
        listeners.add(format.addValueChangeListener(e -> remoteChecks.update(format.getValue(), attendance.getValue())));
        listeners.add(attendance.addValueChangeListener(e -> remoteChecks.update(format.getValue(), attendance.getValue())));

        add(new H2("Scores"));
        int anchorsVersion = existing == null ? anchors.current() : existing.getAnchorsVersion();
        Paragraph scoringNote = new Paragraph(anchors.scoringNote(anchorsVersion) + " "
                + texts.format("scoreAnchors.sessionForm", Map.of("version", anchors.name(anchorsVersion))));
        scoringNote.setId("scoring-note");
        scoringNote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(scoringNote);
        Div columns = new Div(scoreColumn(PartnerId.A, couple.getPartnerA().getFirstName(), anchorsVersion),
                scoreColumn(PartnerId.B, couple.getPartnerB().getFirstName(), anchorsVersion));
        columns.addClassName("partner-columns");
        add(columns);
        listeners.add(attendance.addValueChangeListener(e -> updateScoreAvailability()));

        add(homeworkSection(content.date()));

        add(new H2("Note"));
        for (TextArea area : List.of(observations, interventions, homeworkReview, plan)) {
            area.setWidthFull();
            area.setMinHeight("6em");
            TextLimits.limit(area, SessionContent.NOTE_MAX_LENGTH);
            add(area);
        }
        pitfalls.setItems(Pitfall.values());
        pitfalls.setItemLabelGenerator(SessionLabels::of);
        add(pitfalls);

        add(new H2("Flags"));
        safetyFlags.setLabel(texts.get("groups.safety"));
        safetyFlags.setItems(EnumSet.of(Flag.IPV_INDICATOR, Flag.FEAR_OF_PARTNER, Flag.COERCIVE_CONTROL,
                Flag.LETHALITY_INDICATOR, Flag.SELF_HARM_RISK));
        safetyFlags.setItemLabelGenerator(SessionLabels::of);
        safetyFlags.addClassName("safety-flags");
        relationalFlags.setLabel(texts.get("groups.relational"));
        relationalFlags.setItems(EnumSet.of(Flag.HOSTILITY, Flag.CONTEMPT, Flag.SECRECY));
        relationalFlags.setItemLabelGenerator(SessionLabels::of);
        safetyGuidance.addClassName("guidance-box");
        safetyGuidance.removeAll();
        safetyGuidance.add(new H3(texts.get("guidance.title")), new Paragraph(texts.get("guidance.body")));
        safetyGuidance.getElement().setAttribute("role", "alert");
        listeners.add(safetyFlags.addValueChangeListener(e -> safetyGuidance.setVisible(!e.getValue().isEmpty())));
        Div safetyBox = new Div(safetyFlags);
        safetyBox.addClassName("partner-card");
        safetyBox.getStyle().set("border-color", "var(--lumo-error-color)");
        Div flagsAndDisclosure = new Div(safetyBox, new DisclosureGuidance(texts));
        flagsAndDisclosure.addClassName("partner-columns");
        add(flagsAndDisclosure, safetyGuidance, relationalFlags);

        add(new H2("Private notes (never shared)"));
        Paragraph privacy = new Paragraph(texts.get("privateNotes.help"));
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(privacy);
        privateA.setLabel("What " + couple.getPartnerA().getFirstName() + " (A) said alone — never shown to B");
        privateB.setLabel("What " + couple.getPartnerB().getFirstName() + " (B) said alone — never shown to A");
        for (TextArea area : List.of(privateA, privateB)) {
            area.setWidthFull();
            TextLimits.limit(area, SessionContent.NOTE_MAX_LENGTH);
            area.addClassName("private-note");
        }
        add(privateA, privateB);

        read(content);
        registerFields();

        conflict.addClassName("guidance-box");
        conflict.removeAll();
        conflict.setVisible(false);
        idleWarning.addClassName("guidance-box");
        idleWarning.removeAll();
        idleWarning.add(new Paragraph("You have been inactive for " + IDLE_WARNING_MINUTES + " minutes. Tandem signs you out after "
                + "30 minutes without activity; type or click anywhere to stay signed in. Drafts are saved automatically."));
        idleWarning.getElement().setAttribute("hidden", true);
        idleWarning.getElement().setAttribute("role", "alert");

        setReadOnly(signed);
        if (signed) {
            add(amendmentsSection(existing));
        } else {
            listeners.add(saveDraft.addClickListener(e -> save(false)));
            sign.setId("sign-session");
            saveDraft.setId("save-draft");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            listeners.add(sign.addClickListener(e -> confirmSign()));
            saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout actions = new HorizontalLayout(saveDraft, sign, saveState);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(conflict, idleWarning, actions);
            enableAutosave();
            installIdleWarning();
        }
        dirty = false;
    }

    private VerticalLayout scoreColumn(PartnerId p, String firstName, int anchorsVersion) {
        VerticalLayout col = new VerticalLayout();
        col.addClassName("partner-card");
        col.add(new H3(firstName + " (" + p + ")"));
        for (String metric : ScoreAnchors.METRICS) {
            IntegerField f = new IntegerField(anchors.label(anchorsVersion, metric) + " (0–10)");
            WholeNumbers.describe(f, 0, 10);
            f.setStepButtonsVisible(true);
            f.setHelperText(anchors.question(anchorsVersion, metric));
            f.setTooltipText(anchors.anchorLines(anchorsVersion, metric));
            f.setWidthFull();
            f.setId("score-" + p.name().toLowerCase() + "-" + metric);
            scores.put(p.name().toLowerCase() + "." + metric, f);
            col.add(f);
        }
        IntegerField csi = new IntegerField(texts.get("csi4.label") + " (0–21, optional)");
        WholeNumbers.describe(csi, 0, 21);
        csi.setHelperText(texts.get("csi4.description"));
        csi.setWidthFull();
        scores.put(p.name().toLowerCase() + ".csi4", csi);
        col.add(csi);
        return col;
    }

    private void updateScoreAvailability() {
        Attendance a = attendance.getValue() == null ? Attendance.BOTH : attendance.getValue();
        scores.forEach((key, field) -> {
            PartnerId p = key.startsWith("a.") ? PartnerId.A : PartnerId.B;
            boolean present = a.present(p);
            if (!present) {
                field.clear();
            }
            field.setEnabled(present && !field.isReadOnly());
        });
    }

    private Div homeworkSection(LocalDate sessionDate) {
        Div box = new Div(new H2("Homework due since the last session"));
        List<CounselingSession> earlier = sessions.list(couple.getId()).stream()
                .filter(s -> sessionDate != null && s.getDate().isBefore(sessionDate) && !s.getId().equals(sessionId)).toList();
        LocalDate since = earlier.isEmpty() ? couple.getIntakeDate().minusDays(1) : earlier.get(earlier.size() - 1).getDate();
        LocalDate upTo = sessionDate == null ? practice.today() : sessionDate;
        List<HomeworkAssignment> due = homework.list(couple.getId()).stream()
                .filter(h -> h.getDueOn().isAfter(since) && !h.getDueOn().isAfter(upTo)).toList();
        if (due.isEmpty()) {
            box.add(new Paragraph("No homework was due since the last session."));
            return box;
        }
        for (HomeworkAssignment h : due) {
            HorizontalLayout row = new HorizontalLayout(new Span(h.getTitle() + " · due " + Dates.format(h.getDueOn())));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            // Both partners' selects record the same assignment, so they share its current version.
            long[] currentVersion = {h.getVersion()};
            for (PartnerId p : PartnerId.values()) {
                if (h.isFor(p)) {
                    row.add(completionSelect(h, p, currentVersion));
                }
            }
            box.add(row);
        }
        return box;
    }

    private Select<app.tandem.casefile.CaseFile.Completion> completionSelect(HomeworkAssignment h, PartnerId p,
            long[] currentVersion) {
        Select<app.tandem.casefile.CaseFile.Completion> select = new Select<>();
        select.setLabel("Partner " + p);
        select.setItems(app.tandem.casefile.CaseFile.Completion.values());
        select.setItemLabelGenerator(c -> switch (c) {
            case DONE -> "Done";
            case PARTIAL -> "Partly done";
            case NOT_DONE -> "Not done";
        });
        select.setPlaceholder("Not recorded");
        select.setValue(h.completion(p));
        select.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            try {
                currentVersion[0] = homework.record(h.getId(), currentVersion[0], p, e.getValue(), h.reflection(p)).getVersion();
                FieldErrors.Notifications.saved("Homework recorded for partner " + p + ".");
            } catch (ValidationFailure | ConcurrentEditException ex) {
                FieldErrors.Notifications.error(ex.getMessage());
            }
        });
        return select;
    }

    private void read(SessionContent c) {
        date.setValue(c.date());
        startTime.setValue(c.startTime());
        duration.setValue(c.durationMinutes());
        format.setValue(c.format());
        attendance.setValue(c.attendance());
        setScores("a", c.scoresA());
        setScores("b", c.scoresB());
        observations.setId("note-observations");
        observations.setValue(nz(c.note().observations()));
        interventions.setValue(nz(c.note().interventions()));
        homeworkReview.setValue(nz(c.note().homeworkReview()));
        plan.setValue(nz(c.note().plan()));
        pitfalls.setValue(c.pitfalls());
        safetyFlags.setValue(EnumSet.copyOf(c.flags().stream().filter(Flag::isSafety).toList().isEmpty()
                ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(c.flags().stream().filter(Flag::isSafety).toList())));
        relationalFlags.setValue(c.flags().stream().filter(f -> !f.isSafety()).collect(java.util.stream.Collectors.toSet()));
        safetyGuidance.setVisible(!safetyFlags.getValue().isEmpty());
        privateA.setValue(nz(c.privateNoteA()));
        privateB.setValue(nz(c.privateNoteB()));
        remoteChecks.read(c.remoteChecks());
        remoteChecks.update(c.format(), c.attendance());
        updateScoreAvailability();
    }

    private void setScores(String prefix, Scores s) {
        scores.get(prefix + ".emotionalSafety").setValue(s.emotionalSafety());
        scores.get(prefix + ".reciprocalEffort").setValue(s.reciprocalEffort());
        scores.get(prefix + ".clearCommunication").setValue(s.clearCommunication());
        scores.get(prefix + ".csi4").setValue(s.csi4());
    }

    private Scores scoresOf(String prefix) {
        return new Scores(scores.get(prefix + ".emotionalSafety").getValue(), scores.get(prefix + ".reciprocalEffort").getValue(),
                scores.get(prefix + ".clearCommunication").getValue(), scores.get(prefix + ".csi4").getValue());
    }

    SessionContent content() {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(safetyFlags.getValue());
        flags.addAll(relationalFlags.getValue());
        return new SessionContent(date.getValue(), startTime.getValue(), duration.getValue(), format.getValue(), attendance.getValue(),
                new Note(observations.getValue(), interventions.getValue(), homeworkReview.getValue(), plan.getValue()),
                scoresOf("a"), scoresOf("b"), flags, pitfalls.getValue(), privateA.getValue(), privateB.getValue(),
                remoteChecks.value());
    }

    private void registerFields() {
        fields.put("date", date);
        fields.put("durationMinutes", duration);
        scores.forEach(fields::put);
        fields.put("observations", observations);
        fields.put("interventions", interventions);
        fields.put("homeworkReview", homeworkReview);
        fields.put("plan", plan);
        fields.put("privateNoteA", privateA);
        fields.put("privateNoteB", privateB);
        allFields().forEach(f -> listeners.add(f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
                saveState.setText("Unsaved changes");
            }
        })));
    }

    private void enableAutosave() {
        for (TextArea area : List.of(observations, interventions, homeworkReview, plan, privateA, privateB)) {
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(AUTOSAVE_PAUSE_MS);
            listeners.add(area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    autosave();
                }
            }));
        }
    }

    /** Saves quietly when the form is valid; an invalid form waits for the counselor. */
    void autosave() {
        if (!dirty || numbersUnreadable()
                || !SessionValidator.problems(content(), practice.today(), couple.getIntakeDate()).isEmpty()) {
            return;
        }
        save(true);
    }

    /** Shows a warning in the page after 25 minutes without input; pure client-side, so it does not itself keep the session alive. */
    private void installIdleWarning() {
        idleWarning.getElement().executeJs("""
                const el = this; let timer;
                const reset = () => { el.hidden = true; clearTimeout(timer);
                  timer = setTimeout(() => { el.hidden = false; }, $0 * 60000); };
                ['keydown','pointerdown','wheel'].forEach(t => document.addEventListener(t, reset, {passive: true}));
                reset();""", IDLE_WARNING_MINUTES);
    }

    /** A number field holding what it cannot keep blocks every save: it would be saved as empty. */
    private boolean numbersUnreadable() {
        List<IntegerField> numbers = new ArrayList<>(scores.values());
        numbers.add(duration);
        if (WholeNumbers.unreadable(numbers)) {
            saveState.setText("Not saved: a number field marked in red cannot be kept as typed.");
            return true;
        }
        return false;
    }

    boolean save(boolean quiet) {
        FieldErrors.clear(fields);
        boolean unreadable = numbersUnreadable();
        SessionContent content = content();
        List<SessionValidator.Problem> problems = SessionValidator.problems(content, practice.today(), couple.getIntakeDate());
        if (unreadable && problems.isEmpty()) {
            if (!quiet) {
                FieldErrors.Notifications.error("Not saved: a number field marked in red cannot be kept as typed. "
                        + "Enter a whole number there, or clear it.");
            }
            return false;
        }
        if (!problems.isEmpty()) {
            for (SessionValidator.Problem p : problems) {
                HasValidation f = fields.get(p.field());
                if (f != null) {
                    f.setErrorMessage(p.message());
                    f.setInvalid(true);
                }
            }
            saveState.setText(unreadable ? "Not saved: a number field marked in red cannot be kept as typed."
                    : "Not saved: " + problems.get(0).message());
            if (!quiet) {
                FieldErrors.Notifications.error("Not saved: " + problems.get(0).message());
            }
            return false;
        }
        try {
            boolean created = sessionId == null;
            CounselingSession saved = created ? sessions.createDraft(couple.getId(), content)
                    : sessions.saveDraft(sessionId, version, content);
            sessionId = saved.getId();
            if (created) {
                // The new draft now has an address: a reload or a bookmark opens it, not an empty form.
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "couples/" + couple.getReference() + "/sessions/" + saved.getId()));
            }
            version = saved.getVersion();
            dirty = false;
            saveState.setText((quiet ? "Draft saved automatically at " : "Draft saved at ")
                    + java.time.LocalTime.now(practice.get().zone()).withNano(0).withSecond(0));
            if (!quiet) {
                FieldErrors.Notifications.saved("Draft saved.");
            }
            return true;
        } catch (ConcurrentEditException e) {
            conflict.removeAll();
            Button reload = new Button("Reload their version (discards your changes)", ev -> reload());
            reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
            conflict.add(new Paragraph(e.getMessage()), reload);
            conflict.setVisible(true);
            return false;
        } catch (ValidationFailure | SignedSessionException e) {
            FieldErrors.Notifications.error(e.getMessage());
            return false;
        }
    }

    private void reload() {
        dirty = false;
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void confirmSign() {
        if (numbersUnreadable() || !SessionValidator.problems(content(), practice.today(), couple.getIntakeDate()).isEmpty()) {
            save(false);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Sign this session?");
        List<PartnerId> unconfirmed = content().unconfirmedRemoteChecks();
        confirm.setText("Once signed, the note, scores and flags can no longer be changed; corrections become amendments."
                + (unconfirmed.isEmpty() ? "" : " " + remoteChecks.missing.getText()));
        confirm.setCancelable(true);
        confirm.setConfirmText("Sign");
        confirm.setId("confirm-sign");
        confirm.addConfirmListener(e -> signNow());
        confirm.open();
    }

    void signNow() {
        if (!save(true)) {
            return;
        }
        try {
            sessions.sign(sessionId, version, content());
            dirty = false;
            FieldErrors.Notifications.saved("Session signed.");
            getUI().ifPresent(ui -> ui.navigate(SessionFormView.class,
                    new RouteParameters(Map.of("reference", couple.getReference(), "session", String.valueOf(sessionId)))));
        } catch (ConcurrentEditException | ValidationFailure | SignedSessionException e) {
            FieldErrors.Notifications.error(e.getMessage());
        }
    }

    private void setReadOnly(boolean readOnly) {
        allFields().forEach(f -> f.setReadOnly(readOnly));
    }

    private List<HasValue<?, ?>> allFields() {
        List<HasValue<?, ?>> all = new ArrayList<>();
        all.add(date);
        all.add(startTime);
        all.add(duration);
        all.add(format);
        all.add(attendance);
        all.add(observations);
        all.add(interventions);
        all.add(homeworkReview);
        all.add(plan);
        all.add(pitfalls);
        all.add(safetyFlags);
        all.add(relationalFlags);
        all.add(privateA);
        all.add(privateB);
        all.addAll(scores.values());
        all.addAll(remoteChecks.fields());
        return all;
    }

    private Div amendmentsSection(CounselingSession s) {
        Div box = new Div(new H2("Amendments"));
        List<Amendment> list = sessions.amendments(s.getId());
        if (list.isEmpty()) {
            box.add(new Paragraph("No amendments."));
        }
        for (Amendment a : list) {
            box.add(SessionMarks.amendment(a, couple, practice.get().zone()));
        }
        Button amend = new Button("Add amendment", e -> openAmendDialog(s));
        amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        amend.setId("add-amendment");
        box.add(amend);
        return box;
    }

    private void openAmendDialog(CounselingSession s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Amend the note of " + Dates.format(s.getDate()));
        RadioButtonGroup<AmendmentScope> scope = new RadioButtonGroup<>(texts.get("amendment.scopeLabel"));
        scope.setItems(AmendmentScope.values());
        scope.setItemLabelGenerator(sc -> texts.format("amendment.scope." + sc.name(),
                Map.of("name", sc.partner() == null ? "" : couple.partner(sc.partner()).getFirstName())));
        scope.setValue(AmendmentScope.SHARED);
        scope.setId("amendment-scope");
        TextField reason = new TextField("Reason for the correction");
        reason.setWidthFull();
        TextArea text = new TextArea("Correction");
        text.setWidthFull();
        dialog.add(new VerticalLayout(scope, reason, text));
        dialog.setWidth("min(40rem, 95vw)");
        Map<String, HasValidation> amendFields = Map.of("scope", scope, "reason", reason, "text", text);
        Button save = new Button("Add amendment", e -> {
            FieldErrors.clear(amendFields);
            try {
                sessions.amend(s.getId(), scope.getValue(), reason.getValue(), text.getValue());
                dialog.close();
                FieldErrors.Notifications.saved("Amendment added.");
                CounselingSession fresh = sessions.require(s.getId());
                build(fresh, sessions.content(fresh));
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, amendFields);
            }
        });
        save.setId("save-amendment");
        Dialogs.open(dialog, save);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Leave without saving?");
        confirm.setText("This session has changes that are not saved yet.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setRejectable(true);
        confirm.setRejectText("Save draft and leave");
        confirm.addRejectListener(e -> {
            if (save(false)) {
                action.proceed();
            }
        });
        confirm.setConfirmText("Leave and discard");
        confirm.addConfirmListener(e -> {
            dirty = false;
            action.proceed();
        });
        confirm.open();
    }

    boolean isDirty() {
        return dirty;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
