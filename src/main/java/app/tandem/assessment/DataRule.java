package app.tandem.assessment;

import app.tandem.casefile.PartnerId;
import java.util.List;
import java.util.Map;

/** R1: a partner has fewer than {@code minDataPoints} data points. */
final class DataRule {

    private final int min;
    private final int pointsA;
    private final int pointsB;

    DataRule(RuleInputs in) {
        this.min = in.settings().minDataPoints();
        this.pointsA = in.points().count(PartnerId.A);
        this.pointsB = in.points().count(PartnerId.B);
    }

    /** Whether both partners have enough data points. */
    boolean enough() {
        return pointsA >= min && pointsB >= min;
    }

    RuleResult result() {
        boolean few = !enough();
        return new RuleResult(
                Rule.R1,
                few,
                few ? Reason.TOO_FEW_DATA_POINTS : Reason.ENOUGH_DATA_POINTS,
                few
                        ? Map.of(
                                "partners",
                                RuleInputs.partners(pointsA < min, pointsB < min),
                                "dataPointsA",
                                pointsA,
                                "dataPointsB",
                                pointsB,
                                "min",
                                min)
                        : Map.of("dataPointsA", pointsA, "dataPointsB", pointsB, "min", min));
    }

    /** When R1 decides: the data points each short partner still needs. */
    void leversWhenDecisive(List<Lever> levers) {
        for (PartnerId p : PartnerId.values()) {
            int points = p == PartnerId.A ? pointsA : pointsB;
            if (points < min) {
                levers.add(new Lever(Rule.R1, Lever.Kind.MORE_DATA_POINTS, Map.of("partner", p, "more", min - points)));
            }
        }
    }
}
