package app.tandem.security;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted in a sliding window per account (the submitted name) and per client
 * address, in the database so that several Tandem instances agree (docs/decisions/0030).
 *
 * <p>An attempt is <em>reserved</em> before its password is checked: under a row lock per key it
 * is refused when either count has reached its limit, and otherwise counted as a failure at
 * once. Parallel attempts therefore queue on the lock and at most the limit ever reach a
 * password check. A correct password takes the reservation back (and clears the account's
 * failures); refused attempts are not counted, so a lock lifts as the window slides on.
 */
@Service
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final KeyedHash hash;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(
            JdbcTemplate jdbc,
            KeyedHash hash,
            Clock clock,
            @Value("${tandem.security.max-failed-logins:5}") int maxPerAccount,
            @Value("${tandem.security.max-failed-logins-per-address:20}") int maxPerAddress,
            @Value("${tandem.security.failed-login-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** One attempt's reservation; {@code refused} when a limit was reached (then nothing was counted). */
    public record Attempt(String accountKey, List<Long> reservedIds, boolean refused) {}

    String accountKey(String submittedName) {
        return "u:" + hash.of(Counselor.normaliseEmail(submittedName));
    }

    private String addressKey(String address) {
        return "a:" + hash.of(address == null ? "" : address);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt reserve(String submittedName, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        // Locks are always taken in key order, so two attempts never wait for each other crosswise.
        TreeMap<String, Integer> limits = new TreeMap<>();
        String account = accountKey(submittedName);
        limits.put(account, maxPerAccount);
        limits.put(addressKey(address), maxPerAddress);
        limits.keySet().forEach(this::lock);
        for (var limit : limits.entrySet()) {
            if (failuresSince(limit.getKey(), since) >= limit.getValue()) {
                return new Attempt(account, List.of(), true);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String key : limits.keySet()) {
            ids.add(insertFailure(key, now));
        }
        return new Attempt(account, List.copyOf(ids), false);
    }

    /**
     * The same sliding-window count for another kind of request that anyone can send (check-in
     * links, decision 0100): counts one event under {@code what} (stored only as a keyed hash)
     * unless {@code limit} events were already counted in the window, and says whether it was.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(String what, int limit) {
        String key = "k:" + hash.of(what);
        lock(key);
        Instant now = clock.instant();
        if (failuresSince(key, now.minus(window)) >= limit) {
            return false;
        }
        insertFailure(key, now);
        return true;
    }

    /** Whether {@link #take} under {@code what} has reached {@code limit} in the window (counts nothing). */
    @Transactional(readOnly = true)
    public boolean isOver(String what, int limit) {
        return failuresSince("k:" + hash.of(what), clock.instant().minus(window)) >= limit;
    }

    /** The password was right: the attempt is not a failure, and the account starts afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        for (Long id : attempt.reservedIds()) {
            jdbc.update("DELETE FROM login_failure WHERE login_failure_id = ?", id);
        }
        jdbc.update("DELETE FROM login_failure WHERE throttle_key = ?", attempt.accountKey());
    }

    /** Counts a failed password check outside a sign-in (the current password when changing it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String accountName) {
        String key = accountKey(accountName);
        lock(key);
        insertFailure(key, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String accountName) {
        return failuresSince(accountKey(accountName), clock.instant().minus(window)) >= maxPerAccount;
    }

    /** For the supervisor: until when sign-in is paused for this account, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(String accountName) {
        Instant since = clock.instant().minus(window);
        List<Timestamp> times = jdbc.queryForList(
                "SELECT failed_at FROM login_failure WHERE throttle_key = ? AND failed_at > ? "
                        + "ORDER BY failed_at DESC LIMIT ?",
                Timestamp.class,
                accountKey(accountName),
                Timestamp.from(since),
                maxPerAccount);
        if (times.size() < maxPerAccount) {
            return Optional.empty();
        }
        return Optional.of(times.get(times.size() - 1).toInstant().plus(window));
    }

    /** For the supervisor: failed sign-ins under this account's name in the last day. */
    @Transactional(readOnly = true)
    public int failuresInLastDay(String accountName) {
        return failuresSince(accountKey(accountName), clock.instant().minus(Duration.ofDays(1)));
    }

    /** A supervisor lets the person try again at once (for instance after they mistyped five times). */
    @Transactional
    public void clear(String accountName) {
        jdbc.update("DELETE FROM login_failure WHERE throttle_key = ?", accountKey(accountName));
    }

    /**
     * Failures older than a day are no longer needed (the supervisor's view looks back one day).
     * Idempotent, so two instances running it at once do no harm.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failure-purge", lockAtLeastFor = "PT1M")
    @Transactional
    public void purgeExpired() {
        Instant before = clock.instant().minus(Duration.ofDays(1)).minus(window);
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", Timestamp.from(before));
        jdbc.update("DELETE FROM login_throttle WHERE NOT EXISTS "
                + "(SELECT 1 FROM login_failure f WHERE f.throttle_key = login_throttle.throttle_key)");
    }

    private void lock(String key) {
        jdbc.update(
                "INSERT INTO login_throttle (throttle_key) VALUES (?) ON DUPLICATE KEY UPDATE throttle_key = throttle_key",
                key);
        jdbc.queryForList(
                "SELECT throttle_key FROM login_throttle WHERE throttle_key = ? FOR UPDATE", String.class, key);
    }

    private int failuresSince(String key, Instant since) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_failure WHERE throttle_key = ? AND failed_at > ?",
                Integer.class,
                key,
                Timestamp.from(since));
        return n == null ? 0 : n;
    }

    private long insertFailure(String key, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO login_failure (throttle_key, failed_at) VALUES (?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, key);
                    ps.setTimestamp(2, Timestamp.from(at));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }
}
