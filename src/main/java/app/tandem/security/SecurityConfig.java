package app.tandem.security;

import app.tandem.audit.AuditService;
import app.tandem.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security for Vaadin: form login through the login view and {@link PasswordLogin} (the
 * only authentication manager: no user-details bean exists from which Spring could build a
 * second one), roles checked on every view and service, every session checked at every request
 * by {@link SessionGuard}, and the transport headers (docs/decisions/0034).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin 25's pre-built bundle needs: its bootstrap page has inline scripts, executeJs
     * compiles functions at run time ('unsafe-eval'), Lumo and components set inline styles, and
     * icons come as data URIs. Everything else is this origin only; no framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, SessionGuard guard) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/favicon.svg")
                        .permitAll()
                        // Status only (no details are shown to anyone): for a load balancer (decision 0060).
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll());
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).addLogoutHandler(guard::signedOut));
        http.addFilterAfter(guard.filter(), SecurityContextHolderFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                // Vaadin serves its pages through a forward, which commits the response before
                // Spring's usual late header writing: the headers must be written up front.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentTypeOptions(c -> {})
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Sent only over HTTPS (also behind a proxy when forwarded headers are honoured).
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * Argon2id for every new hash: it takes passwords of any length whole (bcrypt ignores all
     * past 72 bytes). Hashes made with bcrypt before still verify and are replaced at the next
     * successful sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(
                argon2,
                Map.of(
                        argon2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationManager authenticationManager(
            CounselorRepository counselors,
            PasswordChecks passwords,
            LoginThrottle throttle,
            AuditService audit,
            KeyedHash hash,
            TransactionTemplate transactions) {
        return new ProviderManager(new PasswordLogin(counselors, passwords, throttle, audit, hash, transactions));
    }

    /** Refusals by {@code @PreAuthorize} (and by URL rules) become events that {@link AccessAudit} records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
