package app.tandem.base;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one HTTP request has already read, so that a page whose parts each ask for the same couple
 * (the header, the tabs, the record behind the assessment) reads it and checks access once
 * (decision 0074). It lives in the request's attributes and dies with the request; outside a
 * request (scheduled jobs, the command line, tests that bind none) nothing is remembered.
 *
 * <p>Staleness is ruled out by three rules: inside a transaction that writes, nothing is looked up
 * (a change must start from managed, current rows); the start of any new writing transaction
 * forgets everything (the page rebuilt after a save reads afresh); the only writing transactions
 * that keep it are the {@linkplain #AUDITED_READS audited reads}, whose one write is their audit
 * event. Callers get what the loader returned: lists are copied by the callers that change them.
 */
@Component
public class RequestMemo implements TransactionExecutionListener {

    /**
     * Transactions that write only their audit event (opening a couple, listing its sessions):
     * they may use and fill the memo. By transaction name (the method's qualified name); a test
     * checks that each still names a method.
     */
    public static final Set<String> AUDITED_READS = Set.of(
            "app.tandem.couple.CoupleService.open",
            "app.tandem.session.SessionService.listForScreen");

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    /** A remembered read: what it is and of which record. */
    public record Key(String what, Object id) {
    }

    /** Names of the per-couple reads that the couple page's parts and the case record share. */
    public static final String STATUS_HISTORY = "status-history";
    public static final String REFERRALS = "referrals";
    public static final String HOMEWORK = "homework";
    public static final String SESSIONS = "sessions";
    public static final String AMENDMENTS = "amendments";
    public static final String SAFETY_REVIEWS = "safety-reviews";

    /** The value remembered for {@code key} in this request, loading (and remembering) it the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> load) {
        Map<Key, Object> memo = usable() ? memo(true) : null;
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
        Map<Key, Object> memo = usable() ? memo(true) : null;
        if (memo != null) {
            memo.put(key, value);
        }
    }

    /** Forgets everything this request read. */
    public void clear() {
        Map<Key, Object> memo = memo(false);
        if (memo != null) {
            memo.clear();
        }
    }

    /** Called by Spring's transaction managers: a new transaction that may write forgets what was read. */
    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
                && !AUDITED_READS.contains(transaction.getTransactionName())) {
            clear();
        }
    }

    private static boolean usable() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return true;
        }
        return AUDITED_READS.contains(TransactionSynchronizationManager.getCurrentTransactionName());
    }

    @SuppressWarnings("unchecked")
    private static Map<Key, Object> memo(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null && create) {
            memo = new HashMap<Key, Object>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Key, Object>) memo;
    }
}
