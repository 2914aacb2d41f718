package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.TandemTest;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.TaskScheduler;

/**
 * A scheduled job run while the database is down leaves one sentence in the log: no stack trace,
 * no server address, port or account. Runs on Tandem's own scheduler, as the jobs do.
 */
@TandemTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobErrorsTest {

    /** What the pool says when the server is gone: the address and account are in the messages. */
    private static RuntimeException outage() {
        ConnectException refused = new ConnectException("Connection refused to db-7.clinic.internal:3306");
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available (jdbc:mysql://db-7.clinic.internal:3306/tandem, user tandem_app)",
                "08001",
                refused);
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool);
    }

    /** Spring Boot's scheduler, which runs every {@code @Scheduled} job. */
    @Autowired
    @Qualifier("taskScheduler")
    TaskScheduler scheduler;

    @Test
    void each_run_during_an_outage_leaves_one_sentence_and_nothing_identifying(CapturedOutput output) throws Exception {
        CountDownLatch runs = new CountDownLatch(3);
        ScheduledFuture<?> job = scheduler.scheduleWithFixedDelay(
                () -> {
                    runs.countDown();
                    throw outage();
                },
                Duration.ofMillis(20));
        try {
            assertThat(runs.await(10, TimeUnit.SECONDS))
                    .as("the job ran three times")
                    .isTrue();
        } finally {
            job.cancel(false);
        }
        Thread.sleep(100);

        String log = output.getAll();
        assertThat(log.lines().filter(l -> l.contains(ScheduledJobErrors.DATABASE_DOWN)))
                .hasSizeGreaterThanOrEqualTo(3);
        // Neither the messages (server, account) nor a stack trace of the failure (its classes) are logged.
        assertThat(log)
                .doesNotContain("db-7.clinic.internal")
                .doesNotContain("tandem_app")
                .doesNotContain("CannotGetJdbcConnectionException")
                .doesNotContain("SQLTransientConnectionException")
                .doesNotContain("ConnectException");
    }

    @Test
    void any_other_failure_is_still_logged_in_full(CapturedOutput output) {
        new ScheduledJobErrors().handleError(new IllegalStateException("a fault to look at"));

        assertThat(output.getAll())
                .contains("A scheduled job failed")
                .contains("IllegalStateException: a fault to look at")
                .contains("\tat ");
        assertThat(ScheduledJobErrors.databaseUnreachable(new IllegalStateException("x")))
                .isFalse();
        assertThat(ScheduledJobErrors.databaseUnreachable(outage())).isTrue();
    }
}
