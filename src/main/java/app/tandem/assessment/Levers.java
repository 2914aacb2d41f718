package app.tandem.assessment;

import app.tandem.casefile.PartnerId;
import java.util.List;
import java.util.Map;

/** The levers several rules share: reaching improvement or the satisfied range, homework done, a date reached. */
final class Levers {

    private Levers() {}

    /** For each partner who needs change: the composite of reliable improvement, and the satisfied range. */
    static void improvement(List<Lever> levers, Rule rule, RuleInputs in) {
        int wholeChange = in.change().wholeChange();
        AssessmentSettings s = in.settings();
        for (PartnerId p : PartnerId.values()) {
            PartnerProgress f = in.figures().get(p);
            if (!f.needsChange()) {
                continue;
            }
            if (f.baseline() != null && f.baseline() + wholeChange <= Measure.COMPOSITE.max()) {
                levers.add(new Lever(
                        rule,
                        Lever.Kind.REACH_IMPROVEMENT,
                        Map.of(
                                "partner",
                                p,
                                "baseline",
                                f.baseline(),
                                "target",
                                f.baseline() + wholeChange,
                                "change",
                                wholeChange)));
            }
            // A reliably deteriorated partner is never satisfied: recovery comes first.
            if (f.classification() == Classification.DETERIORATED) {
                continue;
            }
            if (f.csi4Latest() != null) {
                levers.add(new Lever(
                        rule,
                        Lever.Kind.REACH_SATISFIED_CSI,
                        Map.of("partner", p, "cutoff", s.csiCutoff(), "csi4", f.csi4Latest())));
            } else {
                levers.add(new Lever(
                        rule, Lever.Kind.REACH_SATISFIED, Map.of("partner", p, "target", s.functionalComposite())));
            }
        }
    }

    /** For each partner below the threshold {@code t} (as the fraction {@code threshold}): further done assignments. */
    static void adherence(List<Lever> levers, Rule rule, HomeworkAdherence adherence, long[] threshold, double t) {
        for (PartnerId p : PartnerId.values()) {
            int more = adherence.moreDoneToReach(p, threshold);
            if (more > 0) {
                levers.add(new Lever(
                        rule,
                        Lever.Kind.MORE_DONE_ASSIGNMENTS,
                        Map.of("partner", p, "assignments", more, "threshold", t, "thresholdPercent", percent(t))));
            }
        }
    }

    /** The date on which {@code days} have elapsed since the start date ({@code shiftDays}). */
    static Lever shiftDate(Rule rule, RuleInputs in) {
        int days = in.settings().shiftDays();
        return new Lever(
                rule,
                Lever.Kind.DATE_REACHED,
                Map.of("date", in.points().startDate().plusDays(days), "days", days, "threshold", "shiftDays"));
    }

    /** A fraction as a whole percentage. */
    static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
