package app.tandem.session.ui;

import app.tandem.base.FieldLimits;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.base.ui.WholeNumbers;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.session.SessionContent;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a session, top to bottom: when and who → scores (partners side by side) → the
 * section given between scores and note (the homework due) → note → pitfalls → flags → private
 * notes. A {@link RecordBinder} (Vaadin's binder in record mode) reads and writes {@link SessionContent}; composite parts
 * are custom fields. It does not validate: {@code SessionValidator} does, and the view shows its
 * problems beside the fields named in {@link #problemFields()}.
 */
class SessionForm extends VerticalLayout {

    final DatePicker date = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Start time");
    final IntegerField duration = new IntegerField("Duration (minutes)");
    final Select<SessionFormat> format = new Select<>();
    final Select<Attendance> attendance = new Select<>();
    final RemoteSessionChecks remoteChecks;
    final PartnerScoresField scoresA;
    final PartnerScoresField scoresB;
    final SessionNoteField note = new SessionNoteField();
    final CheckboxGroup<Pitfall> pitfalls = new CheckboxGroup<>("Common mistakes observed (guide)");
    final SessionFlagsField flags;
    final TextArea privateA = new TextArea();
    final TextArea privateB = new TextArea();
    private final RecordBinder<SessionContent> binder = new RecordBinder<>(SessionContent.class);

    SessionForm(Couple couple, int anchorsVersion, Component betweenScoresAndNote, Texts texts, ScoreAnchors anchors) {
        setPadding(false);
        String nameA = couple.getPartnerA().getFirstName();
        String nameB = couple.getPartnerB().getFirstName();
        remoteChecks = new RemoteSessionChecks(texts, nameA, nameB);
        scoresA = new PartnerScoresField(PartnerId.A, nameA, anchorsVersion, anchors, texts);
        scoresB = new PartnerScoresField(PartnerId.B, nameB, anchorsVersion, anchors, texts);
        flags = new SessionFlagsField(texts);
        add(whenAndWho(), remoteChecks);
        add(new H2("Scores"), scoringNote(anchorsVersion, texts, anchors));
        Div columns = new Div(scoresA, scoresB);
        columns.addClassName("partner-columns");
        add(columns, betweenScoresAndNote);
        add(new H2("Note"), note);
        pitfalls.setItems(Pitfall.values());
        pitfalls.setItemLabelGenerator(SessionLabels::of);
        add(pitfalls, new H2("Flags"), flags);
        add(privateNotes(nameA, nameB, texts));
        format.addValueChangeListener(e -> remoteChecks.update(format.getValue(), attendance.getValue()));
        attendance.addValueChangeListener(e -> {
            remoteChecks.update(format.getValue(), attendance.getValue());
            updateScoreAvailability();
        });
        bind();
    }

    private FormLayout whenAndWho() {
        date.setRequiredIndicatorVisible(true);
        date.setId("session-date");
        WholeNumbers.describe(duration, FieldLimits.SESSION_MINUTES.min(), FieldLimits.SESSION_MINUTES.max());
        duration.setStepButtonsVisible(true);
        format.setLabel("Format");
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(SessionLabels::of);
        attendance.setLabel("Attendance");
        attendance.setItems(Attendance.values());
        attendance.setItemLabelGenerator(SessionLabels::of);
        FormLayout when = new FormLayout(date, startTime, duration, format, attendance);
        // Three to a row on a tablet (issue 17: the form works at 768 px), all five from 60em.
        when.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 3),
                new FormLayout.ResponsiveStep("60em", 5));
        return when;
    }

    private static Paragraph scoringNote(int anchorsVersion, Texts texts, ScoreAnchors anchors) {
        Paragraph scoringNote = new Paragraph(anchors.scoringNote(anchorsVersion) + " "
                + texts.format("scoreAnchors.sessionForm", Map.of("version", anchors.name(anchorsVersion))));
        scoringNote.setId("scoring-note");
        scoringNote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return scoringNote;
    }

    private VerticalLayout privateNotes(String nameA, String nameB, Texts texts) {
        Paragraph privacy = new Paragraph(texts.get("privateNotes.help"));
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)");
        privateA.setLabel("What " + nameA + " (A) said alone — never shown to B");
        privateB.setLabel("What " + nameB + " (B) said alone — never shown to A");
        for (TextArea area : List.of(privateA, privateB)) {
            area.setWidthFull();
            TextLimits.limit(area, SessionContent.NOTE_MAX_LENGTH);
            area.addClassName("private-note");
        }
        VerticalLayout box = new VerticalLayout(new H2("Private notes (never shared)"), privacy, privateA, privateB);
        box.setPadding(false);
        return box;
    }

    /** Every part of the record bound by its name; problems are shown by the view, not by the binder. */
    private void bind() {
        binder.bind(date, "date")
                .bind(startTime, "startTime")
                .bind(duration, "durationMinutes")
                .bind(format, "format")
                .bind(attendance, "attendance")
                .bind(note, "note")
                .bind(scoresA, "scoresA")
                .bind(scoresB, "scoresB")
                .bind(flags, "flags")
                .bind(pitfalls, "pitfalls")
                .bind(privateA, "privateNoteA")
                .bind(privateB, "privateNoteB")
                .bind(remoteChecks, "remoteChecks");
    }

    void read(SessionContent content) {
        binder.read(content);
        remoteChecks.update(content.format(), content.attendance());
        updateScoreAvailability();
    }

    /** What the fields hold now, as a record (the validator says whether it may be saved). */
    SessionContent content() {
        return binder.write();
    }

    private void updateScoreAvailability() {
        Attendance a = attendance.getValue() == null ? Attendance.BOTH : attendance.getValue();
        scoresA.setPresent(a.present(PartnerId.A));
        scoresB.setPresent(a.present(PartnerId.B));
    }

    /** The fields a problem may name ("date", "a.emotionalSafety", "observations" …). */
    Map<String, HasValidation> problemFields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("date", date);
        fields.put("durationMinutes", duration);
        scoresA.numbers().forEach((metric, f) -> fields.put("a." + metric, f));
        scoresB.numbers().forEach((metric, f) -> fields.put("b." + metric, f));
        fields.putAll(note.areas());
        fields.put("privateNoteA", privateA);
        fields.put("privateNoteB", privateB);
        return fields;
    }

    /** The whole-number fields, which may hold input they cannot keep. */
    List<IntegerField> numberFields() {
        List<IntegerField> numbers = new ArrayList<>(scoresA.numbers().values());
        numbers.addAll(scoresB.numbers().values());
        numbers.add(duration);
        return numbers;
    }

    /** The free-text areas, which save a draft when typing pauses. */
    List<TextArea> textAreas() {
        List<TextArea> areas = new ArrayList<>(note.areas().values());
        areas.add(privateA);
        areas.add(privateB);
        return areas;
    }

    /** Every input a person types or clicks in, for noticing unsaved changes. */
    List<HasValue<?, ?>> inputs() {
        List<HasValue<?, ?>> all = new ArrayList<>(List.of(
                date,
                startTime,
                duration,
                format,
                attendance,
                pitfalls,
                flags.safetyFlags,
                flags.relationalFlags,
                privateA,
                privateB));
        all.addAll(note.areas().values());
        all.addAll(scoresA.numbers().values());
        all.addAll(scoresB.numbers().values());
        all.addAll(remoteChecks.checkboxes());
        return all;
    }

    void setReadOnly(boolean readOnly) {
        List<HasValue<?, ?>> parts = List.of(
                date,
                startTime,
                duration,
                format,
                attendance,
                note,
                scoresA,
                scoresB,
                pitfalls,
                flags,
                privateA,
                privateB,
                remoteChecks);
        parts.forEach(f -> f.setReadOnly(readOnly));
    }
}
