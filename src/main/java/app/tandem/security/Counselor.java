package app.tandem.security;

import app.tandem.base.AbstractEntity;
import app.tandem.base.FieldLimits;
import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** A user account of the back office: a counselor or a supervisor. */
@Entity
@Table(name = "counselor")
public class Counselor extends AbstractEntity {

    public static final int EMAIL_MAX_LENGTH = FieldLimits.EMAIL;
    public static final int NAME_MAX_LENGTH = FieldLimits.COUNSELOR_NAME;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "counselor_id")
    private Long id;

    @Column(name = "email", nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    protected Counselor() {}

    public Counselor(String email, String displayName, String passwordHash, Role role, Instant now) {
        setEmail(email);
        setDisplayName(displayName);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    private void setEmail(String email) {
        String normalised = normaliseEmail(email);
        if (normalised.isEmpty() || normalised.length() > EMAIL_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "An e-mail address of at most " + EMAIL_MAX_LENGTH + " characters is required.");
        }
        this.email = normalised;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        String trimmed = displayName == null ? "" : displayName.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A name of at most " + NAME_MAX_LENGTH + " characters is required.");
        }
        this.displayName = trimmed;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /**
     * A new password. {@code chosenByOwner} is false when a supervisor set it: the person must
     * then choose their own at the next sign-in. Any change ends the account's other sessions.
     */
    void changePassword(String passwordHash, Instant now, boolean chosenByOwner) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordMustChange = !chosenByOwner;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.credentialsVersion++;
    }

    /** A rehash of the same password with a stronger encoding: nothing else changes. */
    void upgradeHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** Grows with every password change or reset; sessions remember it from their sign-in. */
    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    void requirePasswordChange() {
        this.passwordMustChange = true;
    }

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = Objects.requireNonNull(role);
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }

    /** This account as a signed-in user, with its state as of now. */
    public TandemUser toUser() {
        return new TandemUser(
                getId(), getEmail(), getDisplayName(), getRole(), getCredentialsVersion(), isPasswordMustChange());
    }
}
