package app.tandem.shell;

import app.tandem.base.ui.ErrorHandling;
import app.tandem.base.ui.ErrorPage;
import app.tandem.text.Texts;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed while opening: a database that cannot be reached gets its sentence and a
 * retry button (the connection pool reconnects by itself once the server is back, so the same tab
 * works again); a service's refusal gets the access sentence; anything else a plain apology.
 * Replaces Vaadin's page, which shows the exception and, in development, the stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Tandem")
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailureView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Texts texts = Texts.shared();
        Exception error = parameter.getCaughtException();
        switch (ErrorHandling.kindOf(error)) {
            case DATABASE -> {
                log.warn(
                        "Page failed to open: the database cannot be reached ({})",
                        error.getClass().getSimpleName());
                ErrorPage.withRetry(
                        this,
                        "Database unavailable",
                        texts.get("errors.databaseDown"),
                        texts.get("errors.retry"),
                        event.getLocation());
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
            case DENIED -> {
                ErrorPage.withLink(this, "Not open to you", texts.get("errors.denied"), "", texts.get("errors.toHome"));
                return HttpServletResponse.SC_FORBIDDEN;
            }
            default -> {
                log.warn("Page failed to open: {}", error.getClass().getSimpleName());
                log.debug("Unexpected failure while opening a page", error);
                ErrorPage.withRetry(
                        this,
                        "Something went wrong",
                        texts.get("errors.unexpected"),
                        texts.get("errors.retry"),
                        event.getLocation());
                return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            }
        }
    }
}
