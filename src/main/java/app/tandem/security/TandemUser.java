package app.tandem.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security sees it. Supervisors also hold the counselor role. */
public record TandemUser(long id, String email, String displayName, Role role, String passwordHash, boolean active)
        implements UserDetails {

    public static TandemUser of(Counselor c) {
        return new TandemUser(c.getId(), c.getEmail(), c.getDisplayName(), c.getRole(), c.getPasswordHash(), c.isActive());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role == Role.SUPERVISOR
                ? List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SUPERVISOR), new SimpleGrantedAuthority("ROLE_" + AppRoles.COUNSELOR))
                : List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.COUNSELOR));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }

    /** Keeps the hash out of sessions and logs once authentication is done. */
    TandemUser withoutPassword() {
        return new TandemUser(id, email, displayName, role, "", active);
    }

    @Override
    public String toString() {
        return "TandemUser[id=" + id + ", role=" + role + "]";
    }
}
