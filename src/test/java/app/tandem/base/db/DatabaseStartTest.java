package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.TandemTest;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.FailureAnalysis;

@TandemTest
class DatabaseStartTest {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Test
    void every_migration_applied_on_the_empty_schema_this_run_started_from() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).allMatch(s -> s == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            1045 | 28000 | spring.datasource.username and spring.datasource.password
            1049 | 42000 | does not exist
            0    | 08S01 | cannot be reached
            """)
    void a_refused_login_an_unknown_schema_or_no_server_each_get_one_sentence(int code, String state, String expected) {
        String sentence = DatabaseEnvironment.describe(
                new java.sql.SQLException("driver text", state, code),
                "jdbc:mysql://db.internal:3306/tandem?password=secret");
        assertThat(sentence)
                .contains(expected)
                .contains("jdbc:mysql://db.internal:3306/tandem")
                .doesNotContain("secret");
    }

    @Test
    void an_unreachable_server_fails_with_one_sentence_naming_the_url() {
        assertThatThrownBy(() -> DatabaseEnvironment.serverVersion(
                        "jdbc:mysql://127.0.0.1:1/tandem?connectTimeout=2000", "root", ""))
                .isInstanceOf(DatabaseConfigurationException.class)
                .hasMessageContaining("spring.datasource.url")
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void the_failure_analyzer_reports_the_sentence_without_a_stack_trace() {
        DatabaseConfigurationException e = new DatabaseConfigurationException(
                "The database at x refused the login: check spring.datasource.password.");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(new RuntimeException(e));
        assertThat(analysis.getDescription()).isEqualTo(e.getMessage());
        assertThat(analysis.getAction()).contains("README");
    }

    @Test
    void the_dialect_follows_the_server_version() {
        assertThat(DatabaseFlavor.fromVersion("11.4.5-MariaDB")).isEqualTo(DatabaseFlavor.MARIADB);
        assertThat(DatabaseFlavor.fromVersion("10.11.19-MariaDB-0+deb12u1")).isEqualTo(DatabaseFlavor.MARIADB);
        assertThat(DatabaseFlavor.fromVersion("8.4.3")).isEqualTo(DatabaseFlavor.MYSQL);
        assertThat(DatabaseFlavor.MYSQL.dialect()).endsWith("MySQLDialect");
    }
}
