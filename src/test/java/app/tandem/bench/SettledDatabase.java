package app.tandem.bench;

import app.tandem.base.db.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Brings the database to the state of a practice whose data was written over months before anything
 * is timed: InnoDB has purged the old row versions of the bulk write, and the tables' statistics
 * describe the rows that are there. Right after the synthetic practice is written, the statistics
 * still describe the first hundred couples, and the optimizer chose plans for that size: the caseload
 * page took 25 ms in the benchmark and 1.6 ms against the same database after a restart (when InnoDB
 * recounts). {@code ANALYZE TABLE} recounts what InnoDB would recount by itself in the background.
 *
 * <p>MariaDB's {@code SET GLOBAL innodb_max_purge_lag_wait = 0} waits until the purge has caught up;
 * both need root (the embedded server's root login, or the external server's configured login).
 */
final class SettledDatabase {

    private SettledDatabase() {}

    /** Waits for the purge and recounts the statistics; returns a sentence for the harness's notes. */
    static String settle(DataSource appDataSource) {
        long t0 = System.nanoTime();
        EmbeddedMariaDb embedded = EmbeddedMariaDb.running();
        try (Connection app = appDataSource.getConnection();
                Connection c = embedded != null
                        ? DriverManager.getConnection(embedded.jdbcUrl("mysql"), "root", embedded.rootPassword())
                        : appDataSource.getConnection();
                Statement s = c.createStatement()) {
            String schema = app.getCatalog();
            s.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema.replace("'", "''") + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add("`" + schema + "`.`" + rs.getString(1) + "`");
                }
            }
            try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + String.join(", ", tables))) {
                while (rs.next()) {
                    // one status row per table; reading them completes the statement
                }
            }
            return String.format(
                    Locale.ROOT,
                    "Before timing, InnoDB's purge of the bulk write was awaited and the statistics of %d tables "
                            + "were recounted, as a practice's settled database has them (%.1f s).",
                    tables.size(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (SQLException e) {
            return "The database could not be settled (" + e.getMessage() + "): figures may include a pending purge "
                    + "or statistics of a smaller practice.";
        }
    }
}
