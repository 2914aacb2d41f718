package app.tandem.assessment;

import app.tandem.bench.BenchRows;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Flag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Plain throughput harness for the engine (QUALITY.md B4: at least 100,000 assessments a second
 * on one core). Not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> app.tandem.assessment.AssessmentEngineBenchmark}
 * (bench/run.sh does); its row goes to {@code target/bench/rows/b4-engine.md}.
 * A typical couple: 26 weekly sessions, 60 daily assignments, a hostility flag; prints the median
 * of 10 rounds.
 */
public final class AssessmentEngineBenchmark {

    private AssessmentEngineBenchmark() {}

    public static void main(String[] args) throws IOException {
        CaseBuilder c = new CaseBuilder();
        for (int i = 0; i < 26; i++) {
            if (i == 20) {
                c.session(7 * i, 12 + i % 5, 13 + i / 3, Flag.HOSTILITY);
            } else {
                c.session(7 * i, 12 + i % 5, 13 + i / 3);
            }
        }
        for (int i = 0; i < 60; i++) {
            c.assignment(
                    120 + i,
                    Assignee.BOTH,
                    i % 4 == 0 ? Completion.PARTIAL : Completion.DONE,
                    i % 5 == 0 ? Completion.NOT_DONE : Completion.DONE);
        }
        CaseFile file = c.build();
        LocalDate asOf = CaseBuilder.day(182);
        int n = 200_000;
        double[] rates = new double[10];
        long sink = 0;
        for (int round = -3; round < rates.length; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += AssessmentEngine.assess(file, asOf).levers().size();
            }
            long elapsed = System.nanoTime() - start;
            if (round >= 0) {
                rates[round] = n / (elapsed / 1e9);
            }
        }
        Arrays.sort(rates);
        double median = rates[rates.length / 2];
        System.out.printf(
                "assessments/s median %.0f (min %.0f, max %.0f) [%d]%n",
                median, rates[0], rates[rates.length - 1], sink % 7);
        BenchRows.write(
                "b4-engine",
                List.of(String.format(
                        Locale.ROOT,
                        "| B4 assessment engine on one thread (26 sessions, "
                                + "60 assignments, a flag), median of 10 rounds | %,.0f assessments/s | %,.0f (slowest round) | ≥ 100,000/s | %s |",
                        median,
                        rates[0],
                        median >= 100_000 ? "pass" : "FAIL")),
                List.of());
    }
}
