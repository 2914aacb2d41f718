package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import app.tandem.support.HttpVisitor.Response;
import app.tandem.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's check-in link through real HTTP, as a phone would open it (the bootstrap request
 * and Vaadin's navigation request): the valid link opens the page in the practice's name and
 * nothing of the other partner; every unusable link gets the same neutral page and writes no
 * check-in data.
 */
@HttpTest
class CheckInLinkHttpTest {

    static final String NEUTRAL = "This link is not valid";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    CheckInLinkService links;

    @Autowired
    CheckInService checkIns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Couple couple;
    Couple other;
    String tokenA;
    String tokenB;
    String otherToken;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jdbc.update(
                "UPDATE practice_settings SET practice_name = 'Harbour Lane Practice' WHERE practice_settings_id = 1");
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Lindqvist", "Samir", "Oduya");
        other = fixtures.couple(dana, "Ines", "Carvalho", "Kai", "Brennan");
        tokenA = links.create(couple.getId(), PartnerId.A).token();
        tokenB = links.create(couple.getId(), PartnerId.B).token();
        otherToken = links.create(other.getId(), PartnerId.A).token();
        fixtures.logout();
        // Partner B has checked in, with words only B and the counselor may ever read.
        assertThat(checkIns.save(
                        tokenB,
                        "192.0.2.7",
                        new CheckInAnswers(
                                FeelsSafe.NOT_SURE,
                                3,
                                4,
                                5,
                                11,
                                Map.of(),
                                Map.of(),
                                "Zephyrine-note: the evenings are hard")))
                .isEqualTo(CheckInService.Saved.SAVED);
    }

    @Test
    void a_valid_link_opens_the_page_in_the_practices_name_with_a_neutral_title_and_no_store() {
        HttpVisitor phone = new HttpVisitor(port);
        Response first = phone.get("/c/" + tokenA);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control").orElse("")).contains("no-store");
        Response page = phone.navigate("c/" + tokenA);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Harbour Lane Practice", "Hello Maya", "Quick exit", "Do you feel safe at home right now?")
                .doesNotContain(NEUTRAL);
        // The document title Vaadin sets is the neutral one.
        assertThat(page.body()).contains("[\"Notes\",\"if(window.Vaadin.Flow.navigation)");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CHECK_IN_OPENED)).hasSize(1);
    }

    @Test
    void the_page_never_carries_the_other_partners_name_answers_or_notes() {
        HttpVisitor phone = new HttpVisitor(port);
        String served =
                phone.get("/c/" + tokenA).body() + phone.navigate("c/" + tokenA).body();
        assertThat(served)
                .doesNotContain(
                        "Samir",
                        "Oduya",
                        "Zephyrine",
                        "evenings are hard",
                        "Lindqvist",
                        "Ines",
                        "Carvalho",
                        "Kai",
                        "Brennan");
        // B's own page shows B's answers back to B for correction, still nothing of A.
        String own = new HttpVisitor(port).navigate("c/" + tokenB).body();
        assertThat(own).contains("Zephyrine-note").doesNotContain("Maya", "Lindqvist");
    }

    @Test
    void expired_withdrawn_altered_and_unknown_links_get_the_same_neutral_page_and_write_no_check_in() {
        fixtures.loginAs(dana);
        links.revoke(other.getId(), PartnerId.A);
        fixtures.logout();
        String altered = (tokenA.charAt(10) == 'x' ? 'y' : 'x') + "";
        altered = tokenA.substring(0, 10) + altered + tokenA.substring(11);
        long checkInsBefore = count("check_in");
        long linksBefore = count("check_in_link");
        String withdrawn = neutralBody(otherToken);
        for (String token : new String[] {altered, CheckInTokens.newToken(), "short", tokenA + "x"}) {
            assertThat(neutralBody(token)).isEqualTo(withdrawn);
        }
        clock.advance(Duration.ofDays(15));
        assertThat(neutralBody(tokenA)).isEqualTo(withdrawn);
        assertThat(count("check_in")).isEqualTo(checkInsBefore);
        assertThat(count("check_in_link")).isEqualTo(linksBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM check_in_link WHERE last_used_at IS NOT NULL", Long.class))
                .isZero();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CHECK_IN_OPENED)).isEmpty();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CHECK_IN_LINK_REFUSED))
                .isNotEmpty();
    }

    @Test
    void a_thousand_random_tokens_find_nothing_and_the_address_is_then_held_back() {
        for (int i = 0; i < 1000; i++) {
            assertThat(checkIns.lookup(CheckInTokens.newToken())).isEmpty();
        }
        HttpVisitor guesser = new HttpVisitor(port);
        for (int i = 0; i < 25; i++) {
            assertThat(guesser.navigate("c/" + CheckInTokens.newToken()).body()).contains(NEUTRAL);
        }
        // After 20 wrong links from one address even a right one gets the neutral page for a while.
        assertThat(guesser.navigate("c/" + tokenA).body()).contains(NEUTRAL).doesNotContain("Maya");
        assertThat(count("check_in")).isEqualTo(1);
    }

    private String neutralBody(String token) {
        Response page = new HttpVisitor(port).navigate("c/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(NEUTRAL).doesNotContain("Maya", "Ines", "Harbour Lane");
        // The neutral page is identical whatever was wrong; only Vaadin's per-request ids differ.
        return page.body()
                .replaceAll("\"(syncId|clientId|Vaadin-Security-Key|csrfToken|uiId|v-uiId|pushId)\":\"?[^,}\"]*\"?", "")
                .replaceAll("\"timings\":\\[[0-9,]*\\]", "")
                .replaceAll("c/[A-Za-z0-9_-]+", "c/TOKEN");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
