package app.tandem.security;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password login with a throttle in front: every failure looks the same to the person logging
 * in (unknown user, wrong password, inactive account, too many attempts), and each is audited.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "bad credentials";

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditService audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditService audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String submitted = String.valueOf(authentication.getName());
        if (throttle.isThrottled(submitted)) {
            audit.recordLogin(AuditAction.LOGIN_FAILURE, null, submitted, "THROTTLED");
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.recordFailure(submitted);
            audit.recordLogin(AuditAction.LOGIN_FAILURE, null, submitted, "DENIED");
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
        throttle.recordSuccess(submitted);
        TandemUser user = ((TandemUser) result.getPrincipal()).withoutPassword();
        audit.recordLogin(AuditAction.LOGIN_SUCCESS, user.id(), user.email(), "SUCCESS");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, result.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
