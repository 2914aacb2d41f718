package app.tandem.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run by one instance at a time when several Tandem instances share a
 * database: a job method carries {@code @SchedulerLock} and takes its row in the {@code shedlock}
 * table first; an instance that finds the row held skips that run (decision 0071). The database's
 * clock decides, so instances whose clocks differ a little still agree. A run that fails because
 * the database cannot be reached leaves one line in the log, not a stack trace
 * ({@link ScheduledJobErrors}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    /** Spring Boot's scheduler (a thread pool, or virtual threads when enabled) reports failed runs through {@link ScheduledJobErrors}. */
    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledJobErrors() {
        return scheduler -> scheduler.setErrorHandler(new ScheduledJobErrors());
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledJobErrorsOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(new ScheduledJobErrors());
    }
}
