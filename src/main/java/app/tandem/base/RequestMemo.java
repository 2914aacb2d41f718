package app.tandem.base;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one HTTP request has already read, so that a page whose parts each ask for the same couple
 * (the header, the tabs, the record behind the assessment) reads it and checks access once
 * (decision 0074). A scope is opened by {@link RequestMemoFilter} around each HTTP request (Vaadin's
 * requests included) and closed at its end; outside a scope (scheduled jobs, the command line,
 * tests that open none) nothing is remembered.
 *
 * <p>Staleness is ruled out by three rules: inside a transaction that writes, nothing is looked up
 * (a change must start from managed, current rows); the start of any new writing transaction
 * forgets everything (the page rebuilt after a save reads afresh); the only writing transactions
 * that keep it are the {@linkplain #AUDITED_READS audited reads}, whose one write is their audit
 * event. What was remembered belongs to the signed-in account that read it: when another account
 * is signed in on the same thread, everything is forgotten (an access check is never reused for
 * someone else). Callers get what the loader returned and must not change it.
 */
@Component
public class RequestMemo implements TransactionExecutionListener {

    /**
     * Transactions that write only their audit event (opening a couple, listing its sessions):
     * they may use and fill the memo. By transaction name (the method's qualified name); a test
     * checks that each still names a method.
     */
    public static final Set<String> AUDITED_READS =
            Set.of("app.tandem.couple.CoupleService.open", "app.tandem.session.SessionService.listForScreen");

    private static final ThreadLocal<Map<Key, Object>> SCOPE = new ThreadLocal<>();
    private static final Key OWNER = new Key("signed-in account", null);

    private final SecurityContextHolderStrategy contexts;

    RequestMemo(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.contexts = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A remembered read: what it is and of which record. */
    public record Key(String what, Object id) {}

    /** Names of the per-couple reads that the couple page's parts and the case record share. */
    public static final String STATUS_HISTORY = "status-history";

    public static final String REFERRALS = "referrals";
    public static final String HOMEWORK = "homework";
    public static final String SESSIONS = "sessions";
    public static final String AMENDMENTS = "amendments";
    public static final String SAFETY_REVIEWS = "safety-reviews";

    /**
     * Runs {@code work} in a scope of its own (or in the one already open on this thread), closing
     * it afterwards: what was read in it is forgotten.
     */
    public <T, E extends Exception> T inScope(ScopedWork<T, E> work) throws E {
        if (SCOPE.get() != null) {
            return work.run();
        }
        SCOPE.set(new HashMap<>());
        try {
            return work.run();
        } finally {
            SCOPE.remove();
        }
    }

    /** Work run in a scope; may throw what the request's handling throws. */
    @FunctionalInterface
    public interface ScopedWork<T, E extends Exception> {
        T run() throws E;
    }

    /** The value remembered for {@code key} in this request, loading (and remembering) it the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> load) {
        Map<Key, Object> memo = usable() ? memo() : null;
        if (memo == null) {
            return load.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = load.get();
        memo.put(key, value);
        return value;
    }

    /** Remembers a value read elsewhere (e.g. by reference rather than by id) when the memo may be used. */
    public void remember(Key key, Object value) {
        Map<Key, Object> memo = usable() ? memo() : null;
        if (memo != null) {
            memo.put(key, value);
        }
    }

    /** Forgets everything this request read. */
    public void clear() {
        Map<Key, Object> memo = memo();
        if (memo != null) {
            memo.clear();
        }
    }

    /** Called by Spring's transaction managers: a new transaction that may write forgets what was read. */
    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null
                && transaction.isNewTransaction()
                && !transaction.isReadOnly()
                && !auditedRead(transaction.getTransactionName())) {
            clear();
        }
    }

    private boolean usable() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return true;
        }
        return auditedRead(TransactionSynchronizationManager.getCurrentTransactionName());
    }

    /** Whether a transaction of this name is an audited read; programmatic transactions have no name. */
    private static boolean auditedRead(String transactionName) {
        return transactionName != null && AUDITED_READS.contains(transactionName);
    }

    private Map<Key, Object> memo() {
        Map<Key, Object> memo = SCOPE.get();
        if (memo != null) {
            Authentication auth = contexts.getContext().getAuthentication();
            String owner = auth == null ? null : auth.getName();
            if (!Objects.equals(memo.get(OWNER), owner)) {
                memo.clear();
                memo.put(OWNER, owner);
            }
        }
        return memo;
    }
}
