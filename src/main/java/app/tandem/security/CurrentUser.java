package app.tandem.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in account, for access checks inside services. */
@Component
public class CurrentUser {

    public Optional<TandemUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TandemUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in account; refuses when nobody is signed in. */
    public TandemUser require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first."));
    }
}
