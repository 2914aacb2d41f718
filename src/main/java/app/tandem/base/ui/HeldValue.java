package app.tandem.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a form's record that the form carries but does not show, bound like a field: the
 * record's version for the optimistic lock. A {@code Binder} in record mode needs a binding for
 * every component of the record; this is the binding for one no person edits.
 */
public class HeldValue<V> implements HasValue<HasValue.ValueChangeEvent<V>, V> {

    private V value;
    private boolean readOnly;
    private final List<ValueChangeListener<? super ValueChangeEvent<V>>> listeners = new ArrayList<>();

    @Override
    public void setValue(V value) {
        this.value = value;
    }

    @Override
    public V getValue() {
        return value;
    }

    @Override
    public Registration addValueChangeListener(ValueChangeListener<? super ValueChangeEvent<V>> listener) {
        // Nothing a person does changes a held value, so no listener is ever called.
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
        // Not shown, so no indicator.
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return false;
    }
}
