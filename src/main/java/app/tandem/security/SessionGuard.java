package app.tandem.security;

import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session, before anything else sees it, and ends the
 * sign-in when
 * <ul>
 * <li>nothing the person did reached the server for the idle timeout: Vaadin's heartbeat and
 * the idle warning's poll keep the HTTP session alive but are not activity ({@link UserActivity});
 * <li>the stored account no longer matches the one signed in: deactivated, password changed or
 * reset, or another role. One primary-key read per request; two instances need nothing shared.
 * </ul>
 * The request then goes on as anonymous: a page load lands on the sign-in page, a Vaadin request
 * finds its session gone and the browser reloads onto it. Each ending is audited as a sign-out.
 */
@Component
public class SessionGuard {

    /** The HTTP session attribute holding the time of the last request that was user activity. */
    public static final String LAST_ACTIVITY = "tandem.lastActivity";

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration idleTimeout;

    SessionGuard(
            JdbcTemplate jdbc,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${tandem.security.idle-timeout:30m}") Duration idleTimeout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** The filter placed in Spring Security's chain (not a bean, so the servlet container does not run it twice). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(check(request), response);
            }
        };
    }

    HttpServletRequest check(HttpServletRequest request) throws IOException {
        HttpSession session = request.getSession(false);
        TandemUser user = session == null ? null : currentUser.find().orElse(null);
        if (user == null) {
            return request;
        }
        Instant now = clock.instant();
        Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
        if (last != null && Duration.between(last, now).compareTo(idleTimeout) > 0) {
            end(session, user, "idle for " + idleTimeout.toMinutes() + " minutes");
            return request;
        }
        String changed = accountChange(user);
        if (changed != null) {
            end(session, user, changed);
            return request;
        }
        UserActivity activity = UserActivity.of(request);
        if (activity.isUserActivity() || last == null) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return activity.request();
    }

    /** Why the stored account no longer matches the signed-in one, or null when it does. */
    private String accountChange(TandemUser user) {
        List<Object[]> rows;
        try {
            rows = jdbc.query(
                    "SELECT active, role, credentials_version FROM counselor WHERE counselor_id = ?",
                    (rs, n) -> new Object[] {rs.getBoolean(1), rs.getString(2), rs.getInt(3)},
                    user.id());
        } catch (DataAccessException databaseDown) {
            // Nobody can do anything without the database either; refusing here would only lose
            // what the person typed, which the UI keeps until the database is back.
            log.debug("Account check skipped: the database cannot be reached");
            return null;
        }
        if (rows.isEmpty() || !(Boolean) rows.get(0)[0]) {
            return "account deactivated";
        }
        if (!user.role().name().equals(rows.get(0)[1])) {
            return "role changed";
        }
        if (user.credentialsVersion() != (Integer) rows.get(0)[2]) {
            return "password changed";
        }
        return null;
    }

    private void end(HttpSession session, TandemUser user, String reason) {
        audit.recordSignOut(user.id(), user.email(), reason);
        currentUser.contexts().clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Another request of the same session ended it a moment ago.
        }
    }

    /** Logout handler: a sign-out the person asked for. */
    void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof TandemUser user) {
            audit.recordSignOut(user.id(), user.email(), "signed out");
        }
    }
}
