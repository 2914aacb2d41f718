package app.tandem.base.ui;

import app.tandem.text.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What a counselor sees when something fails outside a form's own checks: a database that cannot
 * be reached gets a sentence saying the change was not saved and to try again (the connection
 * pool reconnects by itself when the server is back); anything else a plain apology. The log
 * gets the exception type only, never the data the user was working on.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /**
     * Said after any click during an outage, a tab switch as much as a save, so it claims nothing
     * about saving that was not happening.
     */
    static final String DATABASE_DOWN = Texts.shared().get("errors.databaseDownWhileWorking");

    static final String DENIED = "You do not have access to that.";
    static final String UNEXPECTED = "Something went wrong and this was not saved. Try again; if it keeps happening, "
            + "tell your practice supervisor the time it happened.";

    /** What kind of failure an exception is, judged along its cause chain. */
    public enum Kind {
        DATABASE,
        DENIED,
        OTHER
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static String messageFor(Throwable error) {
        return switch (kindOf(error)) {
            case DATABASE -> DATABASE_DOWN;
            case DENIED -> DENIED;
            case OTHER -> UNEXPECTED;
        };
    }

    public static Kind kindOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isDatabaseUnreachable(t)) {
                return Kind.DATABASE;
            }
            if (t instanceof AccessDeniedException) {
                return Kind.DENIED;
            }
        }
        return Kind.OTHER;
    }

    /** True when {@code error} or one of its causes says the database cannot be reached. */
    public static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isDatabaseUnreachable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatabaseUnreachable(Throwable t) {
        return t instanceof DataAccessException
                || t instanceof TransactionException
                || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException;
    }

    private static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error);
        log.warn(
                "Request failed: {} ({})",
                error.getClass().getSimpleName(),
                message == DATABASE_DOWN ? "database" : "other");
        if (message == UNEXPECTED) {
            log.debug("Unexpected failure", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> FieldErrors.Notifications.error(message));
        }
    }
}
