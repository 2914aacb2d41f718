package app.tandem.intake.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;

/**
 * The answers to a set of questions of an IPV screen asked with one select each (the HITS items,
 * the yes/no questions) as one value, a map: a question left unanswered is absent from it.
 */
class ScreenAnswersField<K extends Enum<K>, V> extends CustomField<Map<K, V>> {

    private final Map<K, Select<V>> selects;

    ScreenAnswersField(Map<K, Select<V>> selects) {
        this.selects = selects;
        FormLayout form = new FormLayout();
        selects.values().forEach(s -> {
            s.addValueChangeListener(e -> updateValue());
            form.add(s);
        });
        addClassName("form-part");
        setWidthFull();
        add(form);
    }

    /** The select of each question, for problems that name one ("hits.HURT"). */
    Map<K, Select<V>> selects() {
        return selects;
    }

    @Override
    protected Map<K, V> generateModelValue() {
        Map<K, V> values = new HashMap<>();
        selects.forEach((k, s) -> {
            if (s.getValue() != null) {
                values.put(k, s.getValue());
            }
        });
        return values;
    }

    @Override
    protected void setPresentationValue(Map<K, V> values) {
        selects.forEach((k, s) -> s.setValue(values == null ? null : values.get(k)));
    }
}
