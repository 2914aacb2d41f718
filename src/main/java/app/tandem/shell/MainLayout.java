package app.tandem.shell;

import app.tandem.base.CurrentUser;
import app.tandem.base.ui.ErrorHandling;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleSearch;
import app.tandem.practice.PracticeSettingsService;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in screen: the practice name, the side navigation built from the
 * views' {@code @Menu} annotations (only the entries the user may open), the user and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(
            AuthenticationContext auth,
            CurrentUser currentUser,
            PracticeSettingsService practice,
            CoupleService couples) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");

        Span practiceName = new Span(practiceName(practice));
        practiceName.addClassName("header-practice");

        String who = currentUser
                .find()
                .map(u -> u.displayName() + (u.isSupervisor() ? " (supervisor)" : ""))
                .orElse("");
        Span user = new Span(new Icon(VaadinIcon.USER), new Span(who));
        user.addClassName("header-user");
        Button password = new Button(
                "Password",
                new Icon(VaadinIcon.KEY),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("own-password");
        Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        HorizontalLayout header = new HorizontalLayout(toggle, practiceName);
        if (currentUser.find().isPresent()) {
            CoupleSearch search = new CoupleSearch(couples);
            search.listenForShortcut(this);
            header.add(search);
        }
        header.add(user, password, logout);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(practiceName);
        header.addClassName("app-header");
        addToNavbar(header);

        Div brand = new Div(new Span("Tandem"));
        brand.addClassName("app-brand");
        SideNav nav = new SideNav();
        nav.setLabel("Main navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        addToDrawer(brand, nav);
    }

    /**
     * The practice's name, or "Tandem" while the database cannot be reached: the shell must still
     * show so that the page inside it can say what happened and offer a way on.
     */
    private static String practiceName(PracticeSettingsService practice) {
        try {
            return practice.practiceName();
        } catch (RuntimeException e) {
            if (ErrorHandling.databaseUnreachable(e)) {
                return "Tandem";
            }
            throw e;
        }
    }
}
