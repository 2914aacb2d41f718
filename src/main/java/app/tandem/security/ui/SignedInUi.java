package app.tandem.security.ui;

import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import app.tandem.security.SessionGuard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What every signed-in UI gets: the idle warning ({@link IdleWarning}: the sign-in ends after the
 * idle timeout without activity, and a minute before a dialog says so), and a forced visit to the
 * password screen while the account's password was set by a supervisor.
 */
@Component
class SignedInUi implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SessionGuard guard;
    private final Clock clock;
    private final Duration warnBefore;

    SignedInUi(
            CurrentUser currentUser,
            SessionGuard guard,
            Clock clock,
            @Value("${tandem.security.idle-warning:1m}") Duration warnBefore) {
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
        this.warnBefore = warnBefore;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (currentUser.find().isPresent()) {
                new IdleWarning(ui, this::idleFor, guard.idleTimeout(), warnBefore).start();
            }
            ui.addBeforeEnterListener(enter -> {
                boolean mustChange =
                        currentUser.find().map(TandemUser::mustChangePassword).orElse(false);
                if (mustChange && enter.getNavigationTarget() != ChangePasswordView.class) {
                    enter.forwardTo(ChangePasswordView.class);
                }
            });
        });
    }

    /** How long the session has had no user activity (as the session guard counts it). */
    private Duration idleFor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(SessionGuard.LAST_ACTIVITY);
        return last instanceof Instant at ? Duration.between(at, clock.instant()) : Duration.ZERO;
    }

    /** Replaces the signed-in principal in this session (after the person changed their own password). */
    static void renew(CurrentUser currentUser, TandemUser user) {
        SecurityContext context = currentUser.contexts().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        currentUser.contexts().setContext(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
