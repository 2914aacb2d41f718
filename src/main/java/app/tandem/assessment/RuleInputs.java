package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import java.time.LocalDate;
import java.util.List;

/**
 * What every rule of one assessment reads: the case file and date, the settings and their
 * reliable-change arithmetic, the scored sessions, the data points, the homework counted and
 * each partner's figures.
 *
 * @param needChange the partners who need change (neither reliably improved nor satisfied), A first
 */
record RuleInputs(
        CaseFile file,
        LocalDate asOf,
        AssessmentSettings settings,
        ReliableChange change,
        ScoredSessions sessions,
        DataPoints points,
        HomeworkAdherence adherence,
        PerPartner<PartnerProgress> figures,
        List<PartnerId> needChange) {

    static RuleInputs of(CaseFile file, LocalDate asOf, AssessmentSettings settings) {
        ReliableChange change = ReliableChange.of(settings);
        ScoredSessions sessions = ScoredSessions.of(file, asOf);
        DataPoints points = DataPoints.of(sessions, asOf, settings);
        HomeworkAdherence adherence = HomeworkAdherence.of(file, asOf, settings);
        PerPartner<PartnerProgress> figures = new PerPartner<>(
                points.progress(PartnerId.A, adherence, change, settings),
                points.progress(PartnerId.B, adherence, change, settings));
        List<PartnerId> needChange =
                partners(figures.a().needsChange(), figures.b().needsChange());
        return new RuleInputs(file, asOf, settings, change, sessions, points, adherence, figures, needChange);
    }

    /** Whether at least one partner needs change. */
    boolean someoneNeedsChange() {
        return !needChange.isEmpty();
    }

    /** The lower of the partners' adherence. */
    double coupleAdherence() {
        return Math.min(figures.a().adherence(), figures.b().adherence());
    }

    /** Days from the start date to asOf, or null without a data point. */
    Integer daysElapsed() {
        return points.daysElapsed();
    }

    /** The partners for whom a condition holds, A first. */
    static List<PartnerId> partners(boolean a, boolean b) {
        return a && b
                ? List.of(PartnerId.A, PartnerId.B)
                : a ? List.of(PartnerId.A) : b ? List.of(PartnerId.B) : List.of();
    }
}
