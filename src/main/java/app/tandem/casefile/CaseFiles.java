package app.tandem.casefile;

import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Consent;
import app.tandem.casefile.CaseFile.Couple;
import app.tandem.casefile.CaseFile.Decision;
import app.tandem.casefile.CaseFile.IpvScreen;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.Report;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small operations on whole case files.
 */
public final class CaseFiles {

    private CaseFiles() {}

    /**
     * The same case with every date and instant moved by {@code days} days (negative moves
     * back), so that an example or demo case looks current while every interval, and therefore
     * every assessment made the same number of days later, stays the same. Times of day are
     * kept.
     */
    public static CaseFile shiftDates(CaseFile file, long days) {
        Duration by = Duration.ofDays(days);
        UnaryOperator<LocalDate> d = date -> date == null ? null : date.plusDays(days);
        UnaryOperator<Instant> i = instant -> instant == null ? null : instant.plus(by);
        Couple c = file.couple();
        Couple couple = new Couple(
                c.reference(),
                d.apply(c.intakeDate()),
                c.status(),
                map(c.statusHistory(), s -> new StatusChange(s.status(), i.apply(s.at()), s.by(), s.reason())),
                c.closingSummary(),
                c.counselor(),
                c.partners(),
                c.context(),
                c.goals(),
                c.secretsPolicy(),
                c.childrenInHousehold(),
                map(
                        c.referrals(),
                        r -> new Referral(r.type(), d.apply(r.on()), r.to(), r.notes(), d.apply(r.firstSessionOn()))));
        List<Assignment> homework = map(
                file.homework(),
                a -> new Assignment(
                        a.stepKey(),
                        a.title(),
                        a.purpose(),
                        a.instructions(),
                        a.examples(),
                        a.assignee(),
                        d.apply(a.assignedOn()),
                        d.apply(a.dueOn()),
                        a.series(),
                        a.completion(),
                        a.reflections(),
                        d.apply(a.reviewedOn())));
        List<Session> sessions = map(
                file.sessions(),
                s -> new Session(
                        d.apply(s.date()),
                        s.startTime(),
                        s.durationMinutes(),
                        s.format(),
                        s.attendance(),
                        s.signed(),
                        i.apply(s.signedAt()),
                        s.signedBy(),
                        s.scores(),
                        s.flags(),
                        s.pitfalls(),
                        s.note(),
                        s.privateNotes(),
                        map(
                                s.amendments(),
                                a -> new Amendment(
                                        i.apply(a.at()),
                                        a.author(),
                                        a.reason(),
                                        a.text(),
                                        a.scope(),
                                        imported(a.imported(), i))),
                        s.anchorsVersion(),
                        s.remoteChecks(),
                        imported(s.imported(), i)));
        List<SafetyReview> reviews = map(
                file.safetyReviews(),
                r -> new SafetyReview(
                        d.apply(r.date()),
                        r.by(),
                        r.outcome(),
                        r.referralMade(),
                        r.safetyPlan(),
                        r.signed(),
                        r.coSignedBy(),
                        i.apply(r.coSignedAt()),
                        imported(r.imported(), i)));
        List<Report> reports = map(
                file.reports(),
                r -> new Report(
                        i.apply(r.generatedAt()),
                        r.audience(),
                        r.ruleSet(),
                        r.recommendation(),
                        r.decision() == null
                                ? null
                                : new Decision(
                                        r.decision().type(),
                                        r.decision().finalRecommendation(),
                                        r.decision().reason(),
                                        r.decision().by(),
                                        i.apply(r.decision().at()),
                                        r.decision().outcome())));
        List<Consent> consents = map(
                file.consents(),
                k -> new Consent(k.partner(), d.apply(k.on()), k.how(), k.textVersion(), k.recordedBy()));
        List<IpvScreen> screens = map(
                file.ipvScreens(),
                s -> new IpvScreen(
                        s.partner(), d.apply(s.on()), s.by(), s.hits(), s.answers(), s.conclusion(), s.notes()));
        List<CaseFile.CheckIn> checkIns = map(
                file.checkIns(),
                k -> new CaseFile.CheckIn(
                        k.partner(),
                        d.apply(k.date()),
                        i.apply(k.submittedAt()),
                        i.apply(k.updatedAt()),
                        k.anchorsVersion(),
                        k.scores(),
                        k.feelsSafe(),
                        k.note(),
                        i.apply(k.reviewedAt()),
                        map(
                                k.homework(),
                                h -> new CaseFile.CheckInStep(
                                        h.title(), d.apply(h.dueOn()), h.completion(), h.reflection()))));
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                i.apply(file.exportedAt()),
                couple,
                homework,
                sessions,
                reviews,
                reports,
                consents,
                screens,
                checkIns);
    }

    private static CaseFile.Imported imported(CaseFile.Imported imported, UnaryOperator<Instant> shift) {
        return imported == null ? null : new CaseFile.Imported(shift.apply(imported.at()), imported.by());
    }

    private static <T> List<T> map(List<T> items, UnaryOperator<T> f) {
        return items.stream().map(f).toList();
    }
}
