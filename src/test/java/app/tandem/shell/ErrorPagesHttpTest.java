package app.tandem.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unknown and refused addresses, opened through Vaadin's own HTTP protocol as a browser does: each
 * answer renders a page inside the shell (MainLayout) with one plain sentence and a way on, and
 * nothing of Vaadin's or Java's own reporting (an exception class, a stack frame, "Could not
 * navigate", "Couldn't find route").
 */
@HttpTest
class ErrorPagesHttpTest {

    /** What must never reach the page: class names, stack frames, Vaadin's raw reasons. */
    static final List<String> DEVELOPER_OUTPUT = List.of(
            "Exception",
            "exception",
            "\tat ",
            "java.",
            "Could not navigate",
            "Couldn't find route",
            "Reason:",
            "root cause",
            "stack");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Counselor dana;
    Counselor lee;
    Couple couple;

    @BeforeEach
    void practice() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        fixtures.logout();
    }

    private HttpVisitor signedIn(Counselor who) {
        HttpVisitor browser = new HttpVisitor(port);
        browser.login(who.getEmail(), Fixtures.PASSWORD);
        return browser;
    }

    private static void assertInShell(HttpVisitor.Response page, String view, String sentence) {
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).as("the shell is there").contains("app.tandem.shell.MainLayout");
        assertThat(HttpVisitor.viewsShown(page)).as("the error page inside it").contains(view);
        assertThat(body).contains(sentence);
        for (String developer : DEVELOPER_OUTPUT) {
            assertThat(body).as("no developer output").doesNotContain(developer);
        }
    }

    @Test
    void an_unknown_couple_reads_as_a_sentence_with_a_link_to_the_caseload() {
        HttpVisitor page = signedIn(dana);
        HttpVisitor.Response answer = page.navigate("couples/C-9999");
        assertInShell(answer, "NotFoundView", "There is no couple C-9999 in your caseload.");
        assertThat(answer.body()).contains("Go to your caseload");
    }

    @Test
    void another_counselors_couple_reads_exactly_like_an_unknown_one() {
        assertInShell(
                signedIn(lee).navigate("couples/" + couple.getReference()),
                "NotFoundView",
                "There is no couple " + couple.getReference() + " in your caseload.");
    }

    @Test
    void a_missing_or_malformed_session_id_reads_as_a_sentence() {
        HttpVisitor page = signedIn(dana);
        assertInShell(
                page.navigate("couples/" + couple.getReference() + "/sessions/987654321"),
                "NotFoundView",
                "There is no such session in your caseload.");
        assertInShell(
                page.navigate("couples/" + couple.getReference() + "/sessions/not-a-number"),
                "NotFoundView",
                "There is no such session in your caseload.");
    }

    @Test
    void a_supervisor_screen_opened_by_a_counselor_reads_as_a_sentence_in_the_shell() {
        HttpVisitor.Response answer = signedIn(dana).navigate("admin/accounts");
        assertThat(HttpVisitor.viewsShown(answer)).doesNotContain("AccountsView");
        String view = HttpVisitor.viewsShown(answer).contains("AccessDeniedView") ? "AccessDeniedView" : "NotFoundView";
        assertInShell(
                answer,
                view,
                view.equals("AccessDeniedView")
                        ? "This page is not open to your account."
                        : "There is no page at this address.");
    }

    @Test
    void an_address_with_no_page_reads_as_a_sentence_with_a_link_home() {
        HttpVisitor.Response answer = signedIn(dana).navigate("no/such/page");
        assertInShell(answer, "NotFoundView", "There is no page at this address.");
        assertThat(answer.body()).contains("Go to the start page");
    }

    @Test
    void the_health_endpoint_answers_without_a_sign_in_and_shows_the_status_only() {
        HttpVisitor.Response health = new HttpVisitor(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
        HttpVisitor.Response other = new HttpVisitor(port).get("/actuator/env");
        assertThat(other.body()).doesNotContain("spring.datasource");
    }
}
