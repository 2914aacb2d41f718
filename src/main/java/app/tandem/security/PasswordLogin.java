package app.tandem.security;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.TandemUser;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to sign in (the login form's POST and nothing else): the throttle first, then
 * exactly one password check whatever the account's state, then the audit. Unknown name, wrong
 * password, deactivated account and a paused account all end in the same exception, and take
 * the same time except the paused one, which is refused without a check (it tells nothing about
 * whether the account exists: unknown names are paused alike). The principal kept in the
 * session carries no password hash.
 */
class PasswordLogin implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "bad credentials";

    private final CounselorRepository counselors;
    private final PasswordChecks passwords;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final KeyedHash hash;
    private final TransactionTemplate transactions;

    PasswordLogin(
            CounselorRepository counselors,
            PasswordChecks passwords,
            LoginThrottle throttle,
            AuditService audit,
            KeyedHash hash,
            TransactionTemplate transactions) {
        this.counselors = counselors;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.hash = hash;
        this.transactions = transactions;
    }

    /** The failure redirect carries this so the sign-in page can say why (not the generic sentence). */
    static final String DATABASE_UNREACHABLE = "database unreachable";

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return check(authentication);
        } catch (DataAccessException | TransactionException databaseDown) {
            // Without this the form's POST ends in the servlet container's error page.
            throw new AuthenticationServiceException(DATABASE_UNREACHABLE, databaseDown);
        }
    }

    private Authentication check(Authentication authentication) {
        String submitted = String.valueOf(authentication.getName());
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        LoginThrottle.Attempt attempt = reserve(submitted, address(authentication));
        Optional<Counselor> account = counselors.findByEmail(Counselor.normaliseEmail(submitted));
        if (attempt.refused()) {
            failed(account, submitted, "THROTTLED", "too many failed attempts");
        }
        boolean matches = passwords.matches(
                password, account.map(Counselor::getPasswordHash).orElse(null));
        if (account.isEmpty()) {
            failed(account, submitted, AuditService.DENIED, "no account with this name");
        }
        if (!matches) {
            failed(account, submitted, AuditService.DENIED, "wrong password");
        }
        Counselor counselor = account.get();
        if (!counselor.isActive()) {
            failed(account, submitted, AuditService.DENIED, "account deactivated");
        }
        throttle.succeeded(attempt);
        if (passwords.needsUpgrade(counselor.getPasswordHash())) {
            upgrade(counselor.getId(), password);
        }
        TandemUser user = counselor.toUser();
        audit.recordLogin(AuditAction.LOGIN_SUCCESS, user.id(), user.email(), AuditService.OK, null);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private void failed(Optional<Counselor> account, String submitted, String outcome, String detail) {
        // A name that matches no account may be a password typed into the wrong field: only its
        // keyed hash, shortened, is kept (enough to see repeated attempts under one name).
        String who = account.map(Counselor::getEmail)
                .orElseGet(() -> "unknown name #"
                        + hash.of(Counselor.normaliseEmail(submitted)).substring(0, 12));
        audit.recordLogin(
                AuditAction.LOGIN_FAILURE, account.map(Counselor::getId).orElse(null), who, outcome, detail);
        throw new BadCredentialsException(GENERIC_FAILURE);
    }

    /** The reservation; a lock conflict among parallel attempts (InnoDB may pick a deadlock victim) is simply retried. */
    private LoginThrottle.Attempt reserve(String submitted, String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                return throttle.reserve(submitted, address);
            } catch (PessimisticLockingFailureException conflict) {
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }

    /** Re-hashes a correct password whose stored hash uses an older encoding (bcrypt before Argon2id). */
    private void upgrade(long accountId, String password) {
        String upgraded = passwords.encode(password);
        transactions.executeWithoutResult(
                status -> counselors.findById(accountId).ifPresent(c -> c.upgradeHash(upgraded)));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
