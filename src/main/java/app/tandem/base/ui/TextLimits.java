package app.tandem.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text field's limit, said out loud. The browser keeps only the first characters of a paste
 * longer than a field's limit, without a word; here the field then says so under itself ("Kept the
 * first 100 characters of what you pasted: this field holds at most 100."), so nothing is lost
 * unseen. The limit itself still holds in the browser, and the services check it again.
 */
public final class TextLimits {

    private static final String ANNOUNCE = """
            const el = this, max = $0;
            el.addEventListener('paste', e => {
              const pasted = (e.clipboardData || window.clipboardData).getData('text') || '';
              const input = el.inputElement;
              const selected = input ? (input.selectionEnd - input.selectionStart) : 0;
              const room = Math.max(0, max - (el.value || '').length + selected);
              if (pasted.length > room) {
                el.helperText = 'Kept the first ' + room.toLocaleString('en-GB') + ' characters of what you pasted ('
                    + pasted.length.toLocaleString('en-GB') + '): this field holds at most ' + max.toLocaleString('en-GB') + '.';
                el.setAttribute('data-cut', '');
              }
            });""";

    private TextLimits() {}

    public static void limit(TextField field, int max) {
        field.setMaxLength(max);
        field.getElement().executeJs(ANNOUNCE, max);
    }

    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.getElement().executeJs(ANNOUNCE, max);
    }
}
