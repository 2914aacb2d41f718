package app.tandem.bench;

import app.tandem.base.db.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Lets InnoDB finish purging what a bulk write left behind before anything is timed. Right after
 * the synthetic practice is written, each couple's summary row has been rewritten once per session,
 * and until the purge thread has removed the old versions, an index range scan (the caseload page,
 * needs attention) steps over thousands of delete-marked entries and checks each against its row:
 * the first measurement of B1 after a fresh seed was ten times that of the same database a minute
 * later. A practice's data is written over months, so a settled database is the honest state to time.
 *
 * <p>MariaDB's {@code SET GLOBAL innodb_max_purge_lag_wait = 0} waits until the purge has caught up;
 * it needs root (the embedded server's root login, or the external server's configured login).
 */
final class SettledDatabase {

    private SettledDatabase() {}

    /** Waits for the purge; returns a sentence for the harness's notes. */
    static String awaitPurge(DataSource appDataSource) {
        long t0 = System.nanoTime();
        EmbeddedMariaDb embedded = EmbeddedMariaDb.running();
        try (Connection c = embedded != null
                        ? DriverManager.getConnection(embedded.jdbcUrl("mysql"), "root", embedded.rootPassword())
                        : appDataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
            return String.format(
                    Locale.ROOT,
                    "InnoDB's purge of the bulk write's old row versions was awaited before timing (%.1f s).",
                    (System.nanoTime() - t0) / 1e9);
        } catch (SQLException e) {
            return "The purge could not be awaited (" + e.getMessage() + "): figures may include a pending purge.";
        }
    }
}
