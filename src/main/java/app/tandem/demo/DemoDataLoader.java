package app.tandem.demo;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.report.ReportService;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.security.Counselor;
import app.tandem.security.Counselors;
import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import app.tandem.guide.GuideSeedLoader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: writes a fictional practice into an EMPTY database (one supervisor, two
 * counselors, the example couples of {@code seeds/examples} moved to end today, and generated
 * couples at other stages) and prints the demo logins at every start.
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

    static final List<String> EXAMPLES = List.of("couples-therapy", "couples-therapy-urgent", "retreat", "safety-referral",
            "unsigned-safety-flag", "insufficient-data", "continue", "continue-engagement", "on-track", "thriving",
            "diverging", "cleared-safety-in-therapy");

    private final Counselors counselors;
    private final PasswordEncoder encoder;
    private final CaseFileTransferService transfer;
    private final PracticeSettingsService practice;
    private final Clock clock;
    private final long seed;

    private final GuideSeedLoader guideSeeds;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies;
    private final TransactionTemplate transactions;
    private final ReportService reports;

    DemoDataLoader(ReportService reports, org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies,
            GuideSeedLoader guideSeeds, TransactionTemplate transactions, Counselors counselors, PasswordEncoder encoder, CaseFileTransferService transfer,
            PracticeSettingsService practice, Clock clock, @Value("${tandem.demo.seed:20261128}") long seed) {
        this.reports = reports;
        this.strategies = strategies;
        this.guideSeeds = guideSeeds;
        this.transactions = transactions;
        this.counselors = counselors;
        this.encoder = encoder;
        this.transfer = transfer;
        this.practice = practice;
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
            transactions.executeWithoutResult(status -> load());
        }
        String logins = """

                ──────────────────────────────────────────────────────────────
                 Tandem demo practice (fictional people only)
                   supervisor: %s / %s
                   counselor:  %s / %s
                   counselor:  %s / %s
                ──────────────────────────────────────────────────────────────
                """.formatted(SUPERVISOR, SUPERVISOR_PASSWORD, COUNSELOR_1, COUNSELOR_PASSWORD, COUNSELOR_2, COUNSELOR_PASSWORD);
        System.out.println(logins);
    }

    void load() {
        Counselor robin = account(SUPERVISOR, "Robin Okafor", Role.SUPERVISOR, SUPERVISOR_PASSWORD);
        Counselor dana = account(COUNSELOR_1, "Dana Whitfield", Role.COUNSELOR, COUNSELOR_PASSWORD);
        Counselor lee = account(COUNSELOR_2, "Lee Marsh", Role.COUNSELOR, COUNSELOR_PASSWORD);
        LocalDate today = LocalDate.now(clock.withZone(practice.get().zone()));
        try {
            int i = 0;
            java.util.Map<String, Couple> imported = new java.util.HashMap<>();
            java.util.Map<String, Counselor> owners = new java.util.HashMap<>();
            for (String name : EXAMPLES) {
                CaseFile example = readExample(name);
                LocalDate latest = AssessmentEngine.latestSessionDate(example).orElse(today);
                CaseFile shifted = CaseFiles.shiftDates(example, ChronoUnit.DAYS.between(latest, today));
                Counselor owner = i++ % 2 == 0 ? dana : lee;
                imported.put(name, importAs(owner, shifted));
                owners.put(name, owner);
            }
            // Report history (issue 17): both audiences with an accepted and an overridden decision,
            // and an escalation reported without a decision yet ("No decision yet").
            reportAs(owners.get("on-track"), imported.get("on-track"), DecisionType.ACCEPT);
            reportAs(owners.get("thriving"), imported.get("thriving"), DecisionType.ACCEPT);
            reportAs(owners.get("continue-engagement"), imported.get("continue-engagement"), DecisionType.OVERRIDE);
            reportAs(owners.get("couples-therapy"), imported.get("couples-therapy"), null);
            DemoPracticeGenerator generator = new DemoPracticeGenerator(seed);
            DemoPracticeGenerator.Stage[] stages = DemoPracticeGenerator.Stage.values();
            for (int k = 0; k < stages.length; k++) {
                Counselor owner = k % 2 == 0 ? lee : dana;
                importAs(owner, generator.couple(k, stages[k], today, owner.getDisplayName(), owner.getEmail()));
            }
        } finally {
            SecurityContextHolder.clearContext();
            securityContexts().clearContext();
        }
        log.info("Demo practice written: 3 accounts, {} couples", EXAMPLES.size() + DemoPracticeGenerator.Stage.values().length);
    }

    /** A report as the couple's counselor: with {@code decision} null, a counselor report without a decision. */
    private void reportAs(Counselor owner, Couple couple, DecisionType decision) {
        signIn(owner);
        if (decision == null) {
            reports.generateCounselorReport(couple.getId());
            return;
        }
        if (decision == DecisionType.ACCEPT) {
            reports.generate(couple.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
            return;
        }
        Recommendation recommended = reports.currentAssessment(couple.getId()).recommendation();
        Recommendation other = recommended == Recommendation.COUPLES_THERAPY ? Recommendation.CONTINUE : Recommendation.COUPLES_THERAPY;
        reports.generate(couple.getId(), new ReportService.DecisionRequest(DecisionType.OVERRIDE, other,
                "Both partners asked for more structured support between sessions; reviewed with the supervisor."));
    }

    private void signIn(Counselor owner) {
        TandemUser user = owner.toUser();
        // Before the web server starts, method security may use Vaadin's strategy bean while the
        // static holder still has Spring's default: the demo writer signs in through both.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts().setContext(context);
    }

    private Couple importAs(Counselor owner, CaseFile file) {
        signIn(owner);
        try {
            return transfer.importFile(CaseFileWriter.write(file));
        } catch (CaseFileException e) {
            throw new IllegalStateException("A demo case file is invalid: " + e.errors(), e);
        }
    }

    private org.springframework.security.core.context.SecurityContextHolderStrategy securityContexts() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private Counselor account(String email, String name, Role role, String password) {
        return counselors.add(new Counselor(email, name, encoder.encode(password), role, clock.instant()));
    }

    private static CaseFile readExample(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/seeds/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Missing demo example seeds/examples/" + name + ".json");
            }
            return CaseFileReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFileException e) {
            throw new IllegalStateException("Example " + name + " is invalid: " + e.errors(), e);
        }
    }
}
