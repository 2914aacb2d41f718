package app.tandem.base;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in account, for access checks inside services. Read through the same security
 * context strategy that the filter chain and method security use (Vaadin's), not the static
 * holder, which another application context in the same JVM may have replaced.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.contexts = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<TandemUser> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TandemUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in account; refuses when nobody is signed in. */
    public TandemUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** The strategy itself, for the few places that set or clear the context. */
    public SecurityContextHolderStrategy contexts() {
        return contexts;
    }
}
