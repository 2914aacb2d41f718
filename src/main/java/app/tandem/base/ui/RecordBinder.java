package app.tandem.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;

/**
 * Vaadin's {@link Binder} in record mode, set up the way every Tandem form uses it (decision
 * 0085): each record component bound to a field by its name, no validation in the binder (the
 * feature's validator returns {@code Problem}s and {@link FieldErrors} shows them beside the
 * fields), so reading the fields back into a record never fails.
 */
public final class RecordBinder<R extends Record> {

    private final Binder<R> binder;

    public RecordBinder(Class<R> type) {
        binder = new Binder<>(type);
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Binds {@code field} to the record component {@code component}. */
    public <V> RecordBinder<R> bind(HasValue<?, V> field, String component) {
        binder.forField(field).withValidationStatusHandler(status -> {}).bind(component);
        return this;
    }

    /** Binds {@code field} to {@code component} through {@code converter} (field value to component value). */
    public <V, M> RecordBinder<R> bind(HasValue<?, V> field, Converter<V, M> converter, String component) {
        binder.forField(field)
                .withValidationStatusHandler(status -> {})
                .withConverter(converter)
                .bind(component);
        return this;
    }

    /** Fills the fields from {@code record}. */
    public void read(R record) {
        binder.readRecord(record);
    }

    /** What the fields hold now, as a record. */
    public R write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // No binding has a validator or a converter that fails: a failure here is a programming error.
            throw new IllegalStateException("A form could not be read into its record", e);
        }
    }
}
