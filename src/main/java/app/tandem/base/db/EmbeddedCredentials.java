package app.tandem.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's logins, made at the first start of a data folder and kept in it, readable
 * by its owner only: {@code root} (used by Flyway to migrate) and {@code tandem}, the
 * application's own account, which may only read and write rows (no DROP, TRUNCATE or trigger
 * changes, so the integrity triggers hold against it). An init file applies them at every start,
 * so a data folder made before there were logins gets them at its next start.
 */
record EmbeddedCredentials(String rootPassword, String appUser, String appPassword) {

    static final String FILE = "tandem-logins.properties";
    static final String INIT_FILE = "tandem-logins.sql";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        new EmbeddedCredentials(secret(), "tandem", secret()).keepIn(dataDir);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new EmbeddedCredentials(
                p.getProperty("root.password"), p.getProperty("app.user", "tandem"), p.getProperty("app.password"));
    }

    /**
     * Writes these logins into the data folder, readable by its owner only, unless a logins file is
     * there already (another start made it a moment ago, or an earlier one). Called again once the
     * embedded server has prepared its folders: it empties a folder under the system temp
     * directory before each start.
     */
    void keepIn(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("root.password", rootPassword);
        p.setProperty("app.user", appUser);
        p.setProperty("app.password", appPassword);
        try (Writer w = Files.newBufferedWriter(createOwnerOnly(file), StandardCharsets.UTF_8)) {
            p.store(
                    w,
                    "Logins of Tandem's embedded database. Keep this file with the data; readable by its owner only.");
        } catch (FileAlreadyExistsException startedTwice) {
            // Another start made it a moment ago: that one stands.
        }
    }

    /**
     * SQL the server runs at start-up with full rights (MariaDB's {@code --init-file}): the two
     * logins for connections over 127.0.0.1, their passwords, the schema and the application's
     * narrow grant. One statement a line, as the init file requires.
     */
    Path writeInitFile(Path dataDir, String schema) throws IOException {
        Path init = dataDir.resolve(INIT_FILE);
        Files.deleteIfExists(init);
        String sql = String.join(
                "\n",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '" + rootPassword + "';",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + rootPassword + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + appUser + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + appUser + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + schema + "`.* TO '" + appUser + "'@'127.0.0.1';",
                "");
        Files.writeString(createOwnerOnly(init), sql, StandardCharsets.UTF_8);
        return init;
    }

    /** 32 random URL-safe characters: nothing that needs quoting in SQL or a properties file. */
    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(
                    file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path created = Files.createFile(file);
        created.toFile().setReadable(false, false);
        created.toFile().setReadable(true, true);
        created.toFile().setWritable(false, false);
        created.toFile().setWritable(true, true);
        return created;
    }
}
