package app.tandem.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test-only beans: a movable clock, a statement counter, and an empty schema at the start of each test JVM. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /**
     * Every test run starts from an empty schema and applies all migrations, on the embedded
     * server as on an external one, so a run never depends on what an earlier run left behind.
     */
    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    }

    /** Lets a test count the SQL statements of one call ({@link StatementCounter}). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor statementCounter() {
        return StatementCounter.dataSourceWrapper();
    }

    @Bean
    Fixtures fixtures() {
        return new Fixtures();
    }
}
