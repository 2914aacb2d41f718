package app.tandem.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every password check and hash goes through here: at most a few at a time (Argon2id takes
 * memory, and a burst of sign-ins must not take the server's), and always exactly one hash
 * computation per check, also for an unknown account, so that the answer takes the same time
 * whether or not the account exists (docs/decisions/0030).
 */
@Component
public class PasswordChecks {

    private static final int CONCURRENT = 4;

    private final PasswordEncoder encoder;
    private final Semaphore permits = new Semaphore(CONCURRENT, true);
    private final AtomicLong computations = new AtomicLong();
    private final String unknownAccountHash;

    PasswordChecks(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.unknownAccountHash = encoder.encode("no account has this password " + System.nanoTime());
    }

    /** Whether {@code raw} matches {@code hash}; with no hash, compares against a dummy to take the same time. */
    public boolean matches(String raw, String hash) {
        String candidate = raw == null || raw.length() > PasswordPolicy.MAX_LENGTH ? "" : raw;
        return guarded(() -> encoder.matches(candidate, hash == null ? unknownAccountHash : hash))
                && hash != null
                && candidate.equals(raw);
    }

    public String encode(String raw) {
        return guarded(() -> encoder.encode(raw));
    }

    boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    /** How many hashes were computed since start: each sign-in attempt that is not paused adds exactly one. */
    long computations() {
        return computations.get();
    }

    private <T> T guarded(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            computations.incrementAndGet();
            return work.get();
        } finally {
            permits.release();
        }
    }
}
