package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Every route × role: which screens a counselor and a supervisor can open. Supervisor-only
 * screens are refused to counselors by the router as well as by their services.
 */
class AccessMatrixTest extends ViewTest {

    @Autowired
    Environment env;

    private static final Map<String, Boolean> COUNSELOR_MAY_OPEN = new TreeMap<>(Map.ofEntries(
            Map.entry("", true),
            Map.entry("caseload", true),
            Map.entry("couples/new", true),
            Map.entry("couples/import", true),
            Map.entry("guide", true),
            Map.entry("reports", true),
            Map.entry("outcomes", true),
            Map.entry("account/password", true),
            Map.entry("admin/accounts", false),
            Map.entry("admin/practice", false),
            Map.entry("admin/audit", false),
            Map.entry("admin/retention", false)));

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private boolean opens(String path) {
        try {
            navigate(path, Component.class);
        } catch (RuntimeException refused) {
            return false;
        }
        Class<?> shown = getCurrentView().getClass();
        return RouteConfiguration.forApplicationScope()
                .getRoute(path)
                .map(r -> r.isAssignableFrom(shown))
                .orElse(false);
    }

    @Test
    void a_counselor_opens_the_clinical_screens_but_none_of_the_practice_administration() {
        loginAs(fixtures.counselor("Dana Whitfield"));
        COUNSELOR_MAY_OPEN.forEach(
                (path, allowed) -> assertThat(opens(path)).as(path).isEqualTo(allowed));
    }

    @Test
    void a_supervisor_opens_every_screen() {
        loginAs(fixtures.supervisor("Robin Okafor"));
        COUNSELOR_MAY_OPEN
                .keySet()
                .forEach(path -> assertThat(opens(path)).as(path).isTrue());
    }

    @Test
    void every_listed_route_exists_and_every_route_is_listed() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate())
                .filter(t -> !t.contains(":") && !t.equals("login") && !t.equals("setup"))
                .sorted()
                .toList();
        assertThat(routes).containsExactlyInAnyOrderElementsOf(COUNSELOR_MAY_OPEN.keySet());
        var all = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate())
                // The partners' check-in page is public by design, like sign-in and setup: its key is the
                // link's token, and CheckInLinkHttpTest covers it (decision 0100).
                .filter(t -> !t.equals("login") && !t.equals("setup") && !t.equals("c/:token"))
                .toList();
        assertThat(all)
                .as("the HTTP access matrix covers every route")
                .containsExactlyInAnyOrderElementsOf(AccessMatrixHttpTest.ROUTES.keySet());
    }

    @Test
    void the_sign_in_ends_after_thirty_idle_minutes_by_default() {
        assertThat(env.getProperty("tandem.security.idle-timeout")).isEqualTo("30m");
        assertThat(env.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }
}
