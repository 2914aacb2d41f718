package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.couple.Couple;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every route × anonymous, counselor, other counselor and supervisor, opened through Vaadin's own
 * HTTP protocol (bootstrap, then the navigation request) against the running application. A
 * refused route shows no view of its own, and every refusal lands in the audit trail.
 */
@HttpTest
class AccessMatrixHttpTest {

    /** Route (with this test's couple and session filled in) → the view it shows when allowed. */
    static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", "NeedsAttentionView");
        ROUTES.put("caseload", "CaseloadView");
        ROUTES.put("couples/new", "NewCoupleView");
        ROUTES.put("couples/import", "ImportCaseFileView");
        ROUTES.put("couples/:reference", "CoupleDetailView");
        ROUTES.put("couples/:reference/sessions/:session", "SessionFormView");
        ROUTES.put("guide", "GuideLibraryView");
        ROUTES.put("reports", "ReportsView");
        ROUTES.put("outcomes", "OutcomesView");
        ROUTES.put("account/password", "ChangePasswordView");
        ROUTES.put("admin/accounts", "AccountsView");
        ROUTES.put("admin/practice", "PracticeSettingsView");
        ROUTES.put("admin/audit", "AuditTrailView");
        ROUTES.put("admin/retention", "RetentionView");
    }

    private static final Set<String> SUPERVISOR_ONLY =
            Set.of("admin/accounts", "admin/practice", "admin/audit", "admin/retention");
    private static final Set<String> OWNER_ONLY = Set.of("couples/:reference", "couples/:reference/sessions/:session");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor lee;
    Counselor robin;
    Couple couple;
    long sessionId;

    @BeforeEach
    void practice() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        robin = fixtures.supervisor("Robin Okafor");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        sessionId = fixtures.session(couple, false).getId();
        fixtures.logout();
    }

    private String path(String route) {
        return route.replace(":reference", couple.getReference()).replace(":session", String.valueOf(sessionId));
    }

    private void assertMatrix(HttpVisitor browser, Predicate<String> allowed) {
        for (var entry : ROUTES.entrySet()) {
            String route = entry.getKey();
            long refusalsBefore =
                    audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED).size();
            HttpVisitor.Response answer = browser.navigate(path(route));
            boolean shown = HttpVisitor.viewsShown(answer).contains(entry.getValue());
            assertThat(shown).as(route).isEqualTo(allowed.test(route));
            long refusalsAfter =
                    audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED).size();
            assertThat(refusalsAfter - refusalsBefore)
                    .as("refusals audited for " + route)
                    .isEqualTo(shown ? 0 : 1);
        }
    }

    private HttpVisitor signedIn(Counselor who) {
        HttpVisitor browser = new HttpVisitor(port);
        browser.login(who.getEmail(), Fixtures.PASSWORD);
        return browser;
    }

    @Test
    void the_counselor_whose_couple_it_is_opens_everything_but_the_practice_administration() {
        assertMatrix(signedIn(dana), route -> !SUPERVISOR_ONLY.contains(route));
    }

    @Test
    void another_counselor_is_refused_the_couple_and_its_session_as_well() {
        assertMatrix(signedIn(lee), route -> !SUPERVISOR_ONLY.contains(route) && !OWNER_ONLY.contains(route));
    }

    @Test
    void a_supervisor_opens_every_route() {
        assertMatrix(signedIn(robin), route -> true);
    }

    @Test
    void nobody_signed_in_is_sent_to_the_sign_in_page_from_every_route_and_each_refusal_is_audited() {
        HttpVisitor stranger = new HttpVisitor(port);
        for (String route : ROUTES.keySet()) {
            long before =
                    audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED).size();
            HttpVisitor.Response page = stranger.get("/" + path(route));
            assertThat(page.toLogin()).as(route).isTrue();
            assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED).size())
                    .as(route)
                    .isEqualTo(before + 1);
        }
        assertMatrix(stranger, route -> false);
    }
}
