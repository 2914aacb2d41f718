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
        return new DateShift(days).file(file);
    }

    /** Moves every date and instant of a case file by the same number of days, part by part. */
    private record DateShift(long days) {

        LocalDate date(LocalDate date) {
            return date == null ? null : date.plusDays(days);
        }

        Instant instant(Instant instant) {
            return instant == null ? null : instant.plus(Duration.ofDays(days));
        }

        CaseFile file(CaseFile file) {
            return new CaseFile(
                    file.format(),
                    file.formatVersion(),
                    instant(file.exportedAt()),
                    couple(file.couple()),
                    map(file.homework(), this::assignment),
                    map(file.sessions(), this::session),
                    map(file.safetyReviews(), this::review),
                    map(file.reports(), this::report),
                    map(
                            file.consents(),
                            k -> new Consent(k.partner(), date(k.on()), k.how(), k.textVersion(), k.recordedBy())),
                    map(
                            file.ipvScreens(),
                            s -> new IpvScreen(
                                    s.partner(),
                                    date(s.on()),
                                    s.by(),
                                    s.hits(),
                                    s.answers(),
                                    s.conclusion(),
                                    s.notes())),
                    map(file.checkIns(), this::checkIn));
        }

        Couple couple(Couple c) {
            return new Couple(
                    c.reference(),
                    date(c.intakeDate()),
                    c.status(),
                    map(c.statusHistory(), s -> new StatusChange(s.status(), instant(s.at()), s.by(), s.reason())),
                    c.closingSummary(),
                    c.counselor(),
                    c.partners(),
                    c.context(),
                    c.goals(),
                    c.secretsPolicy(),
                    c.childrenInHousehold(),
                    map(
                            c.referrals(),
                            r -> new Referral(r.type(), date(r.on()), r.to(), r.notes(), date(r.firstSessionOn()))));
        }

        Assignment assignment(Assignment a) {
            return new Assignment(
                    a.stepKey(),
                    a.title(),
                    a.purpose(),
                    a.instructions(),
                    a.examples(),
                    a.assignee(),
                    date(a.assignedOn()),
                    date(a.dueOn()),
                    a.series(),
                    a.completion(),
                    a.reflections(),
                    date(a.reviewedOn()));
        }

        Session session(Session s) {
            return new Session(
                    date(s.date()),
                    s.startTime(),
                    s.durationMinutes(),
                    s.format(),
                    s.attendance(),
                    s.signed(),
                    instant(s.signedAt()),
                    s.signedBy(),
                    s.scores(),
                    s.flags(),
                    s.pitfalls(),
                    s.note(),
                    s.privateNotes(),
                    map(
                            s.amendments(),
                            a -> new Amendment(
                                    instant(a.at()),
                                    a.author(),
                                    a.reason(),
                                    a.text(),
                                    a.scope(),
                                    imported(a.imported()))),
                    s.anchorsVersion(),
                    s.remoteChecks(),
                    imported(s.imported()));
        }

        SafetyReview review(SafetyReview r) {
            return new SafetyReview(
                    date(r.date()),
                    r.by(),
                    r.outcome(),
                    r.referralMade(),
                    r.safetyPlan(),
                    r.signed(),
                    r.coSignedBy(),
                    instant(r.coSignedAt()),
                    imported(r.imported()));
        }

        Report report(Report r) {
            Decision d = r.decision();
            Decision moved = d == null
                    ? null
                    : new Decision(d.type(), d.finalRecommendation(), d.reason(), d.by(), instant(d.at()), d.outcome());
            return new Report(instant(r.generatedAt()), r.audience(), r.ruleSet(), r.recommendation(), moved);
        }

        CaseFile.CheckIn checkIn(CaseFile.CheckIn k) {
            return new CaseFile.CheckIn(
                    k.partner(),
                    date(k.date()),
                    instant(k.submittedAt()),
                    instant(k.updatedAt()),
                    k.anchorsVersion(),
                    k.scores(),
                    k.feelsSafe(),
                    k.note(),
                    instant(k.reviewedAt()),
                    map(
                            k.homework(),
                            h -> new CaseFile.CheckInStep(h.title(), date(h.dueOn()), h.completion(), h.reflection())));
        }

        CaseFile.Imported imported(CaseFile.Imported imported) {
            return imported == null ? null : new CaseFile.Imported(instant(imported.at()), imported.by());
        }
    }

    private static <T> List<T> map(List<T> items, UnaryOperator<T> f) {
        return items.stream().map(f).toList();
    }
}
