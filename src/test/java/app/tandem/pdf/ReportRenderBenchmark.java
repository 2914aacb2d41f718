package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.bench.BenchRows;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.chart.Fonts;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Benchmark B3 (QUALITY.md), a plain harness rather than a test: renders the progress report of a
 * couple with 26 signed sessions and 20 assignments, both audiences, and prints median and p95
 * render times, single-thread and batch throughput, and the ratio to a bare OpenPDF document with
 * the same text and no charts. Run it as {@code bench/README-report.md} says; arguments:
 * {@code [iterations] [threads]}, default 400 and the number of processors.
 */
public final class ReportRenderBenchmark {

    private ReportRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        System.setProperty("java.awt.headless", "true");

        CaseFile couple = ReportFixtures.syntheticCouple(26, 20);
        Assessment assessment = AssessmentEngine.assess(
                couple, AssessmentEngine.latestSessionDate(couple).orElseThrow());
        ProgressReportRenderer renderer = ProgressReportRenderer.standard();
        List<ReportRequest> requests = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            requests.add(
                    ReportRequest.of(couple, assessment, audience, PracticeInfo.DEFAULT, ReportFixtures.GENERATED_AT));
        }

        long cold = System.nanoTime();
        renderer.warmUp();
        System.out.printf(Locale.ROOT, "first render (warmUp, cold JVM): %.0f ms%n", (System.nanoTime() - cold) / 1e6);

        String[] bareTexts = new String[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            bareTexts[i] = textOf(renderer.render(requests.get(i)));
        }
        // Warm both paths well past JIT compilation before measuring.
        for (int i = 0; i < Math.max(200, iterations / 2); i++) {
            for (int k = 0; k < requests.size(); k++) {
                renderer.render(requests.get(k));
                bare(bareTexts[k]);
            }
        }

        System.out.printf(
                Locale.ROOT,
                "B3 progress report: %d sessions, %d assignments, %d iterations, Java %s, %d cores%n",
                couple.sessions().size(),
                couple.homework().size(),
                iterations,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("load average before: " + loadAverage());
        System.out.println(
                "| audience | pages | bytes | min ms | median ms | p95 ms | reports/s (1 thread) | bare median ms | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        details.add(String.format(
                Locale.ROOT,
                "B3 render (%d sessions, %d assignments, %d iterations; load average %s):%n",
                couple.sessions().size(),
                couple.homework().size(),
                iterations,
                loadAverage()));
        details.add("| audience | pages | bytes | min ms | median ms | p95 ms | bare median ms | ratio |");
        details.add("|---|---|---|---|---|---|---|---|");
        for (int k = 0; k < requests.size(); k++) {
            ReportRequest request = requests.get(k);
            double[] times = new double[iterations];
            double[] bareTimes = new double[iterations];
            byte[] last = null;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                last = renderer.render(request);
                long t1 = System.nanoTime();
                bare(bareTexts[k]);
                long t2 = System.nanoTime();
                times[i] = (t1 - t0) / 1e6;
                bareTimes[i] = (t2 - t1) / 1e6;
            }
            double median = percentile(times, 50);
            double bareMedian = percentile(bareTimes, 50);
            String audience = request.audience().name().toLowerCase(Locale.ROOT);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %.1f× |%n",
                    audience,
                    pages(last),
                    last.length,
                    Arrays.stream(times).min().orElse(0),
                    median,
                    percentile(times, 95),
                    1000 / median,
                    bareMedian,
                    median / bareMedian);
            rows.add(String.format(
                    Locale.ROOT,
                    "| B3 progress report PDF, %s, render only (26 sessions, 20 assignments) | %.1f ms | "
                            + "%.1f ms | median ≤ 10 ms | %s |",
                    audience,
                    median,
                    percentile(times, 95),
                    median <= 10 ? "pass" : "FAIL"));
            details.add(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.1f× |",
                    audience,
                    pages(last),
                    last.length,
                    Arrays.stream(times).min().orElse(0),
                    median,
                    percentile(times, 95),
                    bareMedian,
                    median / bareMedian));
        }

        // Batch: both audiences alternately on every thread, as a ZIP job would.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int perThread = iterations;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    renderer.render(requests.get(i % requests.size()));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double perSecond = threads * perThread / seconds;
        System.out.printf(
                Locale.ROOT,
                "batch: %d reports on %d threads in %.2f s = %.0f reports/s%n",
                threads * perThread,
                threads,
                seconds,
                perSecond);
        rows.add(String.format(
                Locale.ROOT,
                "| B3 batch, both audiences alternating on %d threads | %.0f reports/s | — | ≥ 300 reports/s | %s |",
                threads,
                perSecond,
                perSecond >= 300 ? "pass" : "FAIL"));
        BenchRows.write("b3", rows, details);
    }

    /** The 1-minute load average on Linux, to judge whether other work shared the cores. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The same text as paragraphs in the same embedded font, without tables or charts. */
    private static byte[] bare(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(org.openpdf.text.PageSize.A4, 50, 50, 48, 58);
        PdfWriter.getInstance(document, out);
        document.addTitle("bare");
        document.open();
        Font font = new Font(Fonts.regular(), 9.5f);
        for (String line : text.split("\n")) {
            document.add(new Paragraph(line, font));
        }
        document.close();
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
