package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the running application through real HTTP on a random port: what a browser
 * or an attacker sends (the login form's POST, route requests, Vaadin's own requests), never a
 * bean call standing in for it. All such tests share one context and one web server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // As behind a TLS-terminating proxy (README, "Running behind TLS"): the tests' requests come
        // from 127.0.0.1, which Tomcat trusts as a proxy, so X-Forwarded-Proto counts when sent.
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@Tag("db")
public @interface HttpTest {}
