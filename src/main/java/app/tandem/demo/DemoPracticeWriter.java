package app.tandem.demo;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.base.Role;
import app.tandem.base.TandemUser;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInRecord;
import app.tandem.checkin.CheckInService;
import app.tandem.checkin.FeelsSafe;
import app.tandem.couple.Couple;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The example written for each, how many days before today its last session lies, and new partner names where two examples share one. */
    private record Example(String name, int endsDaysAgo, String[] names) {}

    private static final List<Example> EXAMPLES = List.of(
            new Example("couples-therapy", 2, null),
            new Example("couples-therapy-urgent", 1, null),
            new Example("retreat", 3, null),
            new Example("safety-referral", 4, null),
            new Example("unsigned-safety-flag", 4, new String[] {"Clara", "Haddad", null, null}),
            new Example("insufficient-data", 1, null),
            new Example("continue-engagement", 24, null),
            new Example("on-track", 2, null),
            new Example("thriving", 20, new String[] {null, null, "Felix", "Amsel"}),
            new Example("diverging", 3, new String[] {"Ruth", "Adeyemi", null, null}),
            new Example("cleared-safety-in-therapy", 6, null));

    /** The one couple that arrives by import (a transfer from another practice's Tandem). */
    static final String IMPORTED_EXAMPLE = "continue";

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
    private final ReportService reports;
    private final CheckInLinkService checkInLinks;
    private final CheckInService checkIns;
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
        this.reports = reports;
        this.checkInLinks = checkInLinks;
        this.checkIns = checkIns;
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
            CaseFile transferred = readExample(IMPORTED_EXAMPLE);
            LocalDate latest = AssessmentEngine.latestSessionDate(transferred).orElse(today);
            CaseFile shifted = CaseFiles.shiftDates(transferred, ChronoUnit.DAYS.between(latest, today.minusDays(5)));
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

        Map<String, DemoReplay.Written> written = new LinkedHashMap<>();
        Map<String, Counselor> owners = new LinkedHashMap<>();
        replayExamples(replay, today, robin, dana, lee, written, owners);
        replayGenerated(replay, seed, steps, today, robin, dana, lee, written, owners);
        reportHistory(actor, replay, owners, written, today);
        partnerCheckIns(actor, replay, owners, written, today);
        return written.size();
    }

    /** The example couples, alternately Dana's and Lee's, dated to end a few days before today. */
    private void replayExamples(
            DemoReplay replay,
            LocalDate today,
            Counselor robin,
            Counselor dana,
            Counselor lee,
            Map<String, DemoReplay.Written> written,
            Map<String, Counselor> owners) {
        int i = 0;
        for (Example e : EXAMPLES) {
            Counselor owner = i++ % 2 == 0 ? dana : lee;
            CaseFile file = renamed(readExample(e.name()), e.names());
            LocalDate latest = AssessmentEngine.latestSessionDate(file).orElse(today);
            file = CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, today.minusDays(e.endsDaysAgo())));
            // A couple taken in during the last four weeks is still being screened: its screens are left open.
            written.put(e.name(), replay.replay(file, owner, robin, !e.name().equals("insufficient-data")));
            owners.put(e.name(), owner);
            settle();
        }
    }

    /** One generated couple at each stage, alternately Lee's and Dana's. */
    private void replayGenerated(
            DemoReplay replay,
            long seed,
            Map<String, GuideStep> steps,
            LocalDate today,
            Counselor robin,
            Counselor dana,
            Counselor lee,
            Map<String, DemoReplay.Written> written,
            Map<String, Counselor> owners) {
        DemoPracticeGenerator generator = new DemoPracticeGenerator(seed, titles(steps));
        DemoPracticeGenerator.Stage[] stages = DemoPracticeGenerator.Stage.values();
        for (int k = 0; k < stages.length; k++) {
            Counselor owner = k % 2 == 0 ? lee : dana;
            String name = "generated-" + stages[k].name().toLowerCase();
            written.put(
                    name,
                    replay.replay(
                            generator.couple(k, stages[k], today, owner.getDisplayName(), owner.getEmail()),
                            owner,
                            robin,
                            stages[k] != DemoPracticeGenerator.Stage.NEW));
            owners.put(name, owner);
            settle();
        }
    }

    private void reportHistory(
            DemoReplay.Actor actor,
            DemoReplay replay,
            Map<String, Counselor> owners,
            Map<String, DemoReplay.Written> written,
            LocalDate today) {
        // Report history, both audiences: accepted twice over time, overridden once, accepted on a
        // safety referral (no client report), and an escalation reported without a decision yet.
        report(actor, replay, owners, written, "on-track", today.minusDays(23), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "on-track", today.minusDays(2), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "continue-engagement", today.minusDays(23), DecisionType.OVERRIDE);
        report(actor, replay, owners, written, "diverging", today.minusDays(3), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "safety-referral", today.minusDays(3), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "thriving", today.minusDays(19), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "couples-therapy", today.minusDays(16), DecisionType.ACCEPT);
        report(actor, replay, owners, written, "couples-therapy", today.minusDays(2), null);
        // The thriving couple's work ended by agreement a week after that report.
        long thriving = written.get("thriving").couple.getId();
        actor.act(
                replay.at(today.minusDays(12), 10, 0),
                owners.get("thriving"),
                () -> couples.changeStatus(
                        thriving,
                        couples.require(thriving).getVersion(),
                        new CoupleService.StatusChange(
                                CaseFile.CoupleStatus.CLOSED,
                                "Goals met; ended by agreement",
                                "Both partners keep a weekly connection appointment and raise worries early, without it turning into "
                                        + "an argument. Ended by agreement after their final review; they know they can come back.",
                                null,
                                null,
                                null)));
    }

    private void partnerCheckIns(
            DemoReplay.Actor actor,
            DemoReplay replay,
            Map<String, Counselor> owners,
            Map<String, DemoReplay.Written> written,
            LocalDate today) {
        // Partners' check-ins: read and unread ones for the first couple, a "not sure" one for a struggling couple.
        Couple first = written.get("couples-therapy").couple;
        checkIn(actor, replay, owners.get("couples-therapy"), first, PartnerId.A, today, new int[] {9, 4}, new int[][] {
            {5, 5, 6, 11}, {6, 5, 6, 12}
        });
        checkIn(actor, replay, owners.get("couples-therapy"), first, PartnerId.B, today, new int[] {9, 1}, new int[][] {
            {6, 7, 7, 14}, {6, 6, 7, 13}
        });
        Couple struggling = written.get("generated-struggling").couple;
        actor.act(replay.at(today.minusDays(2), 19, 0), owners.get("generated-struggling"), () -> {
            String token = checkInLinks.create(struggling.getId(), PartnerId.B).token();
            checkIns.save(
                    token,
                    "demo",
                    new CheckInAnswers(
                            FeelsSafe.NOT_SURE, 3, 2, 3, null, Map.of(), Map.of(), "The last week was tense at home."));
        });
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

    /** A report on {@code day} evening as the couple's counselor; {@code decision} null: a counselor report without a decision. */
    private void report(
            DemoReplay.Actor actor,
            DemoReplay replay,
            Map<String, Counselor> owners,
            Map<String, DemoReplay.Written> written,
            String name,
            LocalDate day,
            DecisionType decision) {
        long coupleId = written.get(name).couple.getId();
        actor.act(replay.at(day, 20, 0), owners.get(name), () -> {
            if (decision == null) {
                reports.generateCounselorReport(coupleId);
            } else if (decision == DecisionType.ACCEPT) {
                reports.generate(coupleId, new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
            } else {
                Recommendation recommended = reports.currentAssessment(coupleId).recommendation();
                Recommendation other = recommended == Recommendation.COUPLES_THERAPY
                        ? Recommendation.CONTINUE
                        : Recommendation.COUPLES_THERAPY;
                reports.generate(
                        coupleId,
                        new ReportService.DecisionRequest(
                                DecisionType.OVERRIDE,
                                other,
                                "Both partners asked for more structured support between sessions; reviewed with the supervisor."));
            }
        });
    }

    /**
     * A partner's check-ins through their link, on the given days before today, each with its
     * scores (safety, effort, communication, CSI-4); every one but the latest is read by the counselor.
     */
    private void checkIn(
            DemoReplay.Actor actor,
            DemoReplay replay,
            Counselor owner,
            Couple couple,
            PartnerId partner,
            LocalDate today,
            int[] daysAgo,
            int[][] scores) {
        String[] token = new String[1];
        actor.act(
                replay.at(today.minusDays(daysAgo[0] + 1), 18, 0),
                owner,
                () -> token[0] = checkInLinks.create(couple.getId(), partner).token());
        for (int k = 0; k < daysAgo.length; k++) {
            int[] s = scores[k];
            actor.act(
                    replay.at(today.minusDays(daysAgo[k]), 21, 0),
                    owner,
                    () -> checkIns.save(
                            token[0],
                            "demo",
                            new CheckInAnswers(FeelsSafe.SAFE, s[0], s[1], s[2], s[3], Map.of(), Map.of(), null)));
            if (k < daysAgo.length - 1) {
                actor.act(replay.at(today.minusDays(daysAgo[k] - 1), 8, 30), owner, () -> {
                    List<CheckInRecord> unread = checkInLinks.checkIns(couple.getId(), partner).stream()
                            .filter(r -> !r.reviewed())
                            .toList();
                    unread.forEach(r -> checkInLinks.markReviewed(r.id()));
                });
            }
        }
    }

    /** Step key → title, as the guide names the steps (the generator's one source of titles). */
    private static Map<String, String> titles(Map<String, GuideStep> steps) {
        Map<String, String> titles = new LinkedHashMap<>();
        steps.forEach((key, step) -> titles.put(key, step.getTitle()));
        return titles;
    }

    /** The file with partners renamed ({@code names}: A first, A last, B first, B last; null keeps a name). */
    private static CaseFile renamed(CaseFile file, String[] names) {
        if (names == null) {
            return file;
        }
        CaseFile.Couple c = file.couple();
        CaseFile.Partner a = c.partners().a();
        CaseFile.Partner b = c.partners().b();
        a = new CaseFile.Partner(
                or(names[0], a.firstName()),
                or(names[1], a.lastName()),
                a.pronouns(),
                names[0] == null ? a.email() : null,
                a.phone(),
                a.safeContact());
        b = new CaseFile.Partner(
                or(names[2], b.firstName()),
                or(names[3], b.lastName()),
                b.pronouns(),
                names[2] == null ? b.email() : null,
                b.phone(),
                b.safeContact());
        CaseFile.Couple couple = new CaseFile.Couple(
                c.reference(),
                c.intakeDate(),
                c.status(),
                c.statusHistory(),
                c.closingSummary(),
                c.counselor(),
                new PerPartner<>(a, b),
                c.context(),
                c.goals(),
                c.secretsPolicy(),
                c.childrenInHousehold(),
                c.referrals());
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                couple,
                file.homework(),
                file.sessions(),
                file.safetyReviews(),
                file.reports(),
                file.consents(),
                file.ipvScreens(),
                file.checkIns());
    }

    private static String or(String name, String kept) {
        return name == null ? kept : name;
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

    static CaseFile readExample(String name) {
        try (InputStream in = DemoPracticeWriter.class.getResourceAsStream("/seeds/examples/" + name + ".json")) {
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

    /** The names of the examples written through the services (for the tests). */
    static List<String> examples() {
        List<String> names = new ArrayList<>();
        EXAMPLES.forEach(e -> names.add(e.name()));
        return names;
    }
}
