package app.tandem.base.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides the database before any bean exists. With no {@code spring.datasource.url} it starts
 * the embedded MariaDB; with one it checks that the server answers and the credentials work, so a
 * bad setting fails at start with one sentence. Either way it asks the server for its version and
 * sets the Hibernate dialect explicitly (MySQL Connector/J against MariaDB cannot tell Hibernate).
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";
    static final String USER = "spring.datasource.username";
    static final String PASSWORD = "spring.datasource.password";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        String url = env.getProperty(URL);
        String user = env.getProperty(USER, "root");
        String password = env.getProperty(PASSWORD, "");
        boolean demo = Arrays.asList(env.getActiveProfiles()).contains("demo");
        if (!StringUtils.hasText(url)) {
            String schema = env.getProperty("tandem.embedded.schema", "tandem");
            Path dataDir = Path.of(env.getProperty("tandem.embedded.data-dir", "data/mariadb"));
            Path baseDir = Path.of(env.getProperty(
                    "tandem.embedded.base-dir",
                    EmbeddedMariaDb.homeCache()
                            .toPath()
                            .resolve("mariadb-11.4.5")
                            .toString()));
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, baseDir, schema);
            url = db.jdbcUrl(schema);
            props.put(URL, url);
            props.put(USER, db.appUser());
            props.put(PASSWORD, db.appPassword());
            // Migrations run as root (they create tables and triggers); the application itself
            // runs with an account that can only read and write rows.
            props.put("spring.flyway.url", url);
            props.put("spring.flyway.user", "root");
            props.put("spring.flyway.password", db.rootPassword());
            props.put("tandem.database.embedded", "true");
            // The embedded server is MariaDB by construction: no need to wait for it to ask.
            putFlavor(props, DatabaseFlavor.MARIADB, EMBEDDED_VERSION);
        } else {
            if (demo) {
                throw new DatabaseConfigurationException("The demo profile only runs on the embedded database: "
                        + "unset spring.datasource.url (or SPRING_DATASOURCE_URL) or leave out the demo profile.");
            }
            props.put("tandem.database.embedded", "false");
            String version = serverVersion(url, user, password);
            putFlavor(props, DatabaseFlavor.fromVersion(version), version);
            warnIfTriggersNeedAPrivilege(
                    url,
                    env.getProperty("spring.flyway.user", user),
                    env.getProperty("spring.flyway.password", password));
        }
        env.getPropertySources().addFirst(new MapPropertySource("tandemDatabase", props));
    }

    static final String EMBEDDED_VERSION = "11.4.5-MariaDB";

    /**
     * Hibernate may not read JDBC metadata here (Connector/J against MariaDB fails at it), so it is
     * told the dialect and the server version outright.
     */
    private static void putFlavor(Map<String, Object> props, DatabaseFlavor flavor, String version) {
        props.put("spring.jpa.properties.hibernate.dialect", flavor.dialect());
        props.put(
                "spring.jpa.properties.jakarta.persistence.database-product-name",
                flavor == DatabaseFlavor.MARIADB ? "MariaDB" : "MySQL");
        props.put(
                "spring.jpa.properties.jakarta.persistence.database-product-version",
                version.replaceAll("[^0-9.].*$", ""));
        props.put("tandem.database.flavor", flavor.name());
    }

    static String serverVersion(String url, String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", user == null ? "" : user);
        info.setProperty("password", password == null ? "" : password);
        info.setProperty("connectTimeout", "10000");
        try (Connection c = DriverManager.getConnection(url, info);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new DatabaseConfigurationException(describe(e, url), e);
        }
    }

    /**
     * With binary logging on and log_bin_trust_function_creators off, creating the integrity
     * triggers needs SUPER: said once, before the migration that would fail on it.
     */
    private static void warnIfTriggersNeedAPrivilege(String url, String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", user == null ? "" : user);
        info.setProperty("password", password == null ? "" : password);
        try (Connection c = DriverManager.getConnection(url, info);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT @@log_bin, @@log_bin_trust_function_creators, (SELECT COUNT(*) FROM "
                                + "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'trg_audit_no_delete')")) {
            rs.next();
            String warning = triggerPrivilegeWarning(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3) > 0);
            if (warning != null) {
                LoggerFactory.getLogger(DatabaseEnvironment.class).warn(warning);
            }
        } catch (SQLException e) {
            // The version check above already proved the server answers; this check is advice only.
        }
    }

    static String triggerPrivilegeWarning(boolean binaryLogging, boolean trustCreators, boolean triggersPresent) {
        return binaryLogging && !trustCreators && !triggersPresent
                ? "Binary logging is on and log_bin_trust_function_creators is off, so creating Tandem's integrity triggers "
                        + "needs the SUPER privilege for the migrating account: if the start stops there, set "
                        + "log_bin_trust_function_creators = 1 (README, \"Production database\")."
                : null;
    }

    static String describe(SQLException e, String url) {
        String where = url.replaceAll("\\?.*$", "");
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e.getErrorCode() == 1045 || state.startsWith("28")) {
            return "The database at " + where + " refused the login: check spring.datasource.username and "
                    + "spring.datasource.password (SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD).";
        }
        if (e.getErrorCode() == 1049) {
            return "The database named in spring.datasource.url (" + where + ") does not exist: create it first.";
        }
        if (state.startsWith("08")) {
            return "The database server in spring.datasource.url (" + where + ") cannot be reached: check the host "
                    + "and port, and that the server is running.";
        }
        return "The database in spring.datasource.url (" + where + ") could not be used: " + e.getMessage();
    }
}
