package app.tandem.demo;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.progress.AssessmentSettingsProvider;
import app.tandem.progress.CurrentFigures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A large fictional practice written straight into the database with multi-row inserts, for the
 * scale tests and the benchmarks: counselors, couples with weekly sessions and per-partner
 * scores, homework, safety reviews, reports with decisions, and each couple's summary and
 * current-assessment rows (computed with {@link CurrentFigures}, exactly as the refresh after a
 * change computes them). The same seed gives the same practice (relative to the practice's
 * today); couple {@code i} depends only on the seed and {@code i}, so a practice can be grown in
 * steps and still equal one written at once.
 *
 * <p>Not for production data: it bypasses the services (no audit, no access checks) and expects
 * no earlier synthetic practice of the same seed in the database.
 */
@Component
public class SyntheticPractice {

    /** The password of every synthetic account (fictional practice, benchmarks only). */
    public static final String PASSWORD = "synthetic-practice-2026";

    /** How many couples are written and committed together. */
    private static final int CHUNK = 250;
    /** Rows per INSERT statement (the assessment JSON is large, hence a smaller batch there). */
    private static final int ROWS = 500;

    private static final int JSON_ROWS = 100;

    private static final String[] FIRST = {
        "Ada", "Bram", "Cleo", "Dario", "Edda", "Femi", "Gale", "Hugo", "Ines", "Joss", "Kaia", "Lior", "Mara", "Nico",
        "Odile", "Pavel", "Rhea", "Soren", "Tilde", "Ugo", "Vida", "Wren", "Xavi", "Yuki", "Zora", "Anouk", "Basil",
        "Coral", "Dov", "Elio"
    };
    private static final String[] LAST = {
        "Ashdown",
        "Brightwater",
        "Coldharbour",
        "Dunmore",
        "Elderfield",
        "Fernhill",
        "Greywell",
        "Hartmoor",
        "Ivybridge",
        "Juniper",
        "Kestrelby",
        "Larchmont",
        "Millbrook",
        "Northcote",
        "Oakhurst",
        "Pendleford",
        "Quarrydale",
        "Rookwood",
        "Stillwater",
        "Thornbury",
        "Underhill",
        "Valemont",
        "Westcombe",
        "Yarrowby",
        "Zennor"
    };
    private static final String[] STEPS = {
        "create-space",
        "low-stakes-connection",
        "non-confrontational-communication",
        "decode-signs",
        "stressor-boundaries"
    };

    /**
     * What to write.
     *
     * @param seed the same seed gives the same practice
     * @param counselors counselor accounts (one supervisor is added)
     * @param couples couples, spread evenly over the counselors
     * @param meanSessions average sessions per couple (uniform between half and one and a half times)
     * @param fullYearCouples the first this many couples have 52 weekly sessions instead
     */
    public record Spec(long seed, int counselors, int couples, int meanSessions, int fullYearCouples) {

        public static Spec of(int counselors, int couples) {
            return new Spec(20261128L, counselors, couples, 20, 1);
        }
    }

    /**
     * What was written, so far.
     *
     * @param couples couples written (the next couple has this index)
     * @param firstCoupleId the id of couple 0 (ids are consecutive)
     */
    public record Practice(
            Spec spec,
            long supervisorId,
            String supervisorEmail,
            List<Long> counselorIds,
            List<String> counselorEmails,
            long firstCoupleId,
            int couples,
            long sessions,
            long scores,
            long assignments,
            long reports) {

        /** The couple with index {@code i} (0-based). */
        public long coupleId(int i) {
            return firstCoupleId + i;
        }
    }

    private final DataSource dataSource;
    private final PasswordEncoder encoder;
    private final PracticeSettingsService practice;
    private final AssessmentSettingsProvider settings;
    private final Clock clock;

    SyntheticPractice(
            DataSource dataSource,
            PasswordEncoder encoder,
            PracticeSettingsService practice,
            AssessmentSettingsProvider settings,
            Clock clock) {
        this.dataSource = dataSource;
        this.encoder = encoder;
        this.practice = practice;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the accounts and the couples of {@code spec}. */
    public Practice generate(Spec spec) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Instant now = clock.instant();
            String hash = encoder.encode(PASSWORD);
            long nextId = max(c, "counselor", "counselor_id") + 1;
            Batch accounts = new Batch(
                    c,
                    "counselor",
                    ROWS,
                    "counselor_id",
                    "email",
                    "display_name",
                    "password_hash",
                    "role",
                    "active",
                    "created_at",
                    "password_changed_at",
                    "version");
            Random names = new Random(spec.seed());
            String tag = Long.toString(Math.abs(spec.seed()), 36);
            long supervisorId = nextId++;
            String supervisorEmail = "supervisor." + tag + "@synthetic.example";
            accounts.add(supervisorId, supervisorEmail, name(names), hash, "SUPERVISOR", true, utc(now), utc(now), 0);
            List<Long> ids = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < spec.counselors(); i++) {
                long id = nextId++;
                String email = "counselor" + (i + 1) + "." + tag + "@synthetic.example";
                accounts.add(id, email, name(names), hash, "COUNSELOR", true, utc(now), utc(now), 0);
                ids.add(id);
                emails.add(email);
            }
            accounts.flush();
            c.commit();
            Practice empty = new Practice(
                    spec,
                    supervisorId,
                    supervisorEmail,
                    List.copyOf(ids),
                    List.copyOf(emails),
                    max(c, "couple", "couple_id") + 1,
                    0,
                    0,
                    0,
                    0,
                    0);
            return write(c, empty, spec.couples());
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the synthetic practice failed: " + e.getMessage(), e);
        }
    }

    /** Adds {@code more} couples to a practice written earlier, continuing its indices. */
    public Practice addCouples(Practice practice, int more) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (max(c, "couple", "couple_id") + 1 != practice.coupleId(practice.couples())) {
                throw new IllegalStateException(
                        "Other couples were written since; the synthetic ids would not be consecutive.");
            }
            return write(c, practice, more);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the synthetic practice failed: " + e.getMessage(), e);
        }
    }

    private Practice write(Connection c, Practice p, int more) throws SQLException {
        LocalDate today = practice.today();
        Instant now = clock.instant();
        long firstReference = reserveReferences(c, more);
        long nextReportId = max(c, "progress_report", "progress_report_id") + 1;
        Map<String, GuideSteps.Step> guide = GuideSteps.current(c);
        Tables t = new Tables(c, guide);
        long sessions = p.sessions();
        long scores = p.scores();
        long assignments = p.assignments();
        long reports = p.reports();
        for (int k = 0; k < more; k++) {
            int index = p.couples() + k;
            int counselor = index % p.counselorIds().size();
            Generated g = couple(
                    p.spec(),
                    index,
                    today,
                    "C-" + String.format("%04d", firstReference + k),
                    p.counselorEmails().get(counselor),
                    guide);
            long coupleId = p.coupleId(index);
            long counselorId = p.counselorIds().get(counselor);
            nextReportId = write(t, g, coupleId, counselorId, nextReportId, today, now);
            sessions += g.file.sessions().size();
            scores += g.file.sessions().stream()
                    .mapToLong(SyntheticPractice::scoreCount)
                    .sum();
            assignments += g.file.homework().size();
            reports += g.file.reports().size();
            if ((k + 1) % CHUNK == 0) {
                t.flush();
                c.commit();
            }
        }
        t.flush();
        c.commit();
        return new Practice(
                p.spec(),
                p.supervisorId(),
                p.supervisorEmail(),
                p.counselorIds(),
                p.counselorEmails(),
                p.firstCoupleId(),
                p.couples() + more,
                sessions,
                scores,
                assignments,
                reports);
    }

    private static long scoreCount(CaseFile.Session s) {
        long n = 0;
        for (Scores sc : new Scores[] {s.scores().a(), s.scores().b()}) {
            if (sc != null) {
                n += (sc.emotionalSafety() == null ? 0 : 1)
                        + (sc.reciprocalEffort() == null ? 0 : 1)
                        + (sc.clearCommunication() == null ? 0 : 1)
                        + (sc.csi4() == null ? 0 : 1);
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- generation (pure)

    /** How a couple's work goes; decides the score trend, flags and adherence. */
    enum Profile {
        IMPROVING,
        STEADY,
        STUCK,
        DETERIORATING,
        HOSTILE,
        SAFETY,
        NEW
    }

    /** A couple as its case file, plus what only the database rows carry. */
    record Generated(CaseFile file, List<LocalDateTime> sessionCreatedAt) {}

    /** The draws that shape a couple's whole course, made first and in this order. */
    private record Plan(
            Profile profile,
            CoupleStatus status,
            int count,
            boolean draftLast,
            boolean leaveOverdue,
            LocalDate intake) {}

    /** Couple {@code index} of the practice of {@code spec}: depends only on the seed and the index. */
    Generated couple(
            Spec spec,
            int index,
            LocalDate today,
            String reference,
            String counselorEmail,
            Map<String, GuideSteps.Step> guide) {
        Random r = new Random(spec.seed() * 1_000_003L + index);
        Plan plan = plan(spec, index, today, r);
        CaseFile.Couple couple = coupleRecord(r, plan, today, reference, counselorEmail);
        Course course = new Course(r, plan, today, counselorEmail, guide);
        CaseFile withoutReports = new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                instant(today, 0),
                couple,
                course.homework,
                course.sessions,
                course.reviews,
                List.of());
        List<CaseFile.Report> reports = reports(r, withoutReports, plan.count(), counselorEmail);
        CaseFile file = new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                instant(today, 0),
                couple,
                course.homework,
                course.sessions,
                course.reviews,
                reports);
        return new Generated(file, course.created);
    }

    private static Plan plan(Spec spec, int index, LocalDate today, Random r) {
        Profile profile = index < spec.fullYearCouples() ? Profile.IMPROVING : profile(r);
        int roll = r.nextInt(100);
        CoupleStatus status = index < spec.fullYearCouples() || roll < 85
                ? CoupleStatus.ACTIVE
                : roll < 93 ? CoupleStatus.PAUSED : CoupleStatus.CLOSED;
        int count = index < spec.fullYearCouples()
                ? 52
                : profile == Profile.NEW
                        ? r.nextInt(3)
                        : Math.max(1, spec.meanSessions() / 2 + r.nextInt(spec.meanSessions() + 1));
        boolean lapsed = r.nextInt(100) < 8;
        boolean draftLast = r.nextInt(100) < 5;
        boolean leaveOverdue = r.nextInt(100) < 10;
        int gap = lapsed ? 25 + r.nextInt(21) : 1 + r.nextInt(6);
        LocalDate intake = count == 0 ? today.minusDays(r.nextInt(10)) : today.minusDays(gap + 7L * (count - 1));
        return new Plan(profile, status, count, draftLast, leaveOverdue, intake);
    }

    /** The couple itself: fictional names, its context and status history. */
    private static CaseFile.Couple coupleRecord(
            Random r, Plan plan, LocalDate today, String reference, String counselorEmail) {
        LocalDate intake = plan.intake();
        CoupleStatus status = plan.status();
        String aFirst = FIRST[r.nextInt(FIRST.length)];
        String bFirst = FIRST[(indexOf(aFirst) + 1 + r.nextInt(FIRST.length - 1)) % FIRST.length];
        String aLast = LAST[r.nextInt(LAST.length)];
        String bLast = r.nextInt(3) == 0 ? aLast : LAST[r.nextInt(LAST.length)];
        List<CaseFile.StatusChange> history = new ArrayList<>();
        history.add(new CaseFile.StatusChange(CoupleStatus.ACTIVE, instant(intake, 9), counselorEmail, "Intake"));
        if (status != CoupleStatus.ACTIVE) {
            history.add(new CaseFile.StatusChange(
                    status,
                    instant(today.minusDays(3), 9),
                    counselorEmail,
                    status == CoupleStatus.PAUSED ? "Both asked to pause for a few weeks" : "Goals met"));
        }
        return new CaseFile.Couple(
                reference,
                intake,
                status,
                history,
                status == CoupleStatus.CLOSED
                        ? "Work ended by agreement; both keep a weekly connection appointment."
                        : null,
                new CaseFile.Counselor("Synthetic counselor", counselorEmail),
                new PerPartner<>(partner(aFirst, aLast), partner(bFirst, bLast)),
                new CaseFile.Context(
                        CaseFile.WithdrawalOnset.values()[r.nextInt(3)],
                        r.nextBoolean() ? CaseFile.Pursuer.A : CaseFile.Pursuer.B,
                        List.of(CaseFile.Sign.REDUCED_INITIATIONS),
                        List.of(CaseFile.Stressor.WORK_STRESS),
                        null,
                        null),
                List.of("A protected weekly time together"),
                CaseFile.SecretsPolicy.NO_SECRETS,
                r.nextInt(3),
                List.of());
    }

    /** Half of the couples with eight sessions or more have had a counselor report, most of them decided. */
    private List<CaseFile.Report> reports(Random r, CaseFile withoutReports, int count, String counselorEmail) {
        List<CaseFile.Report> reports = new ArrayList<>();
        if (count >= 8 && r.nextInt(100) < 50) {
            LocalDate asOf = withoutReports.sessions().get(count - 1).date().minusDays(7L * (1 + r.nextInt(3)));
            Recommendation rec = AssessmentEngine.assess(withoutReports, asOf, settings.settings())
                    .recommendation();
            Instant at = instant(asOf, 20);
            CaseFile.Decision decision = r.nextInt(100) < 60
                    ? new CaseFile.Decision(
                            CaseFile.DecisionType.ACCEPT, rec, null, counselorEmail, at.plusSeconds(600))
                    : null;
            reports.add(new CaseFile.Report(at, CaseFile.Audience.COUNSELOR, AssessmentEngine.RULE_SET, rec, decision));
        }
        return reports;
    }

    /** A couple's weekly sessions, homework every other week and safety reviews, drawn week by week. */
    private static final class Course {
        final List<CaseFile.Session> sessions = new ArrayList<>();
        final List<LocalDateTime> created = new ArrayList<>();
        final List<CaseFile.Assignment> homework = new ArrayList<>();
        final List<CaseFile.SafetyReview> reviews = new ArrayList<>();
        private final Random r;
        private final Plan plan;
        private final LocalDate today;
        private final String counselorEmail;
        private final Map<String, GuideSteps.Step> guide;
        private final double adherence;
        private final int safetyVariant;
        private final int baseA;
        private final int baseB;

        Course(Random r, Plan plan, LocalDate today, String counselorEmail, Map<String, GuideSteps.Step> guide) {
            this.r = r;
            this.plan = plan;
            this.today = today;
            this.counselorEmail = counselorEmail;
            this.guide = guide;
            this.adherence = switch (plan.profile()) {
                case IMPROVING -> 0.85;
                case STEADY -> 0.7;
                case STUCK -> 0.4;
                default -> 0.6;
            };
            this.safetyVariant = r.nextInt(4); // 0, 1: cleared by a review; 2: on a draft; 3: active
            this.baseA = 9 + r.nextInt(7);
            this.baseB = 9 + r.nextInt(7);
            int count = plan.count();
            for (int i = 0; i < count; i++) {
                week(i);
            }
            if (plan.profile() == Profile.SAFETY && safetyVariant <= 1 && count >= 2) {
                LocalDate on = sessions.get(Math.min(count - 1, Math.max(0, count - 3) + 1))
                        .date();
                reviews.add(new CaseFile.SafetyReview(
                        on,
                        counselorEmail,
                        CaseFile.SafetyOutcome.CONJOINT_WORK_SAFE,
                        null,
                        "Both partners saw separately; no fear reported; agreed plan to pause any session that escalates.",
                        true));
            }
        }

        private void week(int i) {
            int count = plan.count();
            Profile profile = plan.profile();
            LocalDate date = plan.intake().plusWeeks(i);
            boolean last = i == count - 1;
            boolean draft = last && (plan.draftLast() || (profile == Profile.SAFETY && safetyVariant == 2));
            boolean noShow = !last && i > 0 && r.nextInt(100) < 3;
            List<Flag> flags = new ArrayList<>();
            if (profile == Profile.HOSTILE && i >= count - 3) {
                flags.add(Flag.HOSTILITY);
            }
            if (profile == Profile.SAFETY && (safetyVariant == 2 ? last : i == Math.max(0, count - 3))) {
                flags.add(Flag.FEAR_OF_PARTNER);
            }
            Collections.sort(flags);
            PerPartner<Scores> scores = noShow
                    ? new PerPartner<>(null, null)
                    : new PerPartner<>(
                            scores(r, composite(profile, baseA, i, count, r), i),
                            scores(r, composite(profile, baseB, i, count, r), i));
            Instant signedAt = draft ? null : instant(date, 19);
            sessions.add(new CaseFile.Session(
                    date,
                    LocalTime.of(17, 0),
                    60,
                    CaseFile.SessionFormat.IN_PERSON,
                    noShow ? Attendance.NONE : Attendance.BOTH,
                    !draft,
                    signedAt,
                    draft ? null : counselorEmail,
                    scores,
                    flags,
                    List.of(),
                    new CaseFile.Note(
                            noShow ? "No-show; offered the next slot." : "Reviewed the week's homework together.",
                            null,
                            null,
                            null),
                    new PerPartner<>(null, null),
                    List.of()));
            created.add(date.atTime(18, 0));
            if (!noShow && i % 2 == 0) {
                homework.add(assignment(i, date));
            }
        }

        /** The homework set in session {@code i}; some couples leave their latest homework overdue. */
        private CaseFile.Assignment assignment(int i, LocalDate date) {
            int step = (i / 2) % STEPS.length;
            LocalDate due = date.plusDays(7);
            boolean past = due.isBefore(today);
            boolean leaveOpen = past && plan.leaveOverdue() && !due.plusDays(14).isBefore(today);
            Completion ca = past && !leaveOpen ? completion(r, adherence) : null;
            Completion cb = past && !leaveOpen ? completion(r, adherence) : null;
            return new CaseFile.Assignment(
                    STEPS[step],
                    GuideSteps.require(guide, STEPS[step]).title(),
                    null,
                    "Follow the guide step as discussed in session.",
                    List.of(),
                    Assignee.BOTH,
                    date,
                    due,
                    null,
                    new PerPartner<>(ca, cb),
                    new PerPartner<>(null, null),
                    ca != null ? due : null);
        }
    }

    private static Profile profile(Random r) {
        int p = r.nextInt(100);
        if (p < 30) {
            return Profile.IMPROVING;
        }
        if (p < 60) {
            return Profile.STEADY;
        }
        if (p < 77) {
            return Profile.STUCK;
        }
        if (p < 84) {
            return Profile.DETERIORATING;
        }
        if (p < 90) {
            return Profile.HOSTILE;
        }
        if (p < 95) {
            return Profile.SAFETY;
        }
        return Profile.NEW;
    }

    private static int composite(Profile profile, int base, int i, int count, Random r) {
        double trend = switch (profile) {
            case IMPROVING -> Math.min(14, i * 0.7);
            case STEADY -> i * 0.15;
            case DETERIORATING -> i >= count - 3 && count >= 6 ? -9 : 0;
            default -> 0;
        };
        return Math.max(0, Math.min(30, (int) Math.round(base + trend) + r.nextInt(3) - 1));
    }

    private static Scores scores(Random r, int composite, int i) {
        int es = Math.min(10, composite / 3);
        int re = Math.min(10, (composite - es) / 2);
        int cc = Math.min(10, composite - es - re);
        return new Scores(es, re, cc, i % 3 == 0 ? Math.min(21, 4 + composite / 2) : null);
    }

    private static Completion completion(Random r, double adherence) {
        double x = r.nextDouble();
        return x < adherence
                ? Completion.DONE
                : x < adherence + (1 - adherence) / 2 ? Completion.PARTIAL : Completion.NOT_DONE;
    }

    private static CaseFile.Partner partner(String first, String last) {
        return new CaseFile.Partner(first, last, null, null, null, null);
    }

    private static String name(Random r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    private static int indexOf(String first) {
        for (int i = 0; i < FIRST.length; i++) {
            if (FIRST[i].equals(first)) {
                return i;
            }
        }
        return 0;
    }

    private static Instant instant(LocalDate date, int hour) {
        return date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- writing (JDBC)

    private long write(
            Tables t, Generated g, long coupleId, long counselorId, long nextReportId, LocalDate today, Instant now)
            throws SQLException {
        CaseFile f = g.file();
        CaseFile.Couple c = f.couple();
        t.couples.add(
                coupleId,
                c.reference(),
                counselorId,
                c.intakeDate(),
                c.status().name(),
                c.partners().a().firstName(),
                c.partners().a().lastName(),
                c.partners().b().firstName(),
                c.partners().b().lastName(),
                c.context().withdrawalOnset().name(),
                c.context().pursuer().name(),
                names(c.context().signs()),
                names(c.context().stressors()),
                "[\"" + c.goals().get(0) + "\"]",
                c.secretsPolicy().name(),
                c.childrenInHousehold(),
                c.closingSummary(),
                utc(c.statusHistory().get(0).at()),
                0);
        for (CaseFile.StatusChange h : c.statusHistory()) {
            t.history.add(coupleId, h.status().name(), utc(h.at()), h.by(), h.reason());
        }
        for (int i = 0; i < f.sessions().size(); i++) {
            CaseFile.Session s = f.sessions().get(i);
            Scores a = s.scores().a() == null
                    ? new Scores(null, null, null, null)
                    : s.scores().a();
            Scores b = s.scores().b() == null
                    ? new Scores(null, null, null, null)
                    : s.scores().b();
            LocalDateTime created = g.sessionCreatedAt().get(i);
            t.sessions.add(
                    coupleId,
                    s.date(),
                    s.startTime(),
                    s.durationMinutes(),
                    s.format().name(),
                    s.attendance().name(),
                    s.note().observations(),
                    s.note().interventions(),
                    s.note().homeworkReview(),
                    s.note().plan(),
                    names(s.flags()),
                    names(s.pitfalls()),
                    a.emotionalSafety(),
                    a.reciprocalEffort(),
                    a.clearCommunication(),
                    a.csi4(),
                    b.emotionalSafety(),
                    b.reciprocalEffort(),
                    b.clearCommunication(),
                    b.csi4(),
                    s.signed(),
                    s.signedAt() == null ? null : utc(s.signedAt()),
                    s.signedBy(),
                    created,
                    s.signedAt() == null ? created : utc(s.signedAt()),
                    0);
        }
        for (CaseFile.Assignment h : f.homework()) {
            t.homework.add(
                    coupleId,
                    t.guide.get(h.stepKey()).id(),
                    h.stepKey(),
                    h.title(),
                    h.instructions(),
                    h.assignee().name(),
                    h.assignedOn(),
                    h.dueOn(),
                    name(h.completion().a()),
                    name(h.completion().b()),
                    h.reviewedOn(),
                    h.assignedOn().atTime(18, 0),
                    0);
        }
        for (CaseFile.SafetyReview r : f.safetyReviews()) {
            t.reviews.add(
                    coupleId,
                    r.date(),
                    r.by(),
                    r.outcome().name(),
                    r.referralMade(),
                    r.safetyPlan(),
                    r.signed(),
                    r.date().atTime(18, 30));
        }
        for (CaseFile.Report r : f.reports()) {
            long reportId = nextReportId++;
            t.reports.add(
                    reportId,
                    coupleId,
                    r.audience().name(),
                    r.ruleSet(),
                    r.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    r.recommendation().name(),
                    r.decision() == null
                            ? null
                            : r.decision().finalRecommendation().name(),
                    "report.pdf",
                    utc(r.generatedAt()),
                    f.couple().counselor().email());
            if (r.decision() != null) {
                CaseFile.Decision d = r.decision();
                t.decisions.add(
                        coupleId,
                        reportId,
                        d.type().name(),
                        d.finalRecommendation().name(),
                        d.reason(),
                        d.by(),
                        utc(d.at()));
            }
        }
        CurrentFigures figures = CurrentFigures.of(f, today, settings.settings());
        var a = figures.assessment();
        t.assessments.add(
                coupleId,
                today,
                a.ruleSet(),
                a.recommendation().name(),
                a.decisiveRule().name(),
                a.urgent(),
                figures.unsignedSafety(),
                figures.activeSafety(),
                figures.partnersDiverge(),
                figures.json(),
                utc(now));
        t.summaries.add(
                coupleId,
                figures.lastSessionDate(),
                figures.nextHomeworkDue(),
                figures.overdueHomework(),
                figures.adherence(),
                a.recommendation().name(),
                figures.safetyMarker(),
                utc(now));
        return nextReportId;
    }

    /** The insert batches of one run, flushed parents first so foreign keys hold. */
    private static final class Tables {
        final Batch couples;
        final Batch history;
        final Batch sessions;
        final Batch homework;
        final Batch reviews;
        final Batch reports;
        final Batch decisions;
        final Batch assessments;
        final Batch summaries;
        final Map<String, GuideSteps.Step> guide;

        Tables(Connection c, Map<String, GuideSteps.Step> guide) {
            this.guide = guide;
            couples = new Batch(
                    c,
                    "couple",
                    ROWS,
                    "couple_id",
                    "reference",
                    "counselor_id",
                    "intake_date",
                    "status",
                    "a_first_name",
                    "a_last_name",
                    "b_first_name",
                    "b_last_name",
                    "withdrawal_onset",
                    "pursuer",
                    "signs",
                    "stressors",
                    "goals",
                    "secrets_policy",
                    "children_in_household",
                    "closing_summary",
                    "created_at",
                    "version");
            history = new Batch(
                    c, "couple_status_change", ROWS, "couple_id", "status", "changed_at", "changed_by", "reason");
            sessions = new Batch(
                    c,
                    "counseling_session",
                    ROWS,
                    "couple_id",
                    "session_date",
                    "start_time",
                    "duration_minutes",
                    "format",
                    "attendance",
                    "note_observations",
                    "note_interventions",
                    "note_homework_review",
                    "note_plan",
                    "flags",
                    "pitfalls",
                    "a_emotional_safety",
                    "a_reciprocal_effort",
                    "a_clear_communication",
                    "a_csi4",
                    "b_emotional_safety",
                    "b_reciprocal_effort",
                    "b_clear_communication",
                    "b_csi4",
                    "signed",
                    "signed_at",
                    "signed_by",
                    "created_at",
                    "updated_at",
                    "version");
            homework = new Batch(
                    c,
                    "homework_assignment",
                    ROWS,
                    "couple_id",
                    "guide_step_id",
                    "step_key",
                    "title",
                    "instructions",
                    "assignee",
                    "assigned_on",
                    "due_on",
                    "completion_a",
                    "completion_b",
                    "reviewed_on",
                    "created_at",
                    "version");
            reviews = new Batch(
                    c,
                    "safety_review",
                    ROWS,
                    "couple_id",
                    "review_date",
                    "reviewed_by",
                    "outcome",
                    "referral_made",
                    "safety_plan",
                    "signed",
                    "created_at");
            reports = new Batch(
                    c,
                    "progress_report",
                    ROWS,
                    "progress_report_id",
                    "couple_id",
                    "audience",
                    "rule_set",
                    "as_of",
                    "recommendation",
                    "final_recommendation",
                    "file_name",
                    "generated_at",
                    "generated_by");
            decisions = new Batch(
                    c,
                    "report_decision",
                    ROWS,
                    "couple_id",
                    "progress_report_id",
                    "type",
                    "final_recommendation",
                    "reason",
                    "decided_by",
                    "decided_at");
            assessments = new Batch(
                    c,
                    "couple_assessment",
                    JSON_ROWS,
                    "couple_id",
                    "as_of",
                    "rule_set",
                    "recommendation",
                    "decisive_rule",
                    "urgent",
                    "unsigned_safety",
                    "active_safety",
                    "partners_diverge",
                    "assessment_json",
                    "computed_at");
            summaries = new Batch(
                    c,
                    "couple_summary",
                    ROWS,
                    "couple_id",
                    "last_session_date",
                    "next_homework_due",
                    "overdue_homework",
                    "adherence",
                    "recommendation",
                    "safety_marker",
                    "updated_at");
        }

        void flush() throws SQLException {
            for (Batch b : List.of(
                    couples, history, sessions, homework, reviews, reports, decisions, assessments, summaries)) {
                b.flush();
            }
        }
    }

    /**
     * Rows for one table, kept until the chunk is flushed (parents before children), then sent as
     * multi-row INSERT statements: far fewer round trips than JDBC
     * batching without driver-side rewriting, and the same SQL on MySQL and MariaDB.
     */
    private static final class Batch {
        private final Connection connection;
        private final String table;
        private final String[] columns;
        private final int rowsPerStatement;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(Connection connection, String table, int rowsPerStatement, String... columns) {
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.rowsPerStatement = rowsPerStatement;
        }

        void add(Object... values) throws SQLException {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(
                        table + ": " + values.length + " values for " + columns.length + " columns");
            }
            rows.add(values);
        }

        void flush() throws SQLException {
            String one = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
            for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
                String sql = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                        + String.join(",", Collections.nCopies(slice.size(), one));
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int p = 1;
                    for (Object[] row : slice) {
                        for (Object v : row) {
                            ps.setObject(p++, v);
                        }
                    }
                    ps.executeUpdate();
                }
            }
            rows.clear();
        }
    }

    private static long max(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Takes {@code n} references from the counter the app uses, so later intakes never clash. */
    private static long reserveReferences(Connection c, int n) throws SQLException {
        long first;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT next_value FROM couple_reference_counter WHERE counter_id = 1 FOR UPDATE")) {
            rs.next();
            first = rs.getLong(1);
        }
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE couple_reference_counter SET next_value = ? WHERE counter_id = 1")) {
            ps.setLong(1, first + n);
            ps.executeUpdate();
        }
        return first;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String names(List<? extends Enum<?>> values) {
        // In declaration order, as the entities' converters write them.
        return values.isEmpty()
                ? null
                : values.stream()
                        .sorted(Comparator.comparingInt(Enum::ordinal))
                        .map(Enum::name)
                        .collect(Collectors.joining(","));
    }
}
