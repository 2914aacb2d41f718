package app.tandem.shell;

import app.tandem.base.ui.ErrorPage;
import app.tandem.text.Texts;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the signed-in account may not open (a counselor at the accounts screen): inside the shell. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Not open to you · Tandem")
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Texts texts = Texts.shared();
        ErrorPage.withLink(this, "Not open to you", texts.get("errors.denied"), "", texts.get("errors.toHome"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
