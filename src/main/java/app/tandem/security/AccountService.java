package app.tandem.security;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import app.tandem.base.ValidationFailure;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the one-time first supervisor, a supervisor's management of accounts, and each
 * person's own password. A password a supervisor sets must be replaced by its owner at the next
 * sign-in; any change of password, role or status ends the account's open sessions at their next
 * request ({@link SessionGuard}).
 */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CounselorRepository counselors;
    private final PasswordChecks passwords;
    private final PasswordPolicy policy;
    private final SetupCodes setupCodes;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    AccountService(
            CounselorRepository counselors,
            PasswordChecks passwords,
            PasswordPolicy policy,
            SetupCodes setupCodes,
            LoginThrottle throttle,
            AuditService audit,
            CurrentUser currentUser,
            EntityManager em,
            Clock clock) {
        this.counselors = counselors;
        this.passwords = passwords;
        this.policy = policy;
        this.setupCodes = setupCodes;
        this.throttle = throttle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** True only while no account exists: then, and only then, the setup screen is offered. */
    @Transactional(readOnly = true)
    public boolean setupNeeded() {
        return counselors.count() == 0;
    }

    /**
     * Creates the first supervisor; needs the setup code printed at start, and is refused once
     * any account exists (checked under a lock).
     */
    @Transactional(noRollbackFor = ValidationFailure.class)
    public Counselor createFirstSupervisor(String setupCode, String displayName, String email, String password) {
        em.createNativeQuery(
                        "SELECT practice_settings_id FROM practice_settings WHERE practice_settings_id = 1 FOR UPDATE")
                .getResultList();
        if (counselors.count() > 0) {
            throw new ValidationFailure(null, "Tandem is already set up: sign in instead.");
        }
        if (!setupCodes.matches(setupCode)) {
            audit.recordAnonymous(AuditAction.SETUP_CODE_REFUSED, "SETUP", AuditService.DENIED, "wrong setup code");
            throw new ValidationFailure(
                    "setupCode",
                    "This is not the setup code Tandem printed when it started. "
                            + "Copy it from the console or log of the latest start.");
        }
        Counselor created = newAccount(displayName, email, password, Role.SUPERVISOR);
        setupCodes.discardAll();
        audit.record(AuditAction.SETUP_COMPLETED, "ACCOUNT", created.getId());
        return created;
    }

    /** What the new-account form carries. */
    public record NewAccount(String displayName, String email, Role role, String password) {}

    /** {@link #create(String, String, Role, String)} from the new-account form's record. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor create(NewAccount account) {
        return create(account.displayName(), account.email(), account.role(), account.password());
    }

    /** A new account whose first password the person must replace at their first sign-in. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor create(String displayName, String email, Role role, String password) {
        Counselor created = newAccount(displayName, email, password, role);
        created.requirePasswordChange();
        audit.record(AuditAction.ACCOUNT_CREATED, "ACCOUNT", created.getId(), AuditService.OK, "role=" + role);
        return created;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor setActive(long accountId, boolean active) {
        Counselor account = require(accountId);
        if (!active && account.getId().equals(currentUser.require().id())) {
            throw new ValidationFailure(null, "You cannot deactivate your own account.");
        }
        account.setActive(active);
        audit.record(active ? AuditAction.ACCOUNT_ACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, "ACCOUNT", accountId);
        return account;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor changeRole(long accountId, Role role) {
        Counselor account = require(accountId);
        if (role == null) {
            throw new ValidationFailure("role", "Choose a role.");
        }
        if (account.getId().equals(currentUser.require().id()) && role != account.getRole()) {
            throw new ValidationFailure("role", "Another supervisor must change your own role.");
        }
        if (role != account.getRole()) {
            account.setRole(role);
            audit.record(AuditAction.ACCOUNT_ROLE_CHANGED, "ACCOUNT", accountId, AuditService.OK, "role=" + role);
        }
        return account;
    }

    /** Sets a temporary password the person must replace at their next sign-in. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void resetPassword(long accountId, String newPassword) {
        Counselor account = require(accountId);
        checkPolicy(newPassword, account.getEmail(), "password");
        account.changePassword(passwords.encode(newPassword), clock.instant(), false);
        audit.record(AuditAction.PASSWORD_RESET, "ACCOUNT", accountId);
    }

    /**
     * The signed-in person replaces their own password; the current one is required (a wrong
     * one counts as a failed sign-in). Returns the account as it is now, so the caller can
     * renew the session's principal: the account's other sessions end.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = ValidationFailure.class)
    public TandemUser changeOwnPassword(String currentPassword, String newPassword) {
        Counselor account = require(currentUser.require().id());
        if (throttle.isThrottled(account.getEmail())
                || !passwords.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getEmail());
            throw new ValidationFailure("currentPassword", "This is not your current password.");
        }
        checkPolicy(newPassword, account.getEmail(), "newPassword");
        if (passwords.matches(newPassword, account.getPasswordHash())) {
            throw new ValidationFailure("newPassword", "Choose a password different from the current one.");
        }
        account.changePassword(passwords.encode(newPassword), clock.instant(), true);
        em.flush();
        audit.record(AuditAction.PASSWORD_CHANGED, "ACCOUNT", account.getId());
        return account.toUser();
    }

    /** Sign-in state for the supervisor's account list: paused until when, and failures in the last day. */
    public record SignInState(Optional<Instant> pausedUntil, int failuresLastDay) {}

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public SignInState signInState(long accountId) {
        Counselor account = require(accountId);
        return new SignInState(
                throttle.pausedUntil(account.getEmail()), throttle.failuresInLastDay(account.getEmail()));
    }

    /** Lets a person whose sign-in is paused after failed attempts try again at once. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void unpauseSignIn(long accountId) {
        Counselor account = require(accountId);
        throttle.clear(account.getEmail());
        audit.record(AuditAction.SIGN_IN_UNPAUSED, "ACCOUNT", accountId);
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Slice<Counselor> list(Pageable pageable) {
        return counselors.findAllBy(pageable);
    }

    /** Active accounts, for choosing a counselor (filters, reassignment). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Counselor> activeCounselors() {
        return counselors.findByActiveTrueOrderByDisplayNameAsc();
    }

    private Counselor require(long accountId) {
        return counselors.findById(accountId).orElseThrow(() -> new NotFoundException("The account"));
    }

    private void checkPolicy(String password, String email, String field) {
        policy.problem(password, email).ifPresent(problem -> {
            throw new ValidationFailure(field, problem);
        });
    }

    private Counselor newAccount(String displayName, String email, String password, Role role) {
        String normalised = Counselor.normaliseEmail(email);
        if (displayName == null || displayName.isBlank()) {
            throw new ValidationFailure("displayName", "Enter the person's name.");
        }
        if (displayName.trim().length() > Counselor.NAME_MAX_LENGTH) {
            throw new ValidationFailure("displayName", "Use at most " + Counselor.NAME_MAX_LENGTH + " characters.");
        }
        if (!EMAIL.matcher(normalised).matches() || normalised.length() > Counselor.EMAIL_MAX_LENGTH) {
            throw new ValidationFailure("email", "Enter an e-mail address such as name@example.org.");
        }
        if (counselors.existsByEmail(normalised)) {
            throw new ValidationFailure("email", "An account with this e-mail address exists already.");
        }
        checkPolicy(password, normalised, "password");
        return counselors.save(
                new Counselor(normalised, displayName, passwords.encode(password), role, clock.instant()));
    }
}
