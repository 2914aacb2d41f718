package app.tandem.homework.ui;

import app.tandem.guide.GuideStep;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;

/**
 * The choice of a step of the guide in the assign and schedule dialogs, bound to a request's step
 * id; a homework needs one, so saving first checks that a step is chosen.
 */
class GuideStepField extends ComboBox<GuideStep> {

    private final List<GuideStep> steps;

    GuideStepField(List<GuideStep> steps) {
        super("Step");
        this.steps = steps;
        setItems(steps);
        setItemLabelGenerator(GuideStep::getTitle);
    }

    /** A chosen step as the request's step id (0 while none is chosen: the dialog asks for one first). */
    Converter<GuideStep, Long> asStepId() {
        return Converter.from(
                s -> Result.ok(s == null ? 0L : s.getId()),
                id -> steps.stream()
                        .filter(s -> s.getId().equals(id))
                        .findFirst()
                        .orElse(null));
    }

    /** Says so beside the field when no step is chosen. */
    boolean checkChosen() {
        if (getValue() == null) {
            setErrorMessage("Choose a step of the guide.");
            setInvalid(true);
            return false;
        }
        return true;
    }
}
