package app.tandem.demo;

import app.tandem.guide.GuideSeedLoader;
import app.tandem.security.Counselors;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: writes the fictional practice ({@link DemoPracticeWriter}) into an EMPTY
 * database and prints the demo logins at every start.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String SUPERVISOR = DemoAccounts.SUPERVISOR;
    static final String COUNSELOR_1 = DemoAccounts.COUNSELOR_1;
    static final String COUNSELOR_2 = DemoAccounts.COUNSELOR_2;
    static final String SUPERVISOR_PASSWORD = DemoAccounts.SUPERVISOR_PASSWORD;
    static final String COUNSELOR_PASSWORD = DemoAccounts.COUNSELOR_PASSWORD;

    private final GuideSeedLoader guideSeeds;
    private final Counselors counselors;
    private final TransactionTemplate transactions;
    private final DemoPracticeWriter writer;
    private final Clock clock;
    private final long seed;

    DemoDataLoader(
            GuideSeedLoader guideSeeds,
            Counselors counselors,
            TransactionTemplate transactions,
            DemoPracticeWriter writer,
            Clock clock,
            @Value("${tandem.demo.seed:20261128}") long seed) {
        this.guideSeeds = guideSeeds;
        this.counselors = counselors;
        this.transactions = transactions;
        this.writer = writer;
        this.clock = clock;
        this.seed = seed;
    }

    /**
     * Runs before the web server accepts requests, in one transaction: nobody signs in to a
     * half-written demo, and a start interrupted while writing leaves an empty database that the
     * next start fills again.
     */
    @Override
    public void afterSingletonsInstantiated() {
        guideSeeds.loadAll();
        if (counselors.count() == 0) {
            if (!(clock instanceof DemoClock demoClock)) {
                throw new IllegalStateException(
                        "The demo practice is written with the demo's clock (DemoConfiguration).");
            }
            long started = System.nanoTime();
            try {
                DemoPracticeWriter.Summary written =
                        transactions.execute(status -> writer.write(demoClock::travelTo, seed));
                log.info(
                        "Demo practice written: {} accounts, {} couples ({} imported) in {} ms",
                        written.accounts(),
                        written.couples(),
                        written.imported(),
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                demoClock.backToNow();
            }
        }
        String logins = """

                ──────────────────────────────────────────────────────────────
                 Tandem demo practice (fictional people only)
                   supervisor: %s / %s
                   counselor:  %s / %s
                   counselor:  %s / %s
                ──────────────────────────────────────────────────────────────
                """.formatted(
                SUPERVISOR, SUPERVISOR_PASSWORD, COUNSELOR_1, COUNSELOR_PASSWORD, COUNSELOR_2, COUNSELOR_PASSWORD);
        System.out.println(logins);
    }
}
