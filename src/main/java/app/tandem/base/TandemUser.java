package app.tandem.base;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in account as kept in the HTTP session. It holds no password hash: only what access
 * checks need, plus the account's state at sign-in ({@code credentialsVersion}, role) so that a
 * later deactivation, password reset or role change ends the session at its next request.
 * Supervisors also hold the counselor role.
 */
public record TandemUser(
        long id, String email, String displayName, Role role, int credentialsVersion, boolean mustChangePassword)
        implements AuthenticatedPrincipal, Serializable {

    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role == Role.SUPERVISOR
                ? List.of(
                        new SimpleGrantedAuthority("ROLE_" + AppRoles.SUPERVISOR),
                        new SimpleGrantedAuthority("ROLE_" + AppRoles.COUNSELOR))
                : List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.COUNSELOR));
    }

    @Override
    public String getName() {
        return email;
    }

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }

    @Override
    public String toString() {
        return "TandemUser[id=" + id + ", role=" + role + "]";
    }
}
