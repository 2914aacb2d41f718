package app.tandem.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * While the database cannot be reached, every page would wait the pool's full connection timeout
 * for each statement it makes (several per page, and one per request for the session check), so
 * a counselor would watch a loading bar for half a minute before reading that the database is
 * down. Once the pool has failed to connect because the server is unreachable, requests for a
 * connection fail at once, except one at a time that tries the server again (at most one a
 * {@link #PROBE_GAP}): the first one after the server's return succeeds and ends the fast path.
 * A pool that is merely busy (every connection in use, the server fine) does not trip it: Hikari
 * gives that timeout no cause, while an unreachable server's carries the connection failure.
 */
public class FailFastDataSource extends DelegatingDataSource {

    static final Duration PROBE_GAP = Duration.ofSeconds(1);

    private volatile Throwable unreachable;
    private volatile long lastProbeEnded;
    private final AtomicBoolean probing = new AtomicBoolean();

    FailFastDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> super.getConnection(username, password));
    }

    /*
     * Spring Boot derives the migration account's data source from the application's (when only
     * spring.flyway.user is set) by reading these from the data source's own type.
     */

    public String getUrl() {
        return getTargetDataSource() instanceof HikariDataSource h ? h.getJdbcUrl() : null;
    }

    public String getUsername() {
        return getTargetDataSource() instanceof HikariDataSource h ? h.getUsername() : null;
    }

    public String getPassword() {
        return getTargetDataSource() instanceof HikariDataSource h ? h.getPassword() : null;
    }

    public String getDriverClassName() {
        return getTargetDataSource() instanceof HikariDataSource h ? h.getDriverClassName() : null;
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    private Connection connect(Connect connect) throws SQLException {
        Throwable down = unreachable;
        if (down == null) {
            return attempt(connect);
        }
        if (System.nanoTime() - lastProbeEnded < PROBE_GAP.toNanos() || !probing.compareAndSet(false, true)) {
            throw new SQLTransientConnectionException("The database was unreachable a moment ago", "08001", down);
        }
        try {
            return attempt(connect);
        } finally {
            lastProbeEnded = System.nanoTime();
            probing.set(false);
        }
    }

    private Connection attempt(Connect connect) throws SQLException {
        try {
            Connection c = connect.get();
            if (unreachable != null) {
                unreachable = null;
            }
            return c;
        } catch (SQLTransientConnectionException e) {
            if (e.getCause() != null) {
                unreachable = e.getCause();
                lastProbeEnded = System.nanoTime();
            }
            throw e;
        }
    }

    /** Wraps the application's data source (once). */
    @Component
    static class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource ds
                    && !(bean instanceof FailFastDataSource)
                    && "dataSource".equals(beanName)) {
                return new FailFastDataSource(ds);
            }
            return bean;
        }
    }
}
