package app.tandem.security;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the one-time first supervisor, and the supervisor's management of counselor accounts. */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CounselorRepository counselors;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    AccountService(CounselorRepository counselors, PasswordEncoder encoder, PasswordPolicy policy, AuditService audit,
            CurrentUser currentUser, EntityManager em, Clock clock) {
        this.counselors = counselors;
        this.encoder = encoder;
        this.policy = policy;
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

    /** Creates the first supervisor; refused once any account exists (checked under a lock). */
    @Transactional
    public Counselor createFirstSupervisor(String displayName, String email, String password) {
        em.createNativeQuery("SELECT practice_settings_id FROM practice_settings WHERE practice_settings_id = 1 FOR UPDATE")
                .getResultList();
        if (counselors.count() > 0) {
            throw new ValidationFailure(null, "Tandem is already set up: sign in instead.");
        }
        Counselor created = newAccount(displayName, email, password, Role.SUPERVISOR);
        audit.record(AuditAction.SETUP_COMPLETED, "ACCOUNT", created.getId());
        return created;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor create(String displayName, String email, Role role, String password) {
        Counselor created = newAccount(displayName, email, password, role);
        audit.record(AuditAction.ACCOUNT_CREATED, "ACCOUNT", created.getId(), AuditService.OK, "role=" + role);
        return created;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Counselor setActive(long accountId, boolean active) {
        Counselor account = counselors.findById(accountId).orElseThrow(() -> new NotFoundException("The account"));
        if (!active && account.getId().equals(currentUser.require().id())) {
            throw new ValidationFailure(null, "You cannot deactivate your own account.");
        }
        account.setActive(active);
        audit.record(active ? AuditAction.ACCOUNT_ACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, "ACCOUNT", accountId);
        return account;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void resetPassword(long accountId, String newPassword) {
        Counselor account = counselors.findById(accountId).orElseThrow(() -> new NotFoundException("The account"));
        policy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new ValidationFailure("password", problem);
        });
        account.changePasswordHash(encoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, "ACCOUNT", accountId);
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
        policy.problem(password, normalised).ifPresent(problem -> {
            throw new ValidationFailure("password", problem);
        });
        return counselors.save(new Counselor(normalised, displayName, encoder.encode(password), role, clock.instant()));
    }
}
