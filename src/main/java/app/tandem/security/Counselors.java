package app.tandem.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Accounts as other features need them: a reference to attach a couple to, or an active account
 * to reassign a couple to. Checks no role itself: its callers (the couple feature's service) do
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

    /** The account if it exists and is active. */
    public Optional<Counselor> active(long accountId) {
        return repository.findById(accountId).filter(Counselor::isActive);
    }
}
