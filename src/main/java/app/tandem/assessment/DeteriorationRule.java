package app.tandem.assessment;

import app.tandem.casefile.PartnerId;
import java.util.List;
import java.util.Map;

/** R2: each of a partner's last {@code deteriorationPoints} data points shows reliable deterioration. */
final class DeteriorationRule {

    private final RuleInputs in;
    private final int k;
    private final boolean a;
    private final boolean b;
    private final RuleResult result;

    DeteriorationRule(RuleInputs in) {
        this.in = in;
        this.k = in.settings().deteriorationPoints();
        this.a = in.points().sustainedDeterioration(PartnerId.A, k, in.change());
        this.b = in.points().sustainedDeterioration(PartnerId.B, k, in.change());
        this.result = verdict();
    }

    private RuleResult verdict() {
        DataPoints points = in.points();
        if (a || b) {
            int change = points.latestChange(a ? PartnerId.A : PartnerId.B);
            return new RuleResult(
                    Rule.R2,
                    true,
                    Reason.DETERIORATION,
                    Map.of(
                            "partners",
                            RuleInputs.partners(a, b),
                            "points",
                            k,
                            "change",
                            change,
                            "rci",
                            in.change().rci(change)));
        }
        boolean lastA = points.count(PartnerId.A) >= 2 && in.change().deteriorated(points.latestChange(PartnerId.A));
        boolean lastB = points.count(PartnerId.B) >= 2 && in.change().deteriorated(points.latestChange(PartnerId.B));
        if (lastA || lastB) {
            return new RuleResult(
                    Rule.R2,
                    false,
                    Reason.DETERIORATION_NOT_SUSTAINED,
                    Map.of("partners", RuleInputs.partners(lastA, lastB), "points", k));
        }
        if (points.count(PartnerId.A) < k + 1 && points.count(PartnerId.B) < k + 1) {
            return new RuleResult(Rule.R2, false, Reason.TOO_FEW_POINTS_FOR_DETERIORATION, Map.of("needed", k + 1));
        }
        return new RuleResult(Rule.R2, false, Reason.NO_DETERIORATION, Map.of());
    }

    RuleResult result() {
        return result;
    }

    /** When R2 decides: each deteriorated partner's next data point above the deterioration line. */
    void leversWhenDecisive(List<Lever> levers) {
        int wholeChange = in.change().wholeChange();
        for (PartnerId p : PartnerId.values()) {
            if (p == PartnerId.A ? a : b) {
                int baseline = in.figures().get(p).baseline();
                levers.add(new Lever(
                        Rule.R2,
                        Lever.Kind.RECOVER_ABOVE_DETERIORATION,
                        Map.of("partner", p, "baseline", baseline, "target", baseline - wholeChange + 1)));
            }
        }
    }

    /** While R2 does not match: the composite at which a partner's data points would show it. */
    void leversToMatch(List<Lever> levers) {
        if (result.matched()) {
            return;
        }
        int wholeChange = in.change().wholeChange();
        for (PartnerId p : PartnerId.values()) {
            PartnerProgress f = in.figures().get(p);
            if (f.baseline() != null && f.baseline() - wholeChange >= Measure.COMPOSITE.min()) {
                levers.add(new Lever(
                        Rule.R2,
                        Lever.Kind.REACH_DETERIORATION,
                        Map.of(
                                "partner",
                                p,
                                "baseline",
                                f.baseline(),
                                "target",
                                f.baseline() - wholeChange,
                                "change",
                                -wholeChange,
                                "points",
                                k)));
            }
        }
    }
}
