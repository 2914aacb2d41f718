package app.tandem.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * The response times of one load run, per request name, kept by the simulation itself (Gatling's
 * HTML report is for people; its data format changes between versions). Written at the end of
 * the run as a markdown table with p50/p95/p99 and errors per action, and a verdict line the
 * stepping driver reads: {@code PASS} when every loop action's p95 is within the target and no
 * request failed.
 */
final class RunStats {

    private static final Map<String, List<Integer>> TIMES = new LinkedHashMap<>();
    private static final Map<String, Integer> ERRORS = new LinkedHashMap<>();

    private RunStats() {
    }

    /** One request's time ({@code millis} negative when no answer came) and whether it failed. */
    static synchronized void record(String request, int millis, boolean failed) {
        List<Integer> times = TIMES.computeIfAbsent(request, k -> new ArrayList<>());
        if (millis >= 0) {
            times.add(millis);
        }
        if (failed) {
            ERRORS.merge(request, 1, Integer::sum);
        }
    }

    record Row(String request, int count, int errors, double p50, double p95, double p99, double max) {
    }

    static synchronized List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        List<Integer> loop = new ArrayList<>();
        int loopErrors = 0;
        for (Map.Entry<String, List<Integer>> e : TIMES.entrySet()) {
            int errors = ERRORS.getOrDefault(e.getKey(), 0);
            rows.add(row(e.getKey(), e.getValue(), errors));
            all.addAll(e.getValue());
            if (isLoopStep(e.getKey())) {
                loop.addAll(e.getValue());
                loopErrors += errors;
            }
        }
        rows.add(row("all loop steps", loop, loopErrors));
        rows.add(row("all requests", all, ERRORS.values().stream().mapToInt(Integer::intValue).sum()));
        return rows;
    }

    private static Row row(String request, List<Integer> times, int errors) {
        int[] sorted = times.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Row(request, sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile. */
    static double percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * Writes the table and the verdict: PASS when nothing failed and every step of the loop (sign-in
     * and follow-ups are reported but not judged) has p95 within {@code targetMillis}.
     */
    static synchronized boolean write(Path file, int users, long steadySeconds, long thinkSeconds, int targetMillis)
            throws IOException {
        List<Row> rows = rows();
        boolean errors = ERRORS.values().stream().anyMatch(n -> n > 0);
        boolean slow = rows.stream().filter(r -> isLoopStep(r.request())).anyMatch(r -> !(r.p95() <= targetMillis));
        boolean measured = rows.stream().anyMatch(r -> isLoopStep(r.request()) && r.count() > 0);
        boolean pass = measured && !errors && !slow;
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d users, %d s together, %d s think time: %s%n%n", users, steadySeconds, thinkSeconds,
                pass ? "PASS" : !measured ? "NOT MEASURED" : errors ? "FAIL (errors)" : "FAIL (p95 over " + targetMillis + " ms)"));
        md.append("| action | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |%n", r.request(), r.count(), r.errors(),
                    r.p50(), r.p95(), r.p99(), r.max()));
        }
        md.append("\nverdict: ").append(pass ? "PASS" : "FAIL").append('\n');
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md);
        System.out.print(md);
        return pass;
    }

    static boolean isLoopStep(String request) {
        return Counselor.LOOP.stream().anyMatch(s -> s.name().equals(request));
    }
}
