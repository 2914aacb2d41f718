package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The fast path during an outage: after an unreachable server, connection requests fail at once
 * (no pool timeout each), one probe a second still reaches the server, and the first successful
 * probe ends it. A busy pool (timeout without a cause) never trips it.
 */
class FailFastDataSourceTest {

    /** A stand-in pool: "down" fails as Hikari does for an unreachable server, "busy" as for an exhausted pool. */
    static final class Pool implements DataSource {
        String state = "up";
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            calls.incrementAndGet();
            return switch (state) {
                case "down" ->
                    throw new SQLTransientConnectionException("timed out", "08S01", new ConnectException("refused"));
                case "busy" -> throw new SQLTransientConnectionException("timed out");
                default ->
                    (Connection) Proxy.newProxyInstance(
                            getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> null);
            };
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void an_unreachable_server_makes_further_requests_fail_at_once_until_a_probe_gets_through() throws Exception {
        Pool pool = new Pool();
        FailFastDataSource ds = new FailFastDataSource(pool);
        assertThat(ds.getConnection()).isNotNull();

        pool.state = "down";
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        int afterFirstFailure = pool.calls.get();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(ds::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
        }
        assertThat(pool.calls.get())
                .as("no request reached the pool within the probe gap")
                .isEqualTo(afterFirstFailure);

        pool.state = "up";
        Thread.sleep(FailFastDataSource.PROBE_GAP.toMillis() + 100);
        assertThat(ds.getConnection())
                .as("the probe after the gap reaches the server again")
                .isNotNull();
        assertThat(ds.getConnection()).isNotNull();
    }

    @Test
    void a_busy_pool_does_not_trip_the_fast_path() throws Exception {
        Pool pool = new Pool();
        FailFastDataSource ds = new FailFastDataSource(pool);
        pool.state = "busy";
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        pool.state = "up";
        assertThat(ds.getConnection()).isNotNull();
    }
}
