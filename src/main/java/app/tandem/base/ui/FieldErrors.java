package app.tandem.base.ui;

import app.tandem.base.ValidationFailure;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shows a service's refusal next to the field it is about, or as a notification for the whole form. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void show(ValidationFailure failure, Map<String, ? extends HasValidation> fields) {
        HasValidation target = failure.field() == null ? null : fields.get(failure.field());
        if (target == null) {
            Notifications.error(failure.getMessage());
        } else {
            target.setErrorMessage(failure.getMessage());
            target.setInvalid(true);
        }
    }

    /** Tiny wrapper so every view shows confirmations and errors the same way. */
    public static final class Notifications {
        private Notifications() {
        }

        public static void saved(String message) {
            closePrevious();
            Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            remember(n);
        }

        public static void error(String message) {
            closePrevious();
            Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            remember(n);
        }

        /** One notice at a time: an error takes away a "saved" still showing, and the other way round. */
        private static void closePrevious() {
            UI ui = UI.getCurrent();
            Notification previous = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
            if (previous != null && previous.isOpened()) {
                previous.close();
            }
        }

        private static void remember(Notification n) {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ComponentUtil.setData(ui, Notification.class, n);
            }
        }
    }
}
