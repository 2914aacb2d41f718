package app.tandem.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response times of one load run, per request name, kept by the simulation itself (Gatling's
 * HTML report is for people; its data format changes between versions). Written at the end of
 * the run as a markdown table with p50/p95/p99 and errors per action, and a verdict line the
 * stepping driver reads: {@code PASS} when no request failed and every loop action's p95 is
 * within the target while all N counselors work together (B6 is defined for N concurrent
 * counselors: requests started while they were still arriving or already leaving are reported on
 * their own, not judged).
 */
final class RunStats {

    private record Sample(long startedAt, int millis) {
    }

    private static final Map<String, List<Sample>> TIMES = new LinkedHashMap<>();
    private static final Map<String, Integer> ERRORS = new LinkedHashMap<>();
    private static long togetherFrom = Long.MIN_VALUE;
    private static long togetherUntil = Long.MAX_VALUE;

    private RunStats() {
    }

    /** The window (epoch milliseconds) in which every counselor has arrived and none has left. */
    static synchronized void together(long fromMillis, long untilMillis) {
        togetherFrom = fromMillis;
        togetherUntil = untilMillis;
    }

    /** One request's time ({@code millis} negative when no answer came) and whether it failed. */
    static synchronized void record(String request, int millis, boolean failed) {
        record(request, System.currentTimeMillis() - Math.max(millis, 0), millis, failed);
    }

    static synchronized void record(String request, long startedAt, int millis, boolean failed) {
        List<Sample> times = TIMES.computeIfAbsent(request, k -> new ArrayList<>());
        if (millis >= 0) {
            times.add(new Sample(startedAt, millis));
        }
        if (failed) {
            ERRORS.merge(request, 1, Integer::sum);
        }
    }

    static synchronized void reset() {
        TIMES.clear();
        ERRORS.clear();
        together(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    record Row(String request, int count, int errors, double p50, double p95, double p99, double max) {
    }

    /** Per request name and for all loop steps and all requests; {@code together}: only the window. */
    static synchronized List<Row> rows(boolean together) {
        List<Row> rows = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        List<Integer> loop = new ArrayList<>();
        int loopErrors = 0;
        for (Map.Entry<String, List<Sample>> e : TIMES.entrySet()) {
            int errors = ERRORS.getOrDefault(e.getKey(), 0);
            List<Integer> times = e.getValue().stream()
                    .filter(s -> !together || (s.startedAt() >= togetherFrom && s.startedAt() < togetherUntil))
                    .map(Sample::millis)
                    .toList();
            rows.add(row(e.getKey(), times, errors));
            all.addAll(times);
            if (isLoopStep(e.getKey())) {
                loop.addAll(times);
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
     * The verdict: PASS when nothing failed (in the whole run) and every step of the loop (sign-in
     * and follow-ups are reported but not judged) has p95 within {@code targetMillis} while all
     * counselors work together.
     */
    static synchronized boolean pass(int targetMillis) {
        return pass(rows(true), targetMillis);
    }

    private static boolean pass(List<Row> together, int targetMillis) {
        boolean slow = together.stream().filter(r -> isLoopStep(r.request())).anyMatch(r -> !(r.p95() <= targetMillis));
        return measured(together) && !failed() && !slow;
    }

    private static boolean failed() {
        return ERRORS.values().stream().anyMatch(n -> n > 0);
    }

    private static boolean measured(List<Row> rows) {
        return rows.stream().anyMatch(r -> isLoopStep(r.request()) && r.count() > 0);
    }

    /** Writes the tables (all N together; the whole run) and the verdict line. */
    static synchronized boolean write(Path file, int users, long steadySeconds, long thinkSeconds, int targetMillis)
            throws IOException {
        List<Row> rows = rows(true);
        boolean errors = failed();
        boolean measured = measured(rows);
        boolean pass = pass(rows, targetMillis);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d users, %d s together, %d s think time: %s%n%n", users, steadySeconds, thinkSeconds,
                pass ? "PASS" : !measured ? "NOT MEASURED" : errors ? "FAIL (errors)" : "FAIL (p95 over " + targetMillis + " ms)"));
        md.append("| action | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(line(r.request(), r));
        }
        md.append("\nThe whole run, counselors arriving and leaving included:\n\n");
        md.append("| requests | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        List<Row> whole = rows(false);
        for (Row r : whole.subList(whole.size() - 2, whole.size())) {
            md.append(line(r.request() + ", whole run", r));
        }
        md.append("\nverdict: ").append(pass ? "PASS" : "FAIL").append('\n');
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md);
        System.out.print(md);
        return pass;
    }

    private static String line(String name, Row r) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |%n", name, r.count(), r.errors(), r.p50(),
                r.p95(), r.p99(), r.max());
    }

    static boolean isLoopStep(String request) {
        return Counselor.LOOP.stream().anyMatch(s -> s.name().equals(request));
    }
}
