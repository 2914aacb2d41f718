package app.tandem.demo;

import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInService;
import app.tandem.couple.CoupleService;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkService;
import app.tandem.intake.IntakeService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.progress.CurrentAssessmentService;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.security.Counselors;
import app.tandem.session.SessionService;
import app.tandem.transfer.CaseFileTransferService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Writes the fictional demo practice through the application's own services, as its counselors
 * would have recorded it over the last months (decision 0094): couples taken in, consents and
 * IPV screens, sessions saved and signed by their counselor, homework from the guide with its
 * completion, safety reviews, referrals, closings with their summaries, reports with accepted and
 * overridden decisions, and partners' check-ins. Dates are relative to the day it is written.
 * Exactly one couple arrives by case-file import, as a couple transferred from another Tandem.
 *
 * <p>The couples come from the example case files of {@code seeds/examples} (each moved to end a
 * few days before today) and from {@link DemoPracticeGenerator}; the extra steps below put at
 * least one couple into every needs-attention category.
 */
@Component
class DemoPracticeWriter {

    static final String SUPERVISOR = DemoAccounts.SUPERVISOR;
    static final String COUNSELOR_1 = DemoAccounts.COUNSELOR_1;
    static final String COUNSELOR_2 = DemoAccounts.COUNSELOR_2;

    /** Moves the clock the services read while the practice is written. */
    interface TimeTravel {
        void to(Instant at);
    }

    /** What was written, for the log and the tests. */
    record Summary(int accounts, int couples, int imported) {}

    private final Counselors counselors;
    private final PasswordEncoder encoder;
    private final CoupleService couples;
    private final IntakeService intake;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final GuideService guide;
    private final DemoReportHistory reportHistory;
    private final DemoCheckIns demoCheckIns;
    private final CaseFileTransferService transfer;
    private final CurrentAssessmentService assessments;
    private final PracticeSettingsService practice;
    private final Clock clock;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final EntityManager em;
    private final CoupleChangeBatching batching;

    DemoPracticeWriter(
            EntityManager em,
            CoupleChangeBatching batching,
            Counselors counselors,
            PasswordEncoder encoder,
            CoupleService couples,
            IntakeService intake,
            SessionService sessions,
            HomeworkService homework,
            GuideService guide,
            ReportService reports,
            CheckInLinkService checkInLinks,
            CheckInService checkIns,
            CaseFileTransferService transfer,
            CurrentAssessmentService assessments,
            PracticeSettingsService practice,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.counselors = counselors;
        this.encoder = encoder;
        this.couples = couples;
        this.intake = intake;
        this.sessions = sessions;
        this.homework = homework;
        this.guide = guide;
        this.reportHistory = new DemoReportHistory(reports, couples);
        this.demoCheckIns = new DemoCheckIns(checkInLinks, checkIns);
        this.transfer = transfer;
        this.assessments = assessments;
        this.practice = practice;
        this.clock = clock;
        this.strategies = strategies;
        this.em = em;
        this.batching = batching;
    }

    /**
     * Writes the practice into an empty database, in the caller's transaction, and leaves the
     * clock at the moment it started; {@code seed} decides the generated couples.
     */
    Summary write(TimeTravel time, long seed) {
        Instant now = clock.instant();
        ZoneId zone = practice.get().zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        try {
            Counselor robin =
                    account(SUPERVISOR, "Robin Okafor", Role.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, now);
            Counselor dana =
                    account(COUNSELOR_1, "Dana Whitfield", Role.COUNSELOR, DemoAccounts.COUNSELOR_PASSWORD, now);
            Counselor lee = account(COUNSELOR_2, "Lee Marsh", Role.COUNSELOR, DemoAccounts.COUNSELOR_PASSWORD, now);
            signIn(robin);
            int[] written = new int[1];
            Set<Long> changed =
                    batching.holdWhile(() -> written[0] = histories(time, seed, now, zone, today, robin, dana, lee));
            time.to(now);
            // Exactly one couple arrives by import: transferred from another practice's Tandem today.
            CaseFile shifted = DemoExamples.endingDaysAgo(DemoExamples.read(DemoExamples.IMPORTED_EXAMPLE), today, 5);
            signIn(lee);
            try {
                transfer.importFile(CaseFileWriter.write(shifted));
            } catch (CaseFileException e) {
                throw new IllegalStateException("A demo case file is invalid: " + e.errors(), e);
            }
            // Each couple's stored assessment and summary, once, as of today.
            signIn(robin);
            for (Long id : changed) {
                assessments.refresh(id);
            }
            return new Summary(3, written[0] + 1, 1);
        } finally {
            time.to(now);
            SecurityContextHolder.clearContext();
            securityContexts().clearContext();
        }
    }

    /** Every couple's history through the services, with the clock at each moment; returns how many couples. */
    private int histories(
            TimeTravel time,
            long seed,
            Instant now,
            ZoneId zone,
            LocalDate today,
            Counselor robin,
            Counselor dana,
            Counselor lee) {
        Map<String, GuideStep> steps = new LinkedHashMap<>();
        guide.assignableSteps().forEach(s -> steps.putIfAbsent(s.getStepKey(), s));
        DemoReplay.Actor actor = (at, who, action) -> {
            time.to(at);
            signIn(who);
            action.run();
        };
        DemoReplay replay =
                new DemoReplay(new DemoReplay.Services(couples, intake, sessions, homework), steps, zone, now, actor);

        DemoCouples replayed = new DemoCouples(actor, replay, new LinkedHashMap<>(), new LinkedHashMap<>(), today);
        replayExamples(replayed, robin, dana, lee);
        replayGenerated(replayed, seed, steps, robin, dana, lee);
        reportHistory.write(replayed);
        demoCheckIns.write(replayed);
        return replayed.written().size();
    }

    /** The example couples, alternately Dana's and Lee's, dated to end a few days before today. */
    private void replayExamples(DemoCouples into, Counselor robin, Counselor dana, Counselor lee) {
        int i = 0;
        for (DemoExamples.Example e : DemoExamples.EXAMPLES) {
            Counselor owner = i++ % 2 == 0 ? dana : lee;
            CaseFile file = e.file(into.today());
            // A couple taken in during the last four weeks is still being screened: its screens are left open.
            boolean screened = !e.name().equals("insufficient-data");
            into.written().put(e.name(), into.replay().replay(file, owner, robin, screened));
            into.owners().put(e.name(), owner);
            settle();
        }
    }

    /** One generated couple at each stage, alternately Lee's and Dana's. */
    private void replayGenerated(
            DemoCouples into, long seed, Map<String, GuideStep> steps, Counselor robin, Counselor dana, Counselor lee) {
        DemoPracticeGenerator generator = new DemoPracticeGenerator(seed, titles(steps));
        DemoPracticeGenerator.Stage[] stages = DemoPracticeGenerator.Stage.values();
        for (int k = 0; k < stages.length; k++) {
            Counselor owner = k % 2 == 0 ? lee : dana;
            String name = "generated-" + stages[k].name().toLowerCase();
            CaseFile file = generator.couple(k, stages[k], into.today(), owner.getDisplayName(), owner.getEmail());
            into.written()
                    .put(name, into.replay().replay(file, owner, robin, stages[k] != DemoPracticeGenerator.Stage.NEW));
            into.owners().put(name, owner);
            settle();
        }
    }

    /**
     * Writes out what one couple's history left in the persistence context and forgets it: the
     * whole practice is one transaction, and Hibernate would otherwise check every entity written
     * so far for changes before each of the many queries that follow.
     */
    private void settle() {
        em.flush();
        em.clear();
    }

    /** Step key → title, as the guide names the steps (the generator's one source of titles). */
    private static Map<String, String> titles(Map<String, GuideStep> steps) {
        Map<String, String> titles = new LinkedHashMap<>();
        steps.forEach((key, step) -> titles.put(key, step.getTitle()));
        return titles;
    }

    private void signIn(Counselor who) {
        TandemUser user = who.toUser();
        // Before the web server starts, method security may use Vaadin's strategy bean while the
        // static holder still has Spring's default: the demo writer signs in through both.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts().setContext(context);
    }

    private SecurityContextHolderStrategy securityContexts() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private Counselor account(String email, String name, Role role, String password, Instant at) {
        return counselors.add(new Counselor(email, name, encoder.encode(password), role, at));
    }
}
