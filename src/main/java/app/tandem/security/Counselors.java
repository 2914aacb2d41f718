package app.tandem.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Accounts as other features need them: a reference to attach a couple to, an active account to
 * reassign a couple to, the demo data's accounts. Checks no role itself: its callers (the couple
 * feature's service, the demo loader) do
 * (decision 0087: other features read this feature's table through it, never through its
 * repository).
 */
@Component
public class Counselors {

    private final CounselorRepository repository;

    Counselors(CounselorRepository repository) {
        this.repository = repository;
    }

    /** The account as a reference for a relation, without reading its row. */
    public Counselor reference(long accountId) {
        return repository.getReferenceById(accountId);
    }

    /** How many accounts exist (none before the setup). */
    public long count() {
        return repository.count();
    }

    /** Stores a new account made elsewhere (the demo practice's fictional counselors). */
    public Counselor add(Counselor account) {
        return repository.save(account);
    }

    /** The account if it exists and is active. */
    public Optional<Counselor> active(long accountId) {
        return repository.findById(accountId).filter(Counselor::isActive);
    }
}
