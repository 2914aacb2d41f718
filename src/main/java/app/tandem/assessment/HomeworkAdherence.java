package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Homework due in the review window {@code (asOf − reviewWindowDays, asOf]}, counted per partner
 * and per step in whole halves (done 2, partial 1), so that thresholds compare exactly.
 */
final class HomeworkAdherence {

    private final int[] count = new int[2];
    private final int[] halves = new int[2];
    private final List<StepAdherence> steps = new ArrayList<>(4);

    private HomeworkAdherence() {}

    static HomeworkAdherence of(CaseFile file, LocalDate asOf, AssessmentSettings s) {
        HomeworkAdherence a = new HomeworkAdherence();
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

    private void add(PartnerId p, Assignment assignment, int h) {
        count[p.ordinal()]++;
        halves[p.ordinal()] += h;
        for (int i = 0; i < steps.size(); i++) {
            StepAdherence step = steps.get(i);
            if (step.partner() == p && step.stepKey().equals(assignment.stepKey())) {
                steps.set(
                        i,
                        new StepAdherence(step.stepKey(), step.title(), p, step.assignments() + 1, step.halves() + h));
                return;
            }
        }
        steps.add(new StepAdherence(assignment.stepKey(), assignment.title(), p, 1, h));
    }

    /** Assignments counted for the partner. */
    int count(PartnerId p) {
        return count[p.ordinal()];
    }

    /** Twice the partner's sum of completion. */
    int halves(PartnerId p) {
        return halves[p.ordinal()];
    }

    /** The partner's mean completion, 0 without assignments. */
    double adherence(PartnerId p) {
        int n = count(p);
        return n == 0 ? 0 : halves(p) / (2.0 * n);
    }

    /** Whether both partners' adherence reaches the threshold {@code p/q}. */
    boolean bothMeet(long[] threshold) {
        return meets(PartnerId.A, threshold) && meets(PartnerId.B, threshold);
    }

    /** Adherence ≥ p/q, exactly: {@code q·h ≥ 2·p·count}; no assignment is below every threshold. */
    boolean meets(PartnerId partner, long[] threshold) {
        int n = count(partner);
        return n >= 1 && threshold[1] * halves(partner) >= 2 * threshold[0] * n;
    }

    /** Further fully done assignments that bring the partner to the threshold; 0 if there already, -1 if never. */
    int moreDoneToReach(PartnerId partner, long[] threshold) {
        if (meets(partner, threshold)) {
            return 0;
        }
        long p = threshold[0];
        long q = threshold[1];
        long n = count(partner);
        long h = halves(partner);
        if (q == p) {
            return n == 0 ? 1 : -1; // a threshold of 1 is out of reach once anything was missed
        }
        // q(h + 2k) ≥ 2p(n + k)  ⇔  k ≥ (2pn − qh) / (2(q − p))
        long numerator = 2 * p * n - q * h;
        long denominator = 2 * (q - p);
        long k = Math.max(numerator <= 0 ? 0 : (numerator + denominator - 1) / denominator, n == 0 ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, k);
    }

    /** Adherence per step and partner, steps in order of first appearance. */
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
