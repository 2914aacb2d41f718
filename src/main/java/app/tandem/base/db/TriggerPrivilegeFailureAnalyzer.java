package app.tandem.base.db;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * MySQL and MariaDB with binary logging refuse CREATE TRIGGER to an account without SUPER unless
 * log_bin_trust_function_creators is on (error 1419). The integrity triggers are created by a
 * migration, so a start against such a server stops there: this says what to change.
 */
public class TriggerPrivilegeFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    static final int BINLOG_CREATE_ROUTINE_NEED_SUPER = 1419;

    static final String SENTENCE =
            "The database refused to create Tandem's integrity triggers because binary logging is on: "
                    + "set log_bin_trust_function_creators = 1 on the server (MySQL: SET PERSIST log_bin_trust_function_creators = 1;) "
                    + "or let Flyway migrate with an account that has the SUPER privilege (spring.flyway.user).";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == BINLOG_CREATE_ROUTINE_NEED_SUPER) {
                return new FailureAnalysis(SENTENCE, "See the README, section \"Production database\".", cause);
            }
        }
        return null;
    }
}
