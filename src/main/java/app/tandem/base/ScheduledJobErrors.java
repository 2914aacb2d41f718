package app.tandem.base;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled job's failure leaves in the log. While the database cannot be reached every
 * job fails on every run (the audit settlement each minute), and Spring's default handler logged a
 * full stack trace each time, whose messages name the server, the port and the account. Such a
 * run now leaves one sentence and nothing identifying; the job runs again at its next time. Any
 * other failure is still logged in full: it is a fault to look at.
 */
final class ScheduledJobErrors implements ErrorHandler {

    /** The one line a run leaves while the database is down. */
    static final String DATABASE_DOWN =
            "A scheduled job was skipped because the database cannot be reached; it runs again at its next time.";

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobErrors.class);

    @Override
    public void handleError(Throwable error) {
        if (databaseUnreachable(error)) {
            log.warn(DATABASE_DOWN);
        } else {
            log.error("A scheduled job failed", error);
        }
    }

    /** True when {@code error} or one of its causes says no connection to the database could be had. */
    static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
