package app.tandem.shell;

import app.tandem.base.ui.ErrorPage;
import app.tandem.base.ui.RecordNotFound;
import app.tandem.text.Texts;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page, or a record outside the user's caseload ({@link RecordNotFound}): the
 * sentence and a link on, inside the shell. Vaadin's own reason ("Couldn't find route …") is
 * never shown.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Not found · Tandem")
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Texts texts = Texts.shared();
        if (parameter.getCaughtException() instanceof RecordNotFound record) {
            ErrorPage.withLink(this, "Not found", record.sentence(), record.nextPath(), record.nextLabel());
        } else {
            ErrorPage.withLink(this, "Not found", texts.get("errors.notFound"), "", texts.get("errors.toHome"));
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
