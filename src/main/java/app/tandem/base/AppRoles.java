package app.tandem.base;

/**
 * Role names as the routes' {@code @RolesAllowed} annotations and {@link TandemUser}'s granted
 * authorities use them. The services' {@code @PreAuthorize} expressions name the same roles as
 * string literals ({@code hasRole('COUNSELOR')}, {@code hasRole('SUPERVISOR')}), which must stay
 * equal to these.
 */
public final class AppRoles {

    public static final String COUNSELOR = "COUNSELOR";
    public static final String SUPERVISOR = "SUPERVISOR";

    private AppRoles() {}
}
