package app.tandem.security;

import app.tandem.audit.AuditService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Every refusal by the access rules lands in the audit trail as ACCESS_DENIED: a route the user
 * may not open (Vaadin's navigation access control, which reroutes to the sign-in page or to
 * "not found"), a service method whose {@code @PreAuthorize} refuses, and a URL rule. Refusals
 * inside services ("not in caseload") are audited where they happen. Without a sign-in these
 * count against the anonymous budget.
 */
@Configuration
class AccessAudit {

    private final AuditService audit;

    AccessAudit(AuditService audit) {
        this.audit = audit;
    }

    /** Vaadin's own access control, with the refusals it decides written down. */
    @Bean
    @Primary
    NavigationAccessControl auditedNavigationAccessControl(
            List<NavigationAccessChecker> checkers, NavigationAccessControlConfigurer configurer) {
        return configurer.build((list, resolver) -> new Audited(list, resolver, audit), checkers);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Object target = event.getSource();
        if (target instanceof MethodInvocation call) {
            audit.recordDenied(
                    "METHOD",
                    call.getMethod().getDeclaringClass().getSimpleName() + "."
                            + call.getMethod().getName(),
                    "role refused");
        } else if (target instanceof HttpServletRequest request) {
            audit.recordDenied("URL", shortened(request.getRequestURI()), "refused by URL rule");
        }
    }

    private static String shortened(String path) {
        return path == null || path.length() <= 64 ? path : path.substring(0, 64);
    }

    static final class Audited extends SpringNavigationAccessControl {

        private final AuditService audit;

        Audited(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver, AuditService audit) {
            super(checkers, resolver);
            this.audit = audit;
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            boolean before = rerouted(event);
            super.beforeEnter(event);
            if (isEnabled() && !before && rerouted(event)) {
                audit.recordDenied("ROUTE", shortened("/" + event.getLocation().getPath()), "route refused");
            }
        }

        private static boolean rerouted(BeforeEnterEvent event) {
            return event.hasForwardTarget()
                    || event.hasRerouteTarget()
                    || event.hasExternalForwardUrl()
                    || event.hasUnknownForward()
                    || event.hasUnknownReroute();
        }
    }
}
