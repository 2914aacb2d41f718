package app.tandem.bench;

import app.tandem.TandemApplication;
import app.tandem.demo.SyntheticPractice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Writes the synthetic practice into an empty schema for the harnesses that run the packaged jar
 * (the load test B6, the memory harness B5, the two-instance check): the schema is cleaned and
 * migrated, then {@link SyntheticPractice} writes the accounts and couples with the real clock, so
 * the jar started afterwards sees a practice dated around its own today. The counselors' e-mail
 * addresses and the shared password go to a CSV file the load tool reads as its feeder.
 *
 * <p>Options (before the Spring arguments, which choose the database as for the jar, e.g.
 * {@code --spring.datasource.url=...} or {@code --tandem.embedded.data-dir=...}):
 * {@code --couples=10000 --counselors=50 --sessions=20 --accounts=target/load/accounts.csv}.
 * Not a test; run by {@code bench/seed.sh}.
 */
public final class SeedPractice {

    private SeedPractice() {}

    public static void main(String[] args) throws IOException {
        int couples = 10_000;
        int counselors = 50;
        int sessions = 20;
        Path accounts = Path.of("target/load/accounts.csv");
        List<String> spring = new ArrayList<>(List.of(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.app.tandem=WARN",
                "--vaadin.launch-browser=false",
                "--spring.flyway.clean-disabled=false",
                // The daily refresh and the purge must not run while the practice is written.
                "--tandem.assessment.refresh-initial-delay=PT1000H"));
        for (String arg : args) {
            if (arg.startsWith("--couples=")) {
                couples = Integer.parseInt(arg.substring("--couples=".length()));
            } else if (arg.startsWith("--counselors=")) {
                counselors = Integer.parseInt(arg.substring("--counselors=".length()));
            } else if (arg.startsWith("--sessions=")) {
                sessions = Integer.parseInt(arg.substring("--sessions=".length()));
            } else if (arg.startsWith("--accounts=")) {
                accounts = Path.of(arg.substring("--accounts=".length()));
            } else {
                spring.add(arg);
            }
        }
        System.setProperty("java.awt.headless", "true");
        long t0 = System.nanoTime();
        int code = 1;
        // Vaadin's security configuration needs a servlet context: a server on a free port, never called.
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(
                        TandemApplication.class, CleanSchema.class)
                .web(WebApplicationType.SERVLET)
                .run(spring.toArray(String[]::new))) {
            SyntheticPractice.Practice practice = ctx.getBean(SyntheticPractice.class)
                    .generate(new SyntheticPractice.Spec(20261128L, counselors, couples, sessions, 1));
            writeAccounts(accounts, practice);
            System.out.println(SettledDatabase.settle(ctx.getBean(DataSource.class)));
            System.out.printf(
                    Locale.ROOT,
                    "Synthetic practice: %d counselors, %,d couples, %,d sessions in %.0f s; accounts in %s%n",
                    counselors,
                    practice.couples(),
                    practice.sessions(),
                    (System.nanoTime() - t0) / 1e9,
                    accounts);
            code = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            // Exit explicitly: a non-daemon thread left by a library must not keep a finished harness alive.
            System.exit(code);
        }
    }

    private static void writeAccounts(Path file, SyntheticPractice.Practice practice) throws IOException {
        StringBuilder csv = new StringBuilder("username,password\n");
        practice.counselorEmails()
                .forEach(e -> csv.append(e)
                        .append(',')
                        .append(SyntheticPractice.PASSWORD)
                        .append('\n'));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, csv);
    }

    /**
     * Starts from an empty schema: the harness's database holds nothing but the synthetic practice.
     * Not annotated, so the tests' component scan never finds it; given to Spring as a source.
     */
    static class CleanSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
