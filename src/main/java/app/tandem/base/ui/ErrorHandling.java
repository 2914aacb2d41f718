package app.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    static final String DATABASE_DOWN = "The database cannot be reached right now, so this was not saved. "
            + "What you typed is still on the screen: try again in a moment.";
    static final String DENIED = "You do not have access to that.";
    static final String UNEXPECTED = "Something went wrong and this was not saved. Try again; if it keeps happening, "
            + "tell your practice supervisor the time it happened.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return DATABASE_DOWN;
            }
            if (t instanceof AccessDeniedException) {
                return DENIED;
            }
        }
        return UNEXPECTED;
    }

    private static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error);
        log.warn("Request failed: {} ({})", error.getClass().getSimpleName(), message == DATABASE_DOWN ? "database" : "other");
        if (message == UNEXPECTED) {
            log.debug("Unexpected failure", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> FieldErrors.Notifications.error(message));
        }
    }
}
