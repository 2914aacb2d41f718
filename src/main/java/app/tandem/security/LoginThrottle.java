package app.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per submitted user name in a sliding window, in the database so that
 * several Tandem instances agree. Once the limit is reached, further attempts are refused (with
 * the same message as a wrong password) until the oldest failure leaves the window. Refused
 * attempts are not counted themselves, so the lock lifts when the window passes.
 */
@Service
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
            @Value("${tandem.security.max-failed-logins:5}") int maxFailures,
            @Value("${tandem.security.failed-login-window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public static String key(String submittedUsername) {
        return Counselor.normaliseEmail(submittedUsername);
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String submittedUsername) {
        return failures.countSince(key(submittedUsername), clock.instant().minus(window)) >= maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String submittedUsername) {
        String key = key(submittedUsername);
        if (key.length() > 254) {
            key = key.substring(0, 254);
        }
        failures.save(new LoginFailure(key, clock.instant()));
    }

    @Transactional
    public void recordSuccess(String submittedUsername) {
        failures.deleteByKey(key(submittedUsername));
    }

    /** Old failures are no longer needed once outside the window; one instance at a time purges them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failure-purge", lockAtLeastFor = "PT1M")
    @Transactional
    public void purgeExpired() {
        failures.deleteOlderThan(clock.instant().minus(window.multipliedBy(2)));
    }

    Instant now() {
        return clock.instant();
    }
}
