package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule set {@code tandem-rules-2} ({@code docs/ASSESSMENT.md}) as a pure function: the same case
 * file, date and settings always give the same {@link Assessment}. No clock, no database, no
 * I/O. Decisions compare exactly: adherence in whole halves against thresholds as fractions,
 * reliable change against {@code rciCutoff · S_diff} with a tolerance of 1e-9.
 */
public final class AssessmentEngine {

    /** The rule-set version this engine implements. */
    public static final String RULE_SET = "tandem-rules-2";

    /** A change this close to the cut-off counts as reaching it. */
    static final double TOLERANCE = 1e-9;

    private static final Comparator<Session> SESSION_ORDER = Comparator.comparing(Session::date)
            .thenComparing(Session::startTime, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()));

    private AssessmentEngine() {
    }

    /** {@link #assess(CaseFile, LocalDate, AssessmentSettings)} with the default settings. */
    public static Assessment assess(CaseFile file, LocalDate asOf) {
        return assess(file, asOf, AssessmentSettings.DEFAULTS);
    }

    /**
     * The date the command line assesses a file for when no date is given: that of the most
     * recent session, signed or not (the latest contact, even if its note is still a draft).
     * Empty when the file has no session.
     */
    public static Optional<LocalDate> latestSessionDate(CaseFile file) {
        LocalDate latest = null;
        for (Session s : file.sessions()) {
            if (latest == null || s.date().isAfter(latest)) {
                latest = s.date();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Assesses {@code file} as of {@code asOf} under {@code settings}. */
    public static Assessment assess(CaseFile file, LocalDate asOf, AssessmentSettings settings) {
        return new Run(file, asOf, settings).assess();
    }

    /** The working state of one assessment. */
    private static final class Run {
        final CaseFile file;
        final LocalDate asOf;
        final AssessmentSettings s;
        final double cut;
        final int wholeChange;

        Session[] scored;
        int scoredCount;
        int unsigned;
        int afterAsOf;
        boolean unsignedSafetyFlag;
        /** Sessions on or before asOf with a safety flag, signed or draft, in session order. */
        Session[] flagged;
        int flaggedCount;
        int[] compA;
        int[] compB;
        int pointsA;
        int pointsB;
        LocalDate startDate;
        Integer daysElapsed;
        Integer csiA;
        Integer csiB;

        Run(CaseFile file, LocalDate asOf, AssessmentSettings settings) {
            this.file = file;
            this.asOf = asOf;
            this.s = settings;
            this.cut = settings.rciCutoff() * settings.sDiff();
            this.wholeChange = (int) Math.ceil(cut - TOLERANCE);
        }

        Assessment assess() {
            selectSessions();
            collectDataPoints();
            PartnerProgress[] progress = new PartnerProgress[2];
            Adherence adherence = adherence();
            progress[0] = progress(compA, pointsA, csiA, adherence.count[0], adherence.halves[0]);
            progress[1] = progress(compB, pointsB, csiB, adherence.count[1], adherence.halves[1]);
            List<PartnerId> needChange = partners(progress[0].needsChange(), progress[1].needsChange());

            long[] high = AssessmentSettings.fraction(s.adherenceHigh());
            long[] low = AssessmentSettings.fraction(s.adherenceLow());
            boolean coupleHigh = adherence.meets(0, high) && adherence.meets(1, high);
            boolean coupleLow = adherence.meets(0, low) && adherence.meets(1, low);
            double coupleAdherence = Math.min(progress[0].adherence(), progress[1].adherence());

            List<RuleResult> rules = new ArrayList<>(8);
            List<Lever> levers = new ArrayList<>(4);

            // R0 safety
            Safety safety = safety();
            rules.add(safety.result());

            // R2 deterioration
            RuleResult r2 = deterioration();
            rules.add(r2);

            // R3 hostility / secrecy
            Hostility hostility = hostility();
            rules.add(hostility.result());

            // R1 data
            boolean fewData = pointsA < s.minDataPoints() || pointsB < s.minDataPoints();
            rules.add(new RuleResult(Rule.R1, fewData, fewData ? Reason.TOO_FEW_DATA_POINTS : Reason.ENOUGH_DATA_POINTS,
                    fewData
                            ? Map.of("partners", partners(pointsA < s.minDataPoints(), pointsB < s.minDataPoints()),
                                    "dataPointsA", pointsA, "dataPointsB", pointsB, "min", s.minDataPoints())
                            : Map.of("dataPointsA", pointsA, "dataPointsB", pointsB, "min", s.minDataPoints())));

            // R6 in therapy, still stuck
            Referral referral = therapyReferral();
            LocalDate referredOn = referral == null ? null : referral.on();
            LocalDate therapyStartedOn = referral == null || referral.firstSessionOn() == null
                    || referral.firstSessionOn().isAfter(asOf) ? null : referral.firstSessionOn();
            boolean safetyHistory = safety.anyFlag || safetyReviewOrReferral();
            rules.add(retreat(referredOn, therapyStartedOn, needChange, safetyHistory));

            // R4 no positive shift, R5 not applied
            boolean late = daysElapsed != null && daysElapsed >= s.shiftDays();
            boolean someNeedChange = !needChange.isEmpty();
            RuleResult r4 = noShift(late, coupleHigh, coupleAdherence, needChange);
            rules.add(r4);
            boolean r5 = late && !coupleHigh && someNeedChange;
            boolean r5Therapy = r5 && daysElapsed >= s.therapyDays() && !coupleLow;
            rules.add(notApplied(late, r5, r5Therapy, coupleHigh, coupleAdherence, needChange));

            // R7 otherwise
            boolean onTrack = !someNeedChange;
            rules.add(new RuleResult(Rule.R7, true, onTrack ? Reason.ON_TRACK : Reason.OTHERWISE, Map.of()));

            List<Rule> matched = new ArrayList<>(4);
            for (RuleResult r : rules) {
                if (r.matched()) {
                    matched.add(r.rule());
                }
            }
            Rule decisive = matched.get(0);
            Recommendation recommendation = switch (decisive) {
                case R0 -> Recommendation.SAFETY_REFERRAL;
                case R2, R3, R4 -> Recommendation.COUPLES_THERAPY;
                case R1 -> Recommendation.INSUFFICIENT_DATA;
                case R6 -> Recommendation.RETREAT;
                case R5 -> r5Therapy ? Recommendation.COUPLES_THERAPY : Recommendation.CONTINUE;
                case R7 -> Recommendation.CONTINUE;
            };
            List<Concern> concerns = concerns(decisive, r5Therapy, onTrack, progress, safetyHistory);

            // What would change it: the decisive rule, then the unmatched rules R2 to R5.
            PerPartner<PartnerProgress> figures = new PerPartner<>(progress[0], progress[1]);
            switch (decisive) {
                case R0 -> levers.add(new Lever(Rule.R0, Lever.Kind.SAFETY_REVIEW, Map.of("after", safety.lastDate)));
                case R2 -> recoverLevers(levers, figures);
                case R3 -> levers.add(new Lever(Rule.R3, Lever.Kind.CLEAN_SESSIONS,
                        Map.of("sessions", hostility.cleanSessionsToClear())));
                case R1 -> {
                    for (PartnerId p : PartnerId.values()) {
                        int points = p == PartnerId.A ? pointsA : pointsB;
                        if (points < s.minDataPoints()) {
                            levers.add(new Lever(Rule.R1, Lever.Kind.MORE_DATA_POINTS,
                                    Map.of("partner", p, "more", s.minDataPoints() - points)));
                        }
                    }
                }
                case R6, R4 -> improvementLevers(levers, decisive, figures);
                case R5 -> {
                    if (r5Therapy) {
                        adherenceLevers(levers, Rule.R5, adherence, low, s.adherenceLow());
                    } else {
                        adherenceLevers(levers, Rule.R5, adherence, high, s.adherenceHigh());
                        if (!coupleLow && daysElapsed < s.therapyDays()) {
                            levers.add(new Lever(Rule.R5, Lever.Kind.DATE_REACHED, Map.of(
                                    "date", startDate.plusDays(s.therapyDays()), "days", s.therapyDays(),
                                    "threshold", "therapyDays", "thresholdPercent", percent(s.adherenceLow()))));
                        }
                    }
                    improvementLevers(levers, Rule.R5, figures);
                }
                case R7 -> improvementLevers(levers, Rule.R7, figures);
            }
            if (!r2.matched()) {
                for (PartnerId p : PartnerId.values()) {
                    PartnerProgress f = figures.get(p);
                    if (f.baseline() != null && f.baseline() - wholeChange >= 0) {
                        levers.add(new Lever(Rule.R2, Lever.Kind.REACH_DETERIORATION, Map.of("partner", p,
                                "baseline", f.baseline(), "target", f.baseline() - wholeChange,
                                "change", -wholeChange, "points", s.deteriorationPoints())));
                    }
                }
            }
            if (!hostility.matched) {
                levers.add(new Lever(Rule.R3, Lever.Kind.HOSTILE_SESSIONS,
                        Map.of("sessions", hostility.hostileSessionsToMatch())));
            }
            // Levers for R4 and R5 only while someone needs change: otherwise neither date nor
            // adherence could make them match.
            if (!r4.matched() && daysElapsed != null && someNeedChange) {
                if (!late) {
                    levers.add(dateLever(Rule.R4, s.shiftDays()));
                }
                if (!coupleHigh) {
                    adherenceLevers(levers, Rule.R4, adherence, high, s.adherenceHigh());
                }
            }
            if (!r5 && daysElapsed != null && !late && someNeedChange) {
                levers.add(dateLever(Rule.R5, s.shiftDays()));
            }

            List<AssessmentWarning> warnings = unsignedSafetyFlag
                    ? List.of(AssessmentWarning.UNSIGNED_SAFETY_FLAG) : List.of();
            return new Assessment(RULE_SET, asOf, recommendation, decisive, List.copyOf(matched), concerns, warnings,
                    decisive == Rule.R2, daysElapsed, figures, new SessionsIgnored(unsigned, afterAsOf), s,
                    startDate, referredOn, therapyStartedOn, coupleAdherence, List.copyOf(rules), List.copyOf(levers),
                    adherence.steps());
        }

        /** In the documented order: ENGAGEMENT, ON_TRACK, PARTNERS_DIVERGE, SAFETY_HISTORY. */
        List<Concern> concerns(Rule decisive, boolean r5Therapy, boolean onTrack, PartnerProgress[] p,
                boolean safetyHistory) {
            List<Concern> concerns = new ArrayList<>(2);
            if (decisive == Rule.R5 && !r5Therapy) {
                concerns.add(Concern.ENGAGEMENT);
            }
            if (decisive == Rule.R7 && onTrack) {
                concerns.add(Concern.ON_TRACK);
            }
            if (pointsA >= s.minDataPoints() && pointsB >= s.minDataPoints()
                    && (p[0].reliablyImproved() && p[1].needsChange() || p[1].reliablyImproved() && p[0].needsChange())) {
                concerns.add(Concern.PARTNERS_DIVERGE);
            }
            if (safetyHistory && decisive != Rule.R0) {
                concerns.add(Concern.SAFETY_HISTORY);
            }
            return List.copyOf(concerns);
        }

        // ---- inputs -----------------------------------------------------------------------

        void selectSessions() {
            List<Session> all = file.sessions();
            Session[] ordered = all.toArray(new Session[0]);
            if (!inOrder(ordered)) {
                Arrays.sort(ordered, SESSION_ORDER); // stable: ties keep their position in the file
            }
            scored = new Session[ordered.length];
            for (Session session : ordered) {
                boolean after = session.date().isAfter(asOf);
                if (!after && session.hasSafetyFlag()) {
                    if (flagged == null) {
                        flagged = new Session[ordered.length];
                    }
                    flagged[flaggedCount++] = session;
                    unsignedSafetyFlag |= !session.signed();
                }
                if (!session.signed()) {
                    unsigned++;
                } else if (after) {
                    afterAsOf++;
                } else {
                    scored[scoredCount++] = session;
                }
            }
        }

        static boolean inOrder(Session[] sessions) {
            for (int i = 1; i < sessions.length; i++) {
                if (SESSION_ORDER.compare(sessions[i - 1], sessions[i]) > 0) {
                    return false;
                }
            }
            return true;
        }

        void collectDataPoints() {
            compA = new int[scoredCount];
            compB = new int[scoredCount];
            int lastCsiA = -1;
            int lastCsiB = -1;
            for (int i = 0; i < scoredCount; i++) {
                Session session = scored[i];
                int a = composite(session.scores().a());
                int b = composite(session.scores().b());
                if (csi4(session.scores().a()) != null) {
                    lastCsiA = i;
                }
                if (csi4(session.scores().b()) != null) {
                    lastCsiB = i;
                }
                if (a >= 0) {
                    compA[pointsA++] = a;
                }
                if (b >= 0) {
                    compB[pointsB++] = b;
                }
                if ((a >= 0 || b >= 0) && startDate == null) {
                    startDate = session.date();
                }
            }
            if (startDate != null) {
                daysElapsed = (int) ChronoUnit.DAYS.between(startDate, asOf);
            }
            // The latest CSI-4 counts only from a session in the review window (asOf − days, asOf].
            LocalDate stale = asOf.minusDays(s.reviewWindowDays());
            csiA = lastCsiA >= 0 && scored[lastCsiA].date().isAfter(stale) ? csi4(scored[lastCsiA].scores().a()) : null;
            csiB = lastCsiB >= 0 && scored[lastCsiB].date().isAfter(stale) ? csi4(scored[lastCsiB].scores().b()) : null;
        }

        static int composite(Scores scores) {
            return scores == null ? -1 : scores.compositeOrMinusOne();
        }

        static Integer csi4(Scores scores) {
            return scores == null ? null : scores.csi4();
        }

        PartnerProgress progress(int[] comp, int points, Integer csi, int count, int halves) {
            double adherence = count == 0 ? 0 : halves / (2.0 * count);
            if (points == 0) {
                return new PartnerProgress(0, null, null, null, null, null, false, csi, satisfied(csi, null, false),
                        adherence, count, halves);
            }
            int baseline = comp[0];
            int latest = comp[points - 1];
            int change = latest - baseline;
            Classification c = improved(change) ? Classification.IMPROVED
                    : deteriorated(change) ? Classification.DETERIORATED : Classification.UNCHANGED;
            return new PartnerProgress(points, baseline, latest, change, change / s.sDiff(), c,
                    c == Classification.IMPROVED, csi, satisfied(csi, latest, c == Classification.DETERIORATED),
                    adherence, count, halves);
        }

        /** The satisfied range: a latest CSI-4 decides when there is one, else the latest composite. */
        boolean satisfied(Integer csi, Integer latest, boolean deteriorated) {
            if (deteriorated) {
                return false;
            }
            if (csi != null) {
                return csi > s.csiCutoff();
            }
            return latest != null && latest >= s.functionalComposite();
        }

        boolean improved(int change) {
            return change >= cut - TOLERANCE;
        }

        boolean deteriorated(int change) {
            return change <= -cut + TOLERANCE;
        }

        // ---- R0 ---------------------------------------------------------------------------

        final class Safety {
            boolean active;
            boolean anyFlag;
            LocalDate clearedThrough;
            LocalDate lastDate;
            int sessions;
            LocalDate draftDate;
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);

            RuleResult result() {
                if (active) {
                    List<String> names = new ArrayList<>(flags.size());
                    for (Flag f : flags) {
                        names.add(f.name());
                    }
                    if (draftDate != null) {
                        return new RuleResult(Rule.R0, true, Reason.SAFETY_FLAG_ACTIVE_ON_DRAFT, Map.of("flags",
                                List.copyOf(names), "lastDate", lastDate, "sessions", sessions, "draftDate", draftDate));
                    }
                    return new RuleResult(Rule.R0, true, Reason.SAFETY_FLAG_ACTIVE,
                            Map.of("flags", List.copyOf(names), "lastDate", lastDate, "sessions", sessions));
                }
                if (anyFlag) {
                    return new RuleResult(Rule.R0, false, Reason.SAFETY_FLAGS_CLEARED, Map.of("reviewDate", clearedThrough));
                }
                return new RuleResult(Rule.R0, false, Reason.NO_SAFETY_FLAG, Map.of());
            }
        }

        Safety safety() {
            SafetyReview latest = null;
            for (SafetyReview review : file.safetyReviews()) {
                // An imported "conjoint work safe" never clears by itself (it was not signed here);
                // an imported "not safe" still cancels an earlier clearance.
                boolean counts = review.clears() || (review.signed() && review.outcome() == SafetyOutcome.NOT_SAFE);
                // Same date: the later entry in the file is the later review.
                if (counts && !review.date().isAfter(asOf)
                        && (latest == null || !review.date().isBefore(latest.date()))) {
                    latest = review;
                }
            }
            Safety safety = new Safety();
            safety.clearedThrough = latest != null && latest.outcome() == SafetyOutcome.CONJOINT_WORK_SAFE
                    ? latest.date() : null;
            // A safety concern never waits for a signature: drafts count until a review clears them.
            for (int i = 0; i < flaggedCount; i++) {
                Session session = flagged[i];
                safety.anyFlag = true;
                if (safety.clearedThrough != null && !session.date().isAfter(safety.clearedThrough)) {
                    continue;
                }
                safety.active = true;
                safety.sessions++;
                safety.lastDate = session.date();
                if (!session.signed()) {
                    safety.draftDate = session.date();
                }
                for (Flag f : session.flags()) {
                    if (f.isSafety()) {
                        safety.flags.add(f);
                    }
                }
            }
            return safety;
        }

        // ---- R2 ---------------------------------------------------------------------------

        RuleResult deterioration() {
            int k = s.deteriorationPoints();
            boolean a = sustained(compA, pointsA, k);
            boolean b = sustained(compB, pointsB, k);
            if (a || b) {
                int[] comp = a ? compA : compB;
                int points = a ? pointsA : pointsB;
                int change = comp[points - 1] - comp[0];
                return new RuleResult(Rule.R2, true, Reason.DETERIORATION, Map.of("partners", partners(a, b),
                        "points", k, "change", change, "rci", change / s.sDiff()));
            }
            boolean lastA = pointsA >= 2 && deteriorated(compA[pointsA - 1] - compA[0]);
            boolean lastB = pointsB >= 2 && deteriorated(compB[pointsB - 1] - compB[0]);
            if (lastA || lastB) {
                return new RuleResult(Rule.R2, false, Reason.DETERIORATION_NOT_SUSTAINED,
                        Map.of("partners", partners(lastA, lastB), "points", k));
            }
            if (pointsA < k + 1 && pointsB < k + 1) {
                return new RuleResult(Rule.R2, false, Reason.TOO_FEW_POINTS_FOR_DETERIORATION, Map.of("needed", k + 1));
            }
            return new RuleResult(Rule.R2, false, Reason.NO_DETERIORATION, Map.of());
        }

        /** Whether each of the last {@code k} data points shows reliable deterioration from the baseline. */
        boolean sustained(int[] comp, int points, int k) {
            if (points < k + 1) {
                return false;
            }
            for (int j = points - k; j < points; j++) {
                if (!deteriorated(comp[j] - comp[0])) {
                    return false;
                }
            }
            return true;
        }

        // ---- R3 ---------------------------------------------------------------------------

        final class Hostility {
            boolean[] hostile;
            boolean[] secret;
            int count;
            boolean secrecy;
            boolean matched;
            boolean sawHostility;
            boolean sawContempt;

            RuleResult result() {
                int window = hostile.length;
                if (window == 0) {
                    return new RuleResult(Rule.R3, false, Reason.NO_SCORED_SESSIONS, Map.of());
                }
                String kind = sawHostility && sawContempt ? "HOSTILITY_OR_CONTEMPT" : sawContempt ? "CONTEMPT" : "HOSTILITY";
                boolean pattern = count >= s.hostilityCount();
                if (pattern && secrecy) {
                    return new RuleResult(Rule.R3, true, Reason.HOSTILITY_AND_SECRECY,
                            Map.of("count", count, "window", window, "kind", kind));
                }
                if (pattern) {
                    return new RuleResult(Rule.R3, true, Reason.HOSTILITY_PATTERN,
                            Map.of("count", count, "window", window, "kind", kind));
                }
                if (secrecy) {
                    return new RuleResult(Rule.R3, true, Reason.SECRECY_NOTED, Map.of("window", window));
                }
                return new RuleResult(Rule.R3, false, Reason.NO_HOSTILITY_PATTERN,
                        Map.of("count", count, "window", window, "needed", s.hostilityCount()));
            }

            /** Sessions without these flags needed before the pattern leaves the window. */
            int cleanSessionsToClear() {
                for (int k = 1; k <= s.hostilityWindow(); k++) {
                    if (!matchesAfterAppending(k, false)) {
                        return k;
                    }
                }
                return s.hostilityWindow();
            }

            /** Sessions with hostility or contempt needed before the pattern appears. */
            int hostileSessionsToMatch() {
                for (int k = 1; k <= s.hostilityWindow(); k++) {
                    if (matchesAfterAppending(k, true)) {
                        return k;
                    }
                }
                return s.hostilityCount();
            }

            boolean matchesAfterAppending(int k, boolean hostileAppended) {
                int length = hostile.length;
                int drop = Math.max(0, length + k - s.hostilityWindow());
                int c = 0;
                boolean sec = false;
                for (int i = drop; i < length; i++) {
                    c += hostile[i] ? 1 : 0;
                    sec |= secret[i];
                }
                int appendedInWindow = Math.min(k, s.hostilityWindow());
                if (hostileAppended) {
                    c += appendedInWindow;
                }
                return c >= s.hostilityCount() || sec;
            }
        }

        Hostility hostility() {
            int window = Math.min(s.hostilityWindow(), scoredCount);
            Hostility h = new Hostility();
            h.hostile = new boolean[window];
            h.secret = new boolean[window];
            for (int i = 0; i < window; i++) {
                Session session = scored[scoredCount - window + i];
                boolean hostility = session.has(Flag.HOSTILITY);
                boolean contempt = session.has(Flag.CONTEMPT);
                h.hostile[i] = hostility || contempt;
                h.secret[i] = session.has(Flag.SECRECY);
                if (h.hostile[i]) {
                    h.count++;
                    h.sawHostility |= hostility;
                    h.sawContempt |= contempt;
                }
                h.secrecy |= h.secret[i];
            }
            h.matched = h.count >= s.hostilityCount() || h.secrecy;
            return h;
        }

        // ---- R6, R4, R5 -------------------------------------------------------------------

        /** The latest couples-therapy referral on or before asOf (on one date, the later in the file), or null. */
        Referral therapyReferral() {
            Referral latest = null;
            for (Referral r : file.couple().referrals()) {
                if (r.type() == ReferralType.COUPLES_THERAPY && !r.on().isAfter(asOf)
                        && (latest == null || !r.on().isBefore(latest.on()))) {
                    latest = r;
                }
            }
            return latest;
        }

        /** A signed safety review or a referral to domestic-violence services on or before asOf. */
        boolean safetyReviewOrReferral() {
            for (SafetyReview review : file.safetyReviews()) {
                if (review.signed() && !review.date().isAfter(asOf)) {
                    return true;
                }
            }
            for (Referral r : file.couple().referrals()) {
                if (r.type() == ReferralType.DV_SERVICES && !r.on().isAfter(asOf)) {
                    return true;
                }
            }
            return false;
        }

        RuleResult retreat(LocalDate referredOn, LocalDate startedOn, List<PartnerId> needChange, boolean safetyHistory) {
            if (referredOn == null) {
                return new RuleResult(Rule.R6, false, Reason.NO_THERAPY_REFERRAL, Map.of());
            }
            if (startedOn == null) {
                return new RuleResult(Rule.R6, false, Reason.THERAPY_NOT_STARTED, Map.of("referredOn", referredOn));
            }
            int days = (int) ChronoUnit.DAYS.between(startedOn, asOf);
            if (days < s.retreatDays()) {
                return new RuleResult(Rule.R6, false, Reason.THERAPY_TOO_RECENT,
                        Map.of("therapyStartedOn", startedOn, "days", days, "retreatDays", s.retreatDays()));
            }
            if (needChange.isEmpty()) {
                return new RuleResult(Rule.R6, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
            }
            if (safetyHistory) {
                return new RuleResult(Rule.R6, false, Reason.SAFETY_HISTORY_NO_RETREAT, Map.of());
            }
            return new RuleResult(Rule.R6, true, Reason.IN_THERAPY_STILL_STUCK, Map.of("therapyStartedOn", startedOn,
                    "days", days, "weeks", days / 7, "partners", needChange));
        }

        RuleResult noShift(boolean late, boolean coupleHigh, double adherence, List<PartnerId> needChange) {
            if (daysElapsed == null) {
                return new RuleResult(Rule.R4, false, Reason.NO_START_DATE, Map.of());
            }
            if (!late) {
                return new RuleResult(Rule.R4, false, Reason.TOO_EARLY, Map.of("days", daysElapsed, "shiftDays", s.shiftDays()));
            }
            if (!coupleHigh) {
                return new RuleResult(Rule.R4, false, Reason.ADHERENCE_BELOW_HIGH, Map.of("adherence", adherence,
                        "adherencePercent", percent(adherence), "thresholdPercent", percent(s.adherenceHigh())));
            }
            if (needChange.isEmpty()) {
                return new RuleResult(Rule.R4, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
            }
            return new RuleResult(Rule.R4, true, Reason.NO_POSITIVE_SHIFT, Map.of("days", daysElapsed,
                    "weeks", daysElapsed / 7, "adherence", adherence, "adherencePercent", percent(adherence),
                    "partners", needChange));
        }

        RuleResult notApplied(boolean late, boolean matched, boolean therapy, boolean coupleHigh, double adherence,
                List<PartnerId> needChange) {
            if (daysElapsed == null) {
                return new RuleResult(Rule.R5, false, Reason.NO_START_DATE, Map.of());
            }
            if (!late) {
                return new RuleResult(Rule.R5, false, Reason.TOO_EARLY, Map.of("days", daysElapsed, "shiftDays", s.shiftDays()));
            }
            if (coupleHigh) {
                return new RuleResult(Rule.R5, false, Reason.ADHERENCE_AT_LEAST_HIGH, Map.of("adherence", adherence,
                        "adherencePercent", percent(adherence), "thresholdPercent", percent(s.adherenceHigh())));
            }
            if (!matched) {
                return new RuleResult(Rule.R5, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
            }
            return new RuleResult(Rule.R5, true, therapy ? Reason.NOT_APPLIED_LATE : Reason.NOT_APPLIED,
                    Map.of("days", daysElapsed, "weeks", daysElapsed / 7, "adherence", adherence,
                            "adherencePercent", percent(adherence), "partners", needChange,
                            "thresholdPercent", percent(therapy ? s.adherenceLow() : s.adherenceHigh())));
        }

        static int percent(double fraction) {
            return (int) Math.round(fraction * 100);
        }

        // ---- levers -----------------------------------------------------------------------

        Lever dateLever(Rule rule, int days) {
            return new Lever(rule, Lever.Kind.DATE_REACHED,
                    Map.of("date", startDate.plusDays(days), "days", days, "threshold", "shiftDays"));
        }

        /** For each partner who needs change: the composite of reliable improvement, and the satisfied range. */
        void improvementLevers(List<Lever> levers, Rule rule, PerPartner<PartnerProgress> figures) {
            for (PartnerId p : PartnerId.values()) {
                PartnerProgress f = figures.get(p);
                if (!f.needsChange()) {
                    continue;
                }
                if (f.baseline() != null && f.baseline() + wholeChange <= 30) {
                    levers.add(new Lever(rule, Lever.Kind.REACH_IMPROVEMENT, Map.of("partner", p,
                            "baseline", f.baseline(), "target", f.baseline() + wholeChange, "change", wholeChange)));
                }
                // A reliably deteriorated partner is never satisfied: recovery comes first.
                if (f.classification() == Classification.DETERIORATED) {
                    continue;
                }
                if (f.csi4Latest() != null) {
                    levers.add(new Lever(rule, Lever.Kind.REACH_SATISFIED_CSI, Map.of("partner", p,
                            "cutoff", s.csiCutoff(), "csi4", f.csi4Latest())));
                } else {
                    levers.add(new Lever(rule, Lever.Kind.REACH_SATISFIED, Map.of("partner", p,
                            "target", s.functionalComposite())));
                }
            }
        }

        void recoverLevers(List<Lever> levers, PerPartner<PartnerProgress> figures) {
            int k = s.deteriorationPoints();
            for (PartnerId p : PartnerId.values()) {
                boolean sustained = p == PartnerId.A ? sustained(compA, pointsA, k) : sustained(compB, pointsB, k);
                if (sustained) {
                    int baseline = figures.get(p).baseline();
                    levers.add(new Lever(Rule.R2, Lever.Kind.RECOVER_ABOVE_DETERIORATION,
                            Map.of("partner", p, "baseline", baseline, "target", baseline - wholeChange + 1)));
                }
            }
        }

        void adherenceLevers(List<Lever> levers, Rule rule, Adherence adherence, long[] threshold, double t) {
            for (PartnerId p : PartnerId.values()) {
                int i = p.ordinal();
                int more = adherence.moreDoneToReach(i, threshold);
                if (more > 0) {
                    levers.add(new Lever(rule, Lever.Kind.MORE_DONE_ASSIGNMENTS, Map.of("partner", p,
                            "assignments", more, "threshold", t, "thresholdPercent", percent(t))));
                }
            }
        }

        static List<PartnerId> partners(boolean a, boolean b) {
            return a && b ? List.of(PartnerId.A, PartnerId.B) : a ? List.of(PartnerId.A)
                    : b ? List.of(PartnerId.B) : List.of();
        }

        // ---- homework ---------------------------------------------------------------------

        Adherence adherence() {
            Adherence a = new Adherence();
            LocalDate windowStart = asOf.minusDays(s.reviewWindowDays());
            for (Assignment assignment : file.homework()) {
                LocalDate due = assignment.dueOn();
                if (!due.isAfter(windowStart) || due.isAfter(asOf)) {
                    continue;
                }
                for (PartnerId p : PartnerId.values()) {
                    if (assignment.isFor(p)) {
                        CaseFile.Completion c = assignment.completion().get(p);
                        a.add(p, assignment, c == null ? 0 : c.halves());
                    }
                }
            }
            return a;
        }
    }

    /** Homework counted in the review window, per partner and per step. */
    private static final class Adherence {
        final int[] count = new int[2];
        final int[] halves = new int[2];
        final List<StepAdherence> steps = new ArrayList<>(4);

        void add(PartnerId p, Assignment assignment, int h) {
            count[p.ordinal()]++;
            halves[p.ordinal()] += h;
            for (int i = 0; i < steps.size(); i++) {
                StepAdherence step = steps.get(i);
                if (step.partner() == p && step.stepKey().equals(assignment.stepKey())) {
                    steps.set(i, new StepAdherence(step.stepKey(), step.title(), p, step.assignments() + 1,
                            step.halves() + h));
                    return;
                }
            }
            steps.add(new StepAdherence(assignment.stepKey(), assignment.title(), p, 1, h));
        }

        /** Adherence ≥ p/q, exactly: {@code q·h ≥ 2·p·count}; no assignment is below every threshold. */
        boolean meets(int partner, long[] threshold) {
            return count[partner] >= 1 && threshold[1] * halves[partner] >= 2 * threshold[0] * count[partner];
        }

        /** Further fully done assignments that bring the partner to the threshold; 0 if there already, -1 if never. */
        int moreDoneToReach(int partner, long[] threshold) {
            if (meets(partner, threshold)) {
                return 0;
            }
            long p = threshold[0];
            long q = threshold[1];
            long n = count[partner];
            long h = halves[partner];
            if (q == p) {
                return n == 0 ? 1 : -1; // a threshold of 1 is out of reach once anything was missed
            }
            // q(h + 2k) ≥ 2p(n + k)  ⇔  k ≥ (2pn − qh) / (2(q − p))
            long numerator = 2 * p * n - q * h;
            long denominator = 2 * (q - p);
            long k = Math.max(numerator <= 0 ? 0 : (numerator + denominator - 1) / denominator, n == 0 ? 1 : 0);
            return (int) Math.min(Integer.MAX_VALUE, k);
        }

        List<StepAdherence> steps() {
            List<StepAdherence> sorted = new ArrayList<>(steps);
            sorted.sort(Comparator.comparingInt(step -> firstIndex(step.stepKey())));
            return List.copyOf(sorted);
        }

        private int firstIndex(String stepKey) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).stepKey().equals(stepKey)) {
                    return i;
                }
            }
            return steps.size();
        }
    }
}
