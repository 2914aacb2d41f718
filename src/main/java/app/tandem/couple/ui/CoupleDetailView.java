package app.tandem.couple.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.ui.LazyContent;
import app.tandem.base.ui.RecordNotFound;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.JointReleaseService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One couple at a bookmarkable URL: the header with both partners, then tabs. A couple outside
 * the user's caseload shows the ordinary "not found" page.
 */
@Route("couples/:reference")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
public class CoupleDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoupleService couples;
    private final AccountService accounts;
    private final PracticeSettingsService practice;
    private final JointReleaseService jointRelease;
    private final CurrentUser currentUser;
    private String title = "Couple · Tandem";
    TabSheet tabs;

    private final ObjectProvider<CoupleTab> tabProvider;
    private final ObjectProvider<OverviewSection> sections;

    CoupleDetailView(
            CoupleService couples,
            AccountService accounts,
            PracticeSettingsService practice,
            JointReleaseService jointRelease,
            CurrentUser currentUser,
            ObjectProvider<CoupleTab> tabProvider,
            ObjectProvider<OverviewSection> sections) {
        this.sections = sections;
        this.couples = couples;
        this.accounts = accounts;
        this.practice = practice;
        this.jointRelease = jointRelease;
        this.currentUser = currentUser;
        this.tabProvider = tabProvider;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        Couple couple;
        try {
            couple = couples.open(reference);
        } catch (NotFoundException e) {
            RecordNotFound notFound = RecordNotFound.couple(reference);
            event.rerouteToError(notFound, notFound.sentence());
            return;
        }
        build(couple);
    }

    private void build(Couple couple) {
        build(couple, 0);
    }

    /** Builds the page; {@code selectedTab} keeps the counselor on the tab they were working in. */
    private void build(Couple couple, int selectedTab) {
        removeAll();
        title = couple.getReference() + " · Tandem";
        add(new CoupleHeader(couple, couples.summary(couple.getId())));
        tabs = new TabSheet();
        // A stable id for the load test and browser tests, which find the tabs by it.
        tabs.setId("couple-tabs");
        tabs.setWidthFull();
        Runnable reload = () -> build(couples.require(couple.getId()), tabs.getSelectedIndex());
        Supplier<Component> overview = () -> new OverviewTab(
                couple,
                couples,
                accounts,
                practice,
                jointRelease,
                currentUser,
                reload,
                sections.orderedStream().map(s -> s.content(couple, reload)).toList());
        if (selectedTab == 0) {
            tabs.add("Overview", overview.get());
        } else {
            // Rebuilt after a change made in another tab: the overview is read when it is opened again.
            lazy(tabs, "Overview", overview);
        }
        tabProvider.orderedStream().forEach(tab -> lazy(tabs, tab.label(), () -> tab.content(couple, reload)));
        tabs.setSelectedIndex(Math.min(selectedTab, tabs.getTabCount() - 1));
        add(tabs);
    }

    /** A tab whose content (and its audited reads) is made only when the counselor opens it. */
    private static void lazy(TabSheet tabs, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab && LazyContent.needsContent(holder)) {
                LazyContent.fill(holder, content);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
