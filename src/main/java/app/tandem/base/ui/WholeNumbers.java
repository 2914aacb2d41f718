package app.tandem.base.ui;

import app.tandem.text.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Collection;
import java.util.Map;

/**
 * Whole-number fields that say when they cannot hold what was typed. An {@link IntegerField}
 * given "7.5" or "99999999999999" has no value, and a form that reads only the value would save
 * it as empty: these fields get a sentence for that case (and for out-of-range numbers), and
 * {@link #unreadable} lets the form refuse to save while any of them shows it.
 *
 * <p>The browser's whole-number field drops a typed "." or "," without a word, so "2.5" arrives
 * as 25 and "1.5" as 15, a number the form could otherwise keep. The field remembers that it
 * dropped one (since it was last empty or wholly retyped) and tells the server with its change
 * event; such a field is unreadable too, with a sentence that says what happened.
 */
public final class WholeNumbers {

    /** Key of the "a '.' was dropped" mark kept on the field (see {@link ComponentUtil#setData}). */
    private static final String DROPPED = "tandem.wholeNumbers.dropped";

    private static final String WATCH = """
            const el = this;
            el.__tandemDropped = false;
            let justDropped = false;
            el.addEventListener('keydown', e => {
              if (e.key === '.' || e.key === ',') { el.__tandemDropped = e.key; justDropped = true; }
            });
            el.addEventListener('input', e => {
              const value = (el.inputElement && el.inputElement.value) || '';
              const retyped = e.data != null && value === e.data;
              if (value === '' || (retyped && !justDropped)) { el.__tandemDropped = false; }
              justDropped = false;
            });""";

    private WholeNumbers() {}

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
        field.getElement().executeJs(WATCH);
        field.getElement()
                .addEventListener("change", e -> {
                    var dropped = e.getEventData().get("element.__tandemDropped");
                    ComponentUtil.setData(
                            field, DROPPED, dropped != null && dropped.isString() ? dropped.asString() : null);
                })
                .addEventData("element.__tandemDropped");
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
            Object dropped = ComponentUtil.getData(f, DROPPED);
            if (dropped != null && f.getValue() != null) {
                f.setErrorMessage(Texts.shared()
                        .format(
                                "numbers.dropped",
                                Map.of("mark", dropped, "shown", f.getValue(), "min", (int) f.getMin(), "max", (int)
                                        f.getMax())));
                f.setInvalid(true);
                any = true;
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
