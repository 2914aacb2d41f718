package app.tandem.session.ui;

import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.session.SessionContent;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;

/** The session note as one value: observations, interventions, homework review and plan. */
class SessionNoteField extends CustomField<Note> {

    final TextArea observations = new TextArea("Observations");
    final TextArea interventions = new TextArea("Interventions");
    final TextArea homeworkReview = new TextArea("Homework review");
    final TextArea plan = new TextArea("Plan");
    /** The text areas by the name a problem gives them ("observations" …). */
    private final Map<String, TextArea> areas = new LinkedHashMap<>();

    SessionNoteField() {
        observations.setId("note-observations");
        areas.put("observations", observations);
        areas.put("interventions", interventions);
        areas.put("homeworkReview", homeworkReview);
        areas.put("plan", plan);
        VerticalLayout column = new VerticalLayout();
        column.setPadding(false);
        for (TextArea area : areas.values()) {
            area.setWidthFull();
            area.setMinHeight("6em");
            TextLimits.limit(area, SessionContent.NOTE_MAX_LENGTH);
            area.addValueChangeListener(e -> updateValue());
            column.add(area);
        }
        addClassName("form-part");
        setWidthFull();
        add(column);
    }

    Map<String, TextArea> areas() {
        return areas;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        areas.values().forEach(a -> a.setReadOnly(readOnly));
    }

    @Override
    protected Note generateModelValue() {
        return new Note(observations.getValue(), interventions.getValue(), homeworkReview.getValue(), plan.getValue());
    }

    @Override
    protected void setPresentationValue(Note note) {
        Note n = note == null ? new Note(null, null, null, null) : note;
        observations.setValue(nz(n.observations()));
        interventions.setValue(nz(n.interventions()));
        homeworkReview.setValue(nz(n.homeworkReview()));
        plan.setValue(nz(n.plan()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
