package app.tandem.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database configuration failure into one clear sentence instead of a stack trace. */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConfigurationException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the setting named above (see the README, section \"Production database\"), or unset "
                        + "spring.datasource.url to use the embedded database.",
                cause);
    }
}
