package app.tandem.base.db;

import java.util.Locale;

/** The MySQL-family server Tandem talks to, decided from {@code SELECT VERSION()}. */
public enum DatabaseFlavor {
    MARIADB("org.hibernate.dialect.MariaDBDialect"),
    MYSQL("org.hibernate.dialect.MySQLDialect");

    private final String dialect;

    DatabaseFlavor(String dialect) {
        this.dialect = dialect;
    }

    public String dialect() {
        return dialect;
    }

    public static DatabaseFlavor fromVersion(String version) {
        return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }
}
