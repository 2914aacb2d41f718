package app.tandem.base;

/** Role names as used in access annotations ({@code @RolesAllowed}, {@code @PreAuthorize}). */
public final class AppRoles {

    public static final String COUNSELOR = "COUNSELOR";
    public static final String SUPERVISOR = "SUPERVISOR";

    private AppRoles() {
    }
}
