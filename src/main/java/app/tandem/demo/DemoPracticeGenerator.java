package app.tandem.demo;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PerPartner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates fictional couples as case files from a seed: the same seed gives the same practice
 * (for the same guide).
 * Each couple gets a stage (new, early, steady, improving, struggling, paused, closed) that
 * decides its number of sessions, its score trend and its homework adherence.
 */
public final class DemoPracticeGenerator {

    /** How far along a generated couple is. */
    public enum Stage {
        NEW,
        EARLY,
        STEADY,
        IMPROVING,
        STRUGGLING,
        PAUSED,
        CLOSED
    }

    private static final String[] FIRST = {
        "Alex", "Bea", "Cal", "Dina", "Eli", "Fern", "Gus", "Hana", "Ivo", "Jade", "Kofi", "Lina", "Milo", "Nia",
        "Omar", "Pia", "Quinn", "Rosa", "Sol", "Tara", "Umar", "Vera", "Wes", "Yara", "Zane"
    };
    private static final String[] LAST = {
        "Abbott",
        "Brandt",
        "Castell",
        "Dorsey",
        "Ekwueme",
        "Faraday",
        "Grove",
        "Hollis",
        "Ivers",
        "Jansen",
        "Kowal",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Oyelaran",
        "Pellegrini",
        "Quist",
        "Rahimi",
        "Sorensen",
        "Tremblay",
        "Uribe",
        "Vance",
        "Whitlock",
        "Yilmaz",
        "Zeller"
    };
    private static final String[] STEPS = {
        "create-space",
        "low-stakes-connection",
        "non-confrontational-communication",
        "decode-signs",
        "stressor-boundaries"
    };

    private final Random random;
    private final Map<String, String> titles;

    /**
     * @param titles step key to title, as the guide names its steps (the titles' one source, shared
     *        with the benchmarks' synthetic practice); every step this generator assigns must be in it
     */
    public DemoPracticeGenerator(long seed, Map<String, String> titles) {
        this.random = new Random(seed);
        for (String key : STEPS) {
            if (!titles.containsKey(key)) {
                throw new IllegalArgumentException("The guide has no assignable step " + key);
            }
        }
        this.titles = Map.copyOf(titles);
    }

    /** One couple at a stage, with its intake {@code weeksAgo} weeks before {@code today}. */
    public CaseFile couple(int index, Stage stage, LocalDate today, String counselorName, String counselorEmail) {
        int weeks = weeks(stage);
        LocalDate intake = today.minusWeeks(weeks).minusDays(random.nextInt(3));
        CaseFile.Couple couple = coupleRecord(index, stage, intake, today, counselorName, counselorEmail);

        List<CaseFile.Session> sessions = new ArrayList<>();
        List<CaseFile.Assignment> homework = new ArrayList<>();
        int sessionCount = switch (stage) {
            case NEW -> 0;
            case EARLY -> 2;
            case PAUSED -> 4;
            case CLOSED -> 10;
            default -> weeks;
        };
        double adherence = switch (stage) {
            case IMPROVING, CLOSED -> 0.9;
            case STEADY -> 0.75;
            case STRUGGLING -> 0.35;
            default -> 0.6;
        };
        int baseA = 10 + random.nextInt(5);
        int baseB = 10 + random.nextInt(5);
        for (int i = 0; i < sessionCount; i++) {
            LocalDate date = intake.plusWeeks(i);
            if (date.isAfter(today)) {
                break;
            }
            boolean noShow = stage == Stage.STRUGGLING && i == 3;
            sessions.add(session(stage, i, sessionCount, date, noShow, baseA, baseB, counselorEmail));
            if (!noShow) {
                homework.add(assignment(stage, i, date, today, adherence));
            }
        }
        return new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                instant(today),
                couple,
                homework,
                sessions,
                List.of(),
                List.of());
    }

    /** How many weeks ago a couple at this stage came to intake. */
    private int weeks(Stage stage) {
        return switch (stage) {
            case NEW -> 0;
            case EARLY -> 2;
            case STEADY, IMPROVING, STRUGGLING -> 7 + random.nextInt(4);
            case PAUSED -> 5;
            case CLOSED -> 12;
        };
    }

    /** The couple itself: two partners with fictional names, its context, goals and status history. */
    private CaseFile.Couple coupleRecord(
            int index, Stage stage, LocalDate intake, LocalDate today, String counselorName, String counselorEmail) {
        String aFirst = FIRST[random.nextInt(FIRST.length)];
        String bFirst = FIRST[(random.nextInt(FIRST.length - 1) + 1 + indexOf(aFirst)) % FIRST.length];
        String aLast = LAST[random.nextInt(LAST.length)];
        String bLast = random.nextInt(3) == 0 ? aLast : LAST[random.nextInt(LAST.length)];
        CoupleStatus status = switch (stage) {
            case PAUSED -> CoupleStatus.PAUSED;
            case CLOSED -> CoupleStatus.CLOSED;
            default -> CoupleStatus.ACTIVE;
        };
        List<CaseFile.StatusChange> history = new ArrayList<>();
        history.add(new CaseFile.StatusChange(CoupleStatus.ACTIVE, instant(intake), counselorEmail, "Intake"));
        if (status != CoupleStatus.ACTIVE) {
            history.add(new CaseFile.StatusChange(
                    status,
                    instant(today.minusDays(7)),
                    counselorEmail,
                    status == CoupleStatus.PAUSED ? "Family illness; both asked to pause for a month" : "Goals met"));
        }
        return new CaseFile.Couple(
                "C-" + (1000 + index),
                intake,
                status,
                history,
                status == CoupleStatus.CLOSED
                        ? "Both partners keep a weekly connection appointment and report feeling heard. "
                                + "Work ended by agreement after twelve weeks."
                        : null,
                new CaseFile.Counselor(counselorName, counselorEmail),
                new PerPartner<>(partner(aFirst, aLast), partner(bFirst, bLast)),
                new CaseFile.Context(
                        pick(CaseFile.WithdrawalOnset.values()),
                        random.nextBoolean() ? CaseFile.Pursuer.A : CaseFile.Pursuer.B,
                        List.of(
                                CaseFile.Sign.REDUCED_INITIATIONS,
                                random.nextBoolean()
                                        ? CaseFile.Sign.INCREASED_SOLITUDE
                                        : CaseFile.Sign.EMOTIONAL_UNAVAILABILITY),
                        List.of(pick(new CaseFile.Stressor[] {
                            CaseFile.Stressor.WORK_STRESS,
                            CaseFile.Stressor.IN_LAW_STRESS,
                            CaseFile.Stressor.PARENTING,
                            CaseFile.Stressor.FINANCES
                        })),
                        null,
                        "Distance grew over the last year; both describe evenings spent in separate rooms."),
                List.of("A protected weekly time together", "Raise worries without it turning into an argument"),
                pick(CaseFile.SecretsPolicy.values()),
                random.nextInt(3),
                List.of());
    }

    /** Session {@code i} of {@code sessionCount}: scores follow the stage's trend; a struggling couple misses one. */
    private CaseFile.Session session(
            Stage stage,
            int i,
            int sessionCount,
            LocalDate date,
            boolean noShow,
            int baseA,
            int baseB,
            String counselorEmail) {
        int trend = switch (stage) {
            case IMPROVING, CLOSED -> i;
            case STRUGGLING -> -i / 3;
            default -> i / 3;
        };
        boolean last = i == sessionCount - 1;
        Attendance attendance = noShow ? Attendance.NONE : Attendance.BOTH;
        PerPartner<Scores> scores = noShow
                ? new PerPartner<>(null, null)
                : new PerPartner<>(scores(baseA + trend), scores(baseB + trend + (stage == Stage.IMPROVING ? 1 : 0)));
        List<Flag> flags = stage == Stage.STRUGGLING && i >= sessionCount - 2 ? List.of(Flag.HOSTILITY) : List.of();
        List<Pitfall> pitfalls = i % 3 == 1 ? List.of(Pitfall.SILENCE_AS_AGREEMENT) : List.of();
        boolean signed = !(last && stage == Stage.STEADY);
        return new CaseFile.Session(
                date,
                LocalTime.of(17, 0),
                60,
                CaseFile.SessionFormat.IN_PERSON,
                attendance,
                signed,
                signed ? instant(date).plusSeconds(18 * 3600) : null,
                signed ? counselorEmail : null,
                scores,
                flags,
                pitfalls,
                new CaseFile.Note(
                        noShow
                                ? "No-show; left a voicemail offering the next slot."
                                : "Reviewed the week's homework; both described one moment of easier contact.",
                        "Practised an I-statement and an open question.",
                        "Homework reviewed together.",
                        "Continue with the next guide step."),
                new PerPartner<>(null, null),
                List.of());
    }

    /** The homework set in session {@code i}, done as often as the stage's adherence says once it is due. */
    private CaseFile.Assignment assignment(Stage stage, int i, LocalDate date, LocalDate today, double adherence) {
        int step = i % STEPS.length;
        LocalDate due = date.plusDays(step == 0 ? 2 : 7);
        boolean past = !due.isAfter(today.minusDays(1));
        // A struggling couple has not done (or not reported) the latest homework: it is overdue.
        boolean open = stage == Stage.STRUGGLING && due.isAfter(today.minusDays(10));
        past = past && !open;
        return new CaseFile.Assignment(
                STEPS[step],
                titles.get(STEPS[step]),
                null,
                "Follow the guide step as discussed in session.",
                List.of(),
                Assignee.BOTH,
                date,
                due,
                null,
                new PerPartner<>(past ? completion(adherence) : null, past ? completion(adherence) : null),
                new PerPartner<>(null, null),
                past ? due : null);
    }

    private Completion completion(double adherence) {
        double r = random.nextDouble();
        return r < adherence
                ? Completion.DONE
                : r < adherence + (1 - adherence) / 2 ? Completion.PARTIAL : Completion.NOT_DONE;
    }

    private Scores scores(int composite) {
        int c = Math.max(3, Math.min(30, composite));
        int es = Math.min(10, c / 3 + random.nextInt(2));
        int re = Math.min(10, Math.max(0, (c - es) / 2));
        int cc = Math.min(10, Math.max(0, c - es - re));
        return new Scores(es, re, cc, random.nextInt(4) == 0 ? 8 + c / 3 : null);
    }

    private CaseFile.Partner partner(String first, String last) {
        return new CaseFile.Partner(
                first,
                last,
                null,
                first.toLowerCase() + "@example.org",
                null,
                new CaseFile.SafeContact(true, random.nextBoolean(), null));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int indexOf(String first) {
        for (int i = 0; i < FIRST.length; i++) {
            if (FIRST[i].equals(first)) {
                return i;
            }
        }
        return 0;
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
