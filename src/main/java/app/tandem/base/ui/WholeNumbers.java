package app.tandem.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Collection;

/**
 * Whole-number fields that say when they cannot hold what was typed. An {@link IntegerField}
 * given "7.5" or "99999999999999" has no value, and a form that reads only the value would save
 * it as empty: these fields get a sentence for that case (and for out-of-range numbers), and
 * {@link #unreadable} lets the form refuse to save while any of them shows it.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** The sentences beside the field; {@code min}/{@code max} as set on the field. */
    public static void describe(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        String range = "Enter a whole number from " + min + " to " + max + ".";
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("This cannot be kept as typed. " + range + " No fractions.")
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setStepErrorMessage(range));
    }

    /**
     * True when a field holds input it cannot keep (not a whole number, or too large for one): it
     * has no value but the person typed something. Such a field is marked invalid with its sentence.
     */
    public static boolean unreadable(Collection<IntegerField> fields) {
        boolean any = false;
        for (IntegerField f : fields) {
            if (!f.isEnabled()) {
                continue;
            }
            if (f.getValue() != null) {
                // A number it could read: range checks belong to the form's own validators.
                continue;
            }
            ValidationResult result = f.getDefaultValidator().apply(null, new ValueContext(f));
            if (result.isError()) {
                f.setErrorMessage(result.getErrorMessage());
                f.setInvalid(true);
                any = true;
            }
        }
        return any;
    }
}
