package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.Fixtures;
import app.tandem.support.HttpTest;
import app.tandem.support.HttpVisitor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/** What every page carries, and what HTTPS (also through a TLS-terminating proxy) adds. */
@HttpTest
class TransportHeadersHttpTest {

    private static final Map<String, String> VIA_HTTPS_PROXY = Map.of("X-Forwarded-Proto", "https");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment env;

    @BeforeEach
    void account() {
        fixtures.reset();
        fixtures.counselor("Dana Whitfield");
    }

    @Test
    void every_page_carries_a_content_security_policy_vaadin_works_with() {
        HttpVisitor browser = new HttpVisitor(port);
        for (String path : List.of("/login", "/setup", "/caseload", "/styles/tandem.css")) {
            HttpVisitor.Response r = browser.get(path);
            assertThat(r.header("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'self'")
                            .contains("object-src 'none'")
                            .doesNotContain("*"));
            assertThat(r.header("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).contains("SAMEORIGIN");
        }
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_session_cookie_is_not_secure() {
        HttpVisitor.Response r = new HttpVisitor(port).get("/login");
        assertThat(r.header("Strict-Transport-Security")).isEmpty();
        assertThat(r.header("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c)
                        .contains("JSESSIONID")
                        .contains("HttpOnly")
                        .doesNotContain("Secure"));
    }

    @Test
    void through_a_tls_terminating_proxy_hsts_is_sent_and_the_session_cookie_is_secure() {
        HttpVisitor.Response r = new HttpVisitor(port).get("/login", VIA_HTTPS_PROXY);
        assertThat(r.header("Strict-Transport-Security"))
                .hasValueSatisfying(
                        h -> assertThat(h).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(r.header("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c)
                        .contains("JSESSIONID")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void forwarded_headers_are_honoured_only_when_configured() throws Exception {
        // The tests run as behind a proxy (HttpTest); the application itself does not by default.
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        try (InputStream yaml = new ClassPathResource("application.yaml").getInputStream()) {
            assertThat(new String(yaml.readAllBytes(), StandardCharsets.UTF_8))
                    .doesNotContain("forward-headers-strategy");
        }
    }
}
