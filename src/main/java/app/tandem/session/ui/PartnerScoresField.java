package app.tandem.session.ui;

import app.tandem.assessment.Measure;
import app.tandem.base.ui.WholeNumbers;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PartnerId;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One partner's scores as one value: the three session metrics (0–10, anchors under each field)
 * and the optional CSI-4 (0–21), in a column headed by the partner's first name. A partner who
 * did not attend gets no scores: {@link #setPresent} clears and disables the column.
 */
class PartnerScoresField extends CustomField<Scores> {

    /** The metric fields by metric name ("emotionalSafety" …, "csi4"), in the order shown. */
    private final Map<String, IntegerField> numbers = new LinkedHashMap<>();

    PartnerScoresField(PartnerId p, String firstName, int anchorsVersion, ScoreAnchors anchors, Texts texts) {
        VerticalLayout col = new VerticalLayout();
        col.addClassName("partner-card");
        col.add(new H3(firstName + " (" + p + ")"));
        for (String metric : ScoreAnchors.METRICS) {
            Measure measure = Measure.ofKey(metric);
            IntegerField f = new IntegerField(anchors.label(anchorsVersion, metric) + " (" + measure.range() + ")");
            WholeNumbers.describe(f, measure.min(), measure.max());
            f.setStepButtonsVisible(true);
            f.setHelperText(anchors.question(anchorsVersion, metric));
            f.setTooltipText(anchors.anchorLines(anchorsVersion, metric));
            f.setId("score-" + p.name().toLowerCase() + "-" + metric);
            numbers.put(metric, f);
        }
        IntegerField csi = new IntegerField(texts.get("csi4.label") + " (" + Measure.CSI4.range() + ", optional)");
        WholeNumbers.describe(csi, Measure.CSI4.min(), Measure.CSI4.max());
        csi.setHelperText(texts.get("csi4.description"));
        numbers.put("csi4", csi);
        numbers.values().forEach(f -> {
            f.setWidthFull();
            f.addValueChangeListener(e -> updateValue());
            col.add(f);
        });
        addClassName("form-part");
        setWidthFull();
        add(col);
    }

    /** The number fields by metric name, for problems that name one ("a.csi4") and for unreadable input. */
    Map<String, IntegerField> numbers() {
        return numbers;
    }

    /** Clears and disables the column of a partner who did not attend. */
    void setPresent(boolean present) {
        for (IntegerField f : numbers.values()) {
            if (!present) {
                f.clear();
            }
            f.setEnabled(present && !f.isReadOnly());
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        numbers.values().forEach(f -> f.setReadOnly(readOnly));
    }

    @Override
    protected Scores generateModelValue() {
        return new Scores(
                numbers.get("emotionalSafety").getValue(),
                numbers.get("reciprocalEffort").getValue(),
                numbers.get("clearCommunication").getValue(),
                numbers.get("csi4").getValue());
    }

    @Override
    protected void setPresentationValue(Scores s) {
        Scores value = s == null ? new Scores(null, null, null, null) : s;
        numbers.get("emotionalSafety").setValue(value.emotionalSafety());
        numbers.get("reciprocalEffort").setValue(value.reciprocalEffort());
        numbers.get("clearCommunication").setValue(value.clearCommunication());
        numbers.get("csi4").setValue(value.csi4());
    }
}
