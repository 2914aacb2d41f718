package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AnonymousAuditBudget;
import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import app.tandem.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Anyone can send requests without a sign-in; the audit rows they cause are bounded per minute, and still counted. */
@HttpTest
class AnonymousAuditBoundHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    AnonymousAuditBudget budget;

    @BeforeEach
    void reset() {
        fixtures.reset();
        fixtures.counselor("Dana Whitfield");
    }

    @Test
    void a_flood_of_failed_sign_ins_and_refused_routes_writes_at_most_sixty_rows_a_minute_and_the_rest_as_one_count() {
        HttpVisitor attacker = new HttpVisitor(port);
        String token = attacker.csrfToken();
        for (int i = 0; i < 50; i++) {
            attacker.postForm(
                    "/login", Map.of("username", "guess" + i + "@example.org", "password", "x", "_csrf", token));
            attacker.get("/admin/audit");
        }
        long written = audit.count();
        assertThat(written).isEqualTo(60);
        clock.advance(Duration.ofMinutes(1));
        budget.settle();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ANONYMOUS_EVENTS_SUPPRESSED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).startsWith("40 more events"));
    }
}
