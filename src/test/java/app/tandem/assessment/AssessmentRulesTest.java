package app.tandem.assessment;

import static app.tandem.assessment.Rule.R0;
import static app.tandem.assessment.Rule.R1;
import static app.tandem.assessment.Rule.R2;
import static app.tandem.assessment.Rule.R3;
import static app.tandem.assessment.Rule.R4;
import static app.tandem.assessment.Rule.R5;
import static app.tandem.assessment.Rule.R6;
import static app.tandem.assessment.Rule.R7;
import static app.tandem.casefile.CaseFile.Flag.COERCIVE_CONTROL;
import static app.tandem.casefile.CaseFile.Flag.CONTEMPT;
import static app.tandem.casefile.CaseFile.Flag.FEAR_OF_PARTNER;
import static app.tandem.casefile.CaseFile.Flag.HOSTILITY;
import static app.tandem.casefile.CaseFile.Flag.IPV_INDICATOR;
import static app.tandem.casefile.CaseFile.Flag.LETHALITY_INDICATOR;
import static app.tandem.casefile.CaseFile.Flag.SECRECY;
import static app.tandem.casefile.CaseFile.Flag.SELF_HARM_RISK;
import static app.tandem.casefile.CaseFile.SafetyOutcome.CONJOINT_WORK_SAFE;
import static app.tandem.casefile.CaseFile.SafetyOutcome.NOT_SAFE;
import static app.tandem.casefile.Recommendation.CONTINUE;
import static app.tandem.casefile.Recommendation.COUPLES_THERAPY;
import static app.tandem.casefile.Recommendation.INSUFFICIENT_DATA;
import static app.tandem.casefile.Recommendation.RETREAT;
import static app.tandem.casefile.Recommendation.SAFETY_REFERRAL;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.Recommendation;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of tandem-rules-2 and their precedence, one row per case, with the boundaries of
 * issue 6 and those tandem-rules-2 added (issue 13): the satisfied range (CSI-4 13/14, composite
 * 23/24, stale CSI-4, deteriorated never satisfied), R6 from the first attended session (55/56
 * days), a draft's safety flag before and after a clearing review, no retreat after any safety
 * history, and the concerns. Unless a row says otherwise the couple is "stuck": seven weekly
 * signed sessions (days 0..42) with both composites flat at 15 and no CSI-4, and ten assignments
 * due on day 40 that both partners did.
 */
class AssessmentRulesTest {

    private static final int[] FLAT = {15, 15, 15, 15, 15, 15, 15};

    static CaseBuilder stuck() {
        return new CaseBuilder().weekly(FLAT, FLAT);
    }

    static CaseBuilder stuckDone() {
        return stuck().homework(40, 10, 10, 10);
    }

    static int[] a(int... composites) {
        return composites;
    }

    static Arguments row(
            String name,
            CaseBuilder c,
            int asOfDay,
            Recommendation recommendation,
            Rule decisive,
            List<Rule> matched,
            List<Concern> concerns) {
        return Arguments.argumentSet(name, c.build(), asOfDay, recommendation, decisive, matched, concerns);
    }

    static Arguments row(
            String name, CaseBuilder c, int asOfDay, Recommendation recommendation, Rule decisive, List<Rule> matched) {
        return row(name, c, asOfDay, recommendation, decisive, matched, List.of());
    }

    static CaseBuilder with(CaseBuilder c, UnaryOperator<CaseBuilder> f) {
        return f.apply(c);
    }

    static final List<Concern> SAFETY_HISTORY = List.of(Concern.SAFETY_HISTORY);
    static final List<Concern> DIVERGE = List.of(Concern.PARTNERS_DIVERGE);
    static final List<Concern> ON_TRACK = List.of(Concern.ON_TRACK);

    /** Seven weekly sessions with both composites flat at {@code composite}, CSI-4 as given on each. */
    static CaseBuilder flat(int composite, Integer csiA, Integer csiB) {
        CaseBuilder c = new CaseBuilder();
        for (int i = 0; i < 7; i++) {
            c.sessionCsi(7 * i, composite, composite, csiA, csiB);
        }
        return c.homework(40, 10, 10, 10);
    }

    /** Stuck and done, in couples therapy referred on day 0 with the first attended session on {@code firstDay}. */
    static CaseBuilder inTherapy(Integer firstDay) {
        return stuckDone().referral(ReferralType.COUPLES_THERAPY, 0, firstDay);
    }

    static Stream<Arguments> rows() {
        return Stream.of(rulesOneRows(), satisfiedRows(), therapyRows(), safetyRows(), concernRows())
                .flatMap(rows -> rows);
    }

    /** The rows of tandem-rules-1 whose result did not change, and those that did (said in the name). */
    static Stream<Arguments> rulesOneRows() {
        List<Concern> engagement = List.of(Concern.ENGAGEMENT);
        return Stream.of(
                // R4 and R5 wait for day 42 (shiftDays); R5 suggests therapy from day 56 (therapyDays)
                row("day 41: too early for R4", stuckDone(), 41, CONTINUE, R7, List.of(R7)),
                row("day 42: R4 no positive shift", stuckDone(), 42, COUPLES_THERAPY, R4, List.of(R4, R7)),
                row(
                        "day 41, low adherence: too early for R5",
                        stuck().homework(40, 10, 2, 2),
                        41,
                        CONTINUE,
                        R7,
                        List.of(R7)),
                row(
                        "day 42, low adherence: R5 engagement",
                        stuck().homework(40, 10, 2, 2),
                        42,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "day 55, adherence 0.20: R5 engagement",
                        stuck().homework(40, 10, 2, 2),
                        55,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "day 56, adherence 0.20: R5 therapy",
                        stuck().homework(40, 10, 2, 2),
                        56,
                        COUPLES_THERAPY,
                        R5,
                        List.of(R5, R7)),

                // adherence thresholds compared exactly
                row(
                        "adherence 0.69: R5",
                        stuck().homework(40, 100, 69, 69),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row("adherence 0.70: R4", stuck().homework(40, 100, 70, 70), 49, COUPLES_THERAPY, R4, List.of(R4, R7)),
                row(
                        "adherence 21 of 30 is exactly 0.70: R4",
                        stuck().homework(40, 30, 21, 21),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "adherence 6 done + 2 partial of 10 is 0.70: R4",
                        with(stuck(), c -> {
                            c.homework(40, 6, 6, 6);
                            c.assignment(40, Assignee.BOTH, Completion.PARTIAL, Completion.PARTIAL);
                            c.assignment(40, Assignee.BOTH, Completion.PARTIAL, Completion.PARTIAL);
                            return c.homework(40, 2, 0, 0);
                        }),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "adherence 13 done + 1 partial of 20 is 0.675: R5",
                        with(stuck(), c -> {
                            c.homework(40, 13, 13, 13);
                            c.assignment(40, Assignee.BOTH, Completion.PARTIAL, Completion.PARTIAL);
                            return c.homework(40, 6, 0, 0);
                        }),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "adherence 0.49 at day 56: R5 therapy",
                        stuck().homework(40, 100, 49, 49),
                        56,
                        COUPLES_THERAPY,
                        R5,
                        List.of(R5, R7)),
                row(
                        "adherence 0.50 at day 56: R5 engagement",
                        stuck().homework(40, 100, 50, 50),
                        56,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "couple adherence is the lower partner's (A 1.0, B 0.6): R5",
                        stuck().homework(40, 10, 10, 6),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "homework for partner A only: B's adherence is 0, R5",
                        with(stuck(), c -> {
                            for (int i = 0; i < 10; i++) {
                                c.assignment(40, Assignee.A, Completion.DONE, null);
                            }
                            return c;
                        }),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "homework for partner A only at day 56: R5 therapy",
                        with(stuck(), c -> {
                            for (int i = 0; i < 10; i++) {
                                c.assignment(40, Assignee.A, Completion.DONE, null);
                            }
                            return c;
                        }),
                        56,
                        COUPLES_THERAPY,
                        R5,
                        List.of(R5, R7)),
                row(
                        "separate homework for each partner counts for each",
                        with(stuck(), c -> {
                            for (int i = 0; i < 10; i++) {
                                c.assignment(40, Assignee.A, Completion.DONE, Completion.NOT_DONE);
                                c.assignment(40, Assignee.B, Completion.NOT_DONE, Completion.DONE);
                            }
                            return c;
                        }),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row("no homework at all: adherence 0, R5", stuck(), 49, CONTINUE, R5, List.of(R5, R7), engagement),

                // review window (asOf − 42, asOf]: day 49 − 42 = day 7 is out, day 8 is in
                row(
                        "window: done on day 8 counts, undone on day 7 does not",
                        stuck().homework(8, 10, 10, 10).homework(7, 10, 0, 0),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "window: undone on day 8 counts, done on day 7 does not",
                        stuck().homework(8, 10, 0, 0).homework(7, 10, 10, 10),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        engagement),
                row(
                        "window: due on asOf counts, due the day after does not",
                        stuck().homework(49, 10, 10, 10).homework(50, 10, 0, 0),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),

                // reliable change: +5 is not reliable, +6 is; −5 is not, −6 is
                row(
                        "A +5, B +6: A unchanged, R4 (rules-2: and the partners diverge)",
                        new CaseBuilder()
                                .weekly(a(12, 12, 12, 12, 12, 12, 17), a(12, 12, 12, 12, 12, 12, 18))
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        DIVERGE),
                row(
                        "A +6, B +6: both improved, on track",
                        new CaseBuilder()
                                .weekly(a(12, 12, 12, 12, 12, 12, 18), a(12, 12, 12, 12, 12, 12, 18))
                                .homework(40, 10, 10, 10),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        List.of(Concern.ON_TRACK)),
                row(
                        "A −5 at the last two points: no deterioration",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 15, 15), FLAT)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "A −6 at the last two points: R2 urgent",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 14, 14), FLAT)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R2,
                        List.of(R2, R4, R7)),
                row(
                        "A −6 at only the last point: no R2",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 20, 14), FLAT)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "A −5 then −6: not both reliable, no R2",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 15, 14), FLAT)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "B −6 at the last two points: R2 for either partner",
                        new CaseBuilder()
                                .weekly(FLAT, a(20, 20, 20, 20, 20, 14, 14))
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R2,
                        List.of(R2, R4, R7)),
                row(
                        "two data points cannot show R2 (baseline is never one of the last two)",
                        new CaseBuilder().session(0, 20, 15).session(7, 14, 15),
                        7,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R7)),
                row(
                        "three data points, −6 twice: R2 before R1 and early",
                        new CaseBuilder().session(0, 20, 15).session(7, 14, 15).session(14, 14, null),
                        14,
                        COUPLES_THERAPY,
                        R2,
                        List.of(R2, R1, R7)),

                // only signed sessions on or before asOf are scored
                row(
                        "unsigned sessions: their flags and scores are ignored",
                        stuckDone().draft(44, 30, 30, HOSTILITY).draft(46, 30, 30, CONTEMPT),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "sessions after asOf: their flags and scores are ignored",
                        stuckDone().session(50, 30, 30, HOSTILITY).session(51, 30, 30, HOSTILITY),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "a partner with a missing metric has fewer data points: R1",
                        with(new CaseBuilder(), c -> {
                            for (int i = 0; i < 7; i++) {
                                Scores a = i < 2 ? CaseBuilder.scores(15) : new Scores(5, 5, null, 12);
                                c.session(7 * i, true, a, CaseBuilder.scores(15));
                            }
                            return c.homework(40, 10, 10, 10);
                        }),
                        49,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R4, R7)),
                row(
                        "no data point at all: R1, and R4/R5 cannot match",
                        new CaseBuilder().session(0, null, null).session(50, null, null),
                        60,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R7)),

                // safety: the latest signed review on or before asOf decides what is cleared
                row(
                        "safety flag, no review: R0",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "safe review after the flag clears it, the history stays",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(20, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "safe review on the flag's day clears it",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(15, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "safe review before the flag does not clear it",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(10, CONJOINT_WORK_SAFE, true),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "not-safe review after the flag: R0",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(20, NOT_SAFE, true),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "not-safe review before the flag: R0",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(10, NOT_SAFE, true),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a later not-safe review cancels a clearance",
                        stuckDone()
                                .session(15, 15, 15, FEAR_OF_PARTNER)
                                .review(20, CONJOINT_WORK_SAFE, true)
                                .review(30, NOT_SAFE, true),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a later safe review clears after a not-safe one",
                        stuckDone()
                                .session(15, 15, 15, FEAR_OF_PARTNER)
                                .review(20, NOT_SAFE, true)
                                .review(30, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "an unsigned safe review does not count",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(20, CONJOINT_WORK_SAFE, false),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a safe review after asOf does not count",
                        stuckDone().session(15, 15, 15, IPV_INDICATOR).review(50, CONJOINT_WORK_SAFE, true),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a flag after the safe review is active",
                        stuckDone()
                                .session(15, 15, 15, IPV_INDICATOR)
                                .review(20, CONJOINT_WORK_SAFE, true)
                                .session(30, 15, 15, IPV_INDICATOR),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "rules-2: a safety flag on a draft now decides (R0)",
                        stuckDone().draft(45, 15, 15, IPV_INDICATOR),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),

                // R3: hostility or contempt on 2 of the last 3 sessions, or any secrecy
                row(
                        "hostility on 2 sessions with fewer than three data points: R3 before R1",
                        new CaseBuilder().session(0, 15, 15, HOSTILITY).session(7, 15, 15, HOSTILITY),
                        7,
                        COUPLES_THERAPY,
                        R3,
                        List.of(R3, R1, R7)),
                row(
                        "hostility and contempt on different sessions count together",
                        stuckDone().session(43, 15, 15, HOSTILITY).session(44, 15, 15, CONTEMPT),
                        49,
                        COUPLES_THERAPY,
                        R3,
                        List.of(R3, R4, R7)),
                row(
                        "hostility and contempt on one session count once",
                        stuckDone().session(43, 15, 15, HOSTILITY, CONTEMPT),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "hostility on 2 sessions but only 1 among the last three",
                        stuckDone()
                                .session(43, 15, 15, HOSTILITY)
                                .session(44, 15, 15, HOSTILITY)
                                .session(45, 15, 15)
                                .session(46, 15, 15),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "secrecy on one of the last three sessions: R3",
                        stuckDone()
                                .session(43, 15, 15, SECRECY)
                                .session(44, 15, 15)
                                .session(45, 15, 15),
                        49,
                        COUPLES_THERAPY,
                        R3,
                        List.of(R3, R4, R7)),
                row(
                        "secrecy before the last three sessions: no R3",
                        stuckDone()
                                .session(43, 15, 15, SECRECY)
                                .session(44, 15, 15)
                                .session(45, 15, 15)
                                .session(46, 15, 15),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "one hostile session of one: no R3",
                        new CaseBuilder().session(0, 15, 15, HOSTILITY),
                        0,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R7)),

                // precedence
                row(
                        "safety beats deterioration and hostility",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 14, 14), FLAT)
                                .homework(40, 10, 10, 10)
                                .session(42, 14, 15, HOSTILITY, IPV_INDICATOR)
                                .session(43, 14, 15, HOSTILITY),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R2, R3, R4, R7)),
                row(
                        "deterioration beats hostility",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 14, 14), FLAT)
                                .homework(40, 10, 10, 10)
                                .session(42, 14, 15, HOSTILITY)
                                .session(43, 14, 15, HOSTILITY),
                        49,
                        COUPLES_THERAPY,
                        R2,
                        List.of(R2, R3, R4, R7)),
                row(
                        "too few data points beats a long therapy",
                        new CaseBuilder()
                                .session(0, 15, 15)
                                .session(7, 15, 15)
                                .referral(ReferralType.COUPLES_THERAPY, 0, 0),
                        63,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R6, R5, R7)),
                row(
                        "hostility beats a retreat",
                        inTherapy(0).session(43, 15, 15, CONTEMPT).session(44, 15, 15, CONTEMPT),
                        63,
                        COUPLES_THERAPY,
                        R3,
                        List.of(R3, R6, R4, R7)),
                row(
                        "retreat beats low adherence",
                        stuck().homework(40, 10, 0, 0).referral(ReferralType.COUPLES_THERAPY, 0, 0),
                        63,
                        RETREAT,
                        R6,
                        List.of(R6, R5, R7)));
    }

    /** The satisfied range: a partner in it does not need change (R4, R5, R6, ON_TRACK). */
    static Stream<Arguments> satisfiedRows() {
        return Stream.of(
                // CSI-4 above 13.5: 13 is distressed, 14 is satisfied, whatever the composite
                row(
                        "CSI-4 13 for both at composite 15: both need change, R4",
                        flat(15, 13, 13),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "CSI-4 14 for both at composite 15: satisfied, on track",
                        flat(15, 14, 14),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "CSI-4 14 for A, 13 for B: only B needs change, R4",
                        flat(15, 14, 13),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "a CSI-4 decides over a high composite: 27 with CSI-4 13 needs change",
                        flat(27, 13, 13),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                // without a CSI-4 the composite decides: 23 needs change, 24 is satisfied
                row(
                        "composite 23 without CSI-4: needs change, R4",
                        flat(23, null, null),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "composite 24 without CSI-4: satisfied, on track",
                        flat(24, null, null),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "the thriving couple of the review: 25 to 27, CSI-4 19, on track, never escalated",
                        new CaseBuilder()
                                .weekly(a(25, 26, 25, 26, 27, 26, 27), a(25, 25, 26, 26, 26, 27, 27))
                                .sessionCsi(45, 27, 27, 19, 19)
                                .homework(40, 11, 10, 10),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                // the latest CSI-4 counts only from the review window (asOf − 42, asOf]: day 7 is out, day 8 in
                row(
                        "CSI-4 19 on day 7 is stale at day 49: composite 15 decides, R4",
                        stuckDone().sessionCsi(7, 15, 15, 19, 19),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "CSI-4 19 on day 8 counts at day 49: satisfied, on track",
                        stuckDone().sessionCsi(8, 15, 15, 19, 19),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "an older CSI-4 does not stand in for the latest: 19 then 13 needs change",
                        stuckDone().sessionCsi(20, 15, 15, 19, 19).sessionCsi(30, 15, 15, 13, 13),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                // a reliably deteriorated partner is never satisfied
                row(
                        "A 30 to 25 (−5) at composite 25: satisfied, on track",
                        new CaseBuilder()
                                .weekly(a(30, 30, 30, 30, 30, 30, 25), a(24, 24, 24, 24, 24, 24, 24))
                                .homework(40, 10, 10, 10),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "A 30 to 24 (−6, deteriorated) at composite 24: never satisfied, R4",
                        new CaseBuilder()
                                .weekly(a(30, 30, 30, 30, 30, 30, 24), a(24, 24, 24, 24, 24, 24, 24))
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "A deteriorated (−6 at the last point only) with CSI-4 19: never satisfied, R4",
                        new CaseBuilder()
                                .weekly(a(20, 20, 20, 20, 20, 20, 20), FLAT)
                                .sessionCsi(45, 14, 15, 19, null)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                // a satisfied couple is never escalated for lack of change or for low adherence
                row(
                        "satisfied with low adherence at day 56: no R5, on track",
                        flat(24, null, null).homework(41, 40, 0, 0),
                        56,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "one partner satisfied, the other needs change: R4 for that one",
                        flat(15, 19, null),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)));
    }

    /** R6 counts from the first attended session of the latest couples-therapy referral. */
    static Stream<Arguments> therapyRows() {
        return Stream.of(
                row(
                        "first session 56 days before asOf, still stuck: R6 retreat",
                        inTherapy(7),
                        63,
                        RETREAT,
                        R6,
                        List.of(R6, R4, R7)),
                row(
                        "first session 55 days before asOf: not yet R6",
                        inTherapy(8),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "rules-2: referred 63 days ago but no first session yet: no R6",
                        inTherapy(null),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "a first session after asOf does not count",
                        inTherapy(64),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "referral of another type does not count for R6",
                        stuckDone()
                                .referral(ReferralType.DV_SERVICES, 0, 0)
                                .referral(ReferralType.INDIVIDUAL_THERAPY, 0, 0)
                                .referral(ReferralType.RETREAT, 0, 0),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "the latest couples-therapy referral counts, with its own first session",
                        inTherapy(0).referral(ReferralType.COUPLES_THERAPY, 20, null),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "a referral after asOf does not count",
                        inTherapy(7).referral(ReferralType.COUPLES_THERAPY, 70, 70),
                        63,
                        RETREAT,
                        R6,
                        List.of(R6, R4, R7)),
                row(
                        "in therapy long but both improved: no R6",
                        new CaseBuilder()
                                .weekly(a(12, 12, 12, 12, 12, 12, 18), a(12, 12, 12, 12, 12, 12, 18))
                                .homework(40, 10, 10, 10)
                                .referral(ReferralType.COUPLES_THERAPY, 0, 0),
                        63,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "in therapy long and both satisfied: no R6",
                        flat(24, null, null).referral(ReferralType.COUPLES_THERAPY, 0, 0),
                        63,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                // no retreat after any safety history
                row(
                        "a cleared safety flag rules out a retreat",
                        inTherapy(0).session(15, 15, 15, IPV_INDICATOR).review(20, CONJOINT_WORK_SAFE, true),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "a cleared flag on a draft rules out a retreat too",
                        inTherapy(0).draft(15, 15, 15, SELF_HARM_RISK).review(20, CONJOINT_WORK_SAFE, true),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "a signed safety review alone is a safety history",
                        inTherapy(0).review(20, NOT_SAFE, true),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "an unsigned safety review is not",
                        inTherapy(0).review(20, NOT_SAFE, false),
                        63,
                        RETREAT,
                        R6,
                        List.of(R6, R4, R7)),
                row(
                        "a referral to domestic-violence services is a safety history",
                        inTherapy(0).referral(ReferralType.DV_SERVICES, 10),
                        63,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "a safety review after asOf is not yet history",
                        inTherapy(0).review(70, NOT_SAFE, true),
                        63,
                        RETREAT,
                        R6,
                        List.of(R6, R4, R7)));
    }

    /** A draft's safety flag counts for R0 until a signed review clears it. */
    static Stream<Arguments> safetyRows() {
        return Stream.of(
                row(
                        "a draft flag before a clearing review is cleared",
                        stuckDone().draft(45, 15, 15, COERCIVE_CONTROL).review(46, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "a draft flag on the clearing review's day is cleared",
                        stuckDone().draft(46, 15, 15, COERCIVE_CONTROL).review(46, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        SAFETY_HISTORY),
                row(
                        "a draft flag after the clearing review is active",
                        stuckDone().review(44, CONJOINT_WORK_SAFE, true).draft(45, 15, 15, COERCIVE_CONTROL),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a draft flag with only an unsigned clearing review is active",
                        stuckDone().draft(45, 15, 15, FEAR_OF_PARTNER).review(46, CONJOINT_WORK_SAFE, false),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7)),
                row(
                        "a draft flag after asOf is ignored",
                        stuckDone().draft(50, 15, 15, LETHALITY_INDICATOR),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "a draft flag decides before data is sufficient",
                        new CaseBuilder().draft(0, 15, 15, SELF_HARM_RISK),
                        0,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R1, R7)));
    }

    /** PARTNERS_DIVERGE never changes the recommendation. */
    static Stream<Arguments> concernRows() {
        int[] improving = a(12, 12, 13, 14, 16, 17, 19);
        return Stream.of(
                row(
                        "A reliably improved, B needs change: diverging, R4 decides",
                        new CaseBuilder().weekly(improving, FLAT).homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        DIVERGE),
                row(
                        "diverging under R0 too",
                        new CaseBuilder()
                                .weekly(improving, FLAT)
                                .homework(40, 10, 10, 10)
                                .session(45, 19, 15, FEAR_OF_PARTNER),
                        49,
                        SAFETY_REFERRAL,
                        R0,
                        List.of(R0, R4, R7),
                        DIVERGE),
                row(
                        "A improved, B satisfied without improving: not diverging, on track",
                        new CaseBuilder()
                                .weekly(improving, a(24, 24, 24, 24, 24, 24, 24))
                                .homework(40, 10, 10, 10),
                        49,
                        CONTINUE,
                        R7,
                        List.of(R7),
                        ON_TRACK),
                row(
                        "A at +5, B needs change: nobody reliably improved, not diverging",
                        new CaseBuilder()
                                .weekly(a(12, 12, 12, 12, 12, 12, 17), FLAT)
                                .homework(40, 10, 10, 10),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7)),
                row(
                        "B with two data points only: not diverging",
                        new CaseBuilder()
                                .session(0, 12, 15)
                                .session(7, 15, null)
                                .session(14, 18, 15),
                        14,
                        INSUFFICIENT_DATA,
                        R1,
                        List.of(R1, R7)),
                row(
                        "diverging and a safety history, in their order",
                        new CaseBuilder()
                                .weekly(improving, FLAT)
                                .homework(40, 10, 10, 10)
                                .session(15, 15, 15, IPV_INDICATOR)
                                .review(16, CONJOINT_WORK_SAFE, true),
                        49,
                        COUPLES_THERAPY,
                        R4,
                        List.of(R4, R7),
                        List.of(Concern.PARTNERS_DIVERGE, Concern.SAFETY_HISTORY)),
                row(
                        "engagement and diverging, in their order",
                        new CaseBuilder().weekly(improving, FLAT).homework(40, 10, 2, 2),
                        49,
                        CONTINUE,
                        R5,
                        List.of(R5, R7),
                        List.of(Concern.ENGAGEMENT, Concern.PARTNERS_DIVERGE)));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void rule_table(
            CaseFile file,
            int asOfDay,
            Recommendation recommendation,
            Rule decisive,
            List<Rule> matched,
            List<Concern> concerns) {
        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(asOfDay));

        assertThat(a.recommendation()).as("recommendation").isEqualTo(recommendation);
        assertThat(a.decisiveRule()).as("decisive rule").isEqualTo(decisive);
        assertThat(a.matchedRules()).as("matched rules").containsExactlyElementsOf(matched);
        assertThat(a.concerns()).as("concerns").containsExactlyElementsOf(concerns);
        assertThat(a.urgent()).as("urgent").isEqualTo(decisive == R2);
    }
}
