package app.tandem.base.ui;

import app.tandem.base.ConcurrentEditException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How every form shows that someone else saved the same record meanwhile (the service threw
 * {@link ConcurrentEditException}): the sentence above the form, which keeps the user's changes,
 * and a button that reloads the other version, discarding them.
 */
public class ConflictNotice extends Div {

    public ConflictNotice() {
        addClassName("guidance-box");
        setVisible(false);
    }

    public void show(ConcurrentEditException conflict, Runnable reload) {
        removeAll();
        Button button = new Button("Reload their version (discards your changes)", e -> reload.run());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(conflict.getMessage()), button);
        setVisible(true);
    }

    public void hide() {
        removeAll();
        setVisible(false);
    }
}
