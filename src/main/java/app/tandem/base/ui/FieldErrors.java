package app.tandem.base.ui;

import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;

/**
 * The one way a form shows what is wrong: each {@link Problem} beside the field it names, or as a
 * notification when it names none the form shows. A service's refusal ({@link ValidationFailure})
 * is one problem.
 */
public final class FieldErrors {

    private FieldErrors() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void show(ValidationFailure failure, Map<String, ? extends HasValidation> fields) {
        show(failure.problem(), fields);
    }

    /** One problem beside its field; a problem of no shown field becomes a notification. */
    public static void show(Problem problem, Map<String, ? extends HasValidation> fields) {
        if (!mark(problem, fields)) {
            Notifications.error(problem.message());
        }
    }

    /**
     * Clears the fields, then puts every problem beside its field (problems of no shown field are
     * left to the caller, who says them in its own words). Returns true when there were none.
     */
    public static boolean showAll(List<Problem> problems, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        problems.forEach(p -> mark(p, fields));
        return problems.isEmpty();
    }

    private static boolean mark(Problem problem, Map<String, ? extends HasValidation> fields) {
        HasValidation target = problem.field() == null ? null : fields.get(problem.field());
        if (target == null) {
            return false;
        }
        target.setErrorMessage(problem.message());
        target.setInvalid(true);
        return true;
    }

    /** Tiny wrapper so every view shows confirmations and errors the same way. */
    public static final class Notifications {
        private Notifications() {}

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
