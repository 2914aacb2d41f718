package app.tandem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Every dialog ends the same way: Cancel, then the primary action, and Escape closes it. */
public final class Dialogs {

    private Dialogs() {}

    public static void open(Dialog dialog, Button primary) {
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), primary);
        dialog.setCloseOnEsc(true);
        dialog.open();
    }
}
