package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.tandem.support.TandemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The embedded server runs with logins: generated passwords, kept in the data folder for its owner only. */
@TandemTest
class EmbeddedLoginsTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String appUser;

    EmbeddedMariaDb db;

    @BeforeEach
    void embeddedOnly() {
        db = EmbeddedMariaDb.running();
        assumeTrue(db != null, "the embedded server's logins only");
    }

    @Test
    void the_passwords_are_kept_in_the_data_folder_readable_by_its_owner_only() throws Exception {
        Path file = db.dataDir().resolve(EmbeddedCredentials.FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(db.dataDir().resolve(EmbeddedCredentials.INIT_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(db.rootPassword()).contains(db.appPassword());
        assertThat(db.rootPassword()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(db.appPassword());
    }

    @Test
    void root_without_its_password_is_refused_and_with_it_gets_in() throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1045));
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, appUser, "guess").close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "root", db.rootPassword())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void the_application_runs_with_its_own_account_not_root() {
        assertThat(appUser).isEqualTo(db.appUser()).isNotEqualTo("root");
    }
}
