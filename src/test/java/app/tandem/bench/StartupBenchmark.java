package app.tandem.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * B7: the packaged jar's start-up and the command line, measured as a user meets them, as
 * processes. Start-up: the demo through {@code bin/tandem-server} (the extracted jar with an AOT
 * cache; its one-time preparation for a build is run first and reported apart) and with a plain
 * {@code java -jar target/tandem.jar}, each with a new data folder (first run: the embedded server
 * installs its data, the demo is written) and again on the same folder (later runs), timed from
 * launching the process to the first served login page. The
 * command line: {@code assess} of one case file from {@code tandem-cli.jar}, wall time per
 * process, and a folder of 1,000 case files in one process (files per second). Not a test: run
 * by {@code bench/run.sh}; the rows go to {@code target/bench/rows/b7.md}. Exits 1 when a figure
 * could not be measured.
 *
 * <p>Options (system properties): {@code bench.firstRuns} (2), {@code bench.laterRuns} (3),
 * {@code bench.cliRuns} (10), {@code bench.cliFiles} (1000).
 */
public final class StartupBenchmark {

    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final Path WORK = Path.of("target/bench/startup");

    private StartupBenchmark() {}

    public static void main(String[] args) {
        int code = 1;
        try {
            run();
            code = 0;
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(code);
    }

    static void run() throws IOException, InterruptedException {
        int firstRuns = Integer.getInteger("bench.firstRuns", 2);
        int laterRuns = Integer.getInteger("bench.laterRuns", 3);
        // Its own folder first: the command line's runs write their error output there.
        Files.createDirectories(WORK);
        // The command line first, on the idle machine: measured right after the server runs, while
        // the machine was still busy from them, it came out about a third slower.
        double[] plainCli = cliRuns(false, Integer.getInteger("bench.cliRuns", 10));
        double[] cli = cliRuns(true, Integer.getInteger("bench.cliRuns", 10));
        double filesPerSecond = batch(Integer.getInteger("bench.cliFiles", 1000));
        // The launcher's one-time preparation for this build (extracting the jar, the training run
        // that writes the AOT cache), then a first start of its own: untimed in the figures below.
        delete(WORK.resolve("server-cache"));
        delete(WORK.resolve("data-prepare"));
        double prepare = startToLogin(WORK.resolve("data-prepare"), "prepare", true);
        Starts launcher = starts(true, firstRuns, laterRuns);
        Starts plain = starts(false, firstRuns, laterRuns);
        List<String> rows = List.of(
                row(
                        "B7 first start in demo mode (new data folder) to a served login page, `bin/tandem-server` (extracted jar, AOT cache)",
                        sorted(launcher.first()),
                        20,
                        " s",
                        "≤ 20 s"),
                row(
                        "B7 later start (same data folder) to a served login page, `bin/tandem-server`",
                        sorted(launcher.later()),
                        12,
                        " s",
                        "≤ 12 s"),
                row(
                        "B7 first start in demo mode (new data folder) to a served login page, `java -jar target/tandem.jar`",
                        sorted(plain.first()),
                        20,
                        " s",
                        "≤ 20 s"),
                row(
                        "B7 later start (same data folder) to a served login page, `java -jar target/tandem.jar`",
                        sorted(plain.later()),
                        12,
                        " s",
                        "≤ 12 s"),
                row(
                        "B7 `assess` of one case file with `bin/tandem` (tandem-cli.jar, AOT cache), whole process",
                        cli,
                        0.3,
                        " s",
                        "≤ 0.3 s"),
                row(
                        "B7 `assess` of one case file with `java -jar tandem-cli.jar`, whole process",
                        plainCli,
                        0.3,
                        " s",
                        "≤ 0.3 s"),
                String.format(
                        Locale.ROOT,
                        "| B7 `assess` of a folder of %,d case files in one process | %,.0f files/s | — | ≥ 1,000 files/s | %s |",
                        Integer.getInteger("bench.cliFiles", 1000),
                        filesPerSecond,
                        filesPerSecond >= 1000 ? "pass" : "FAIL"));
        BenchRows.write(
                "b7",
                rows,
                List.of(String.format(
                        Locale.ROOT,
                        "B7 start-up runs (s): `bin/tandem-server` first %s, later %s; `java -jar` first %s, later %s. The"
                                + " launcher's one-time preparation for a new build (extracting the jar, the training run that"
                                + " writes the AOT cache) and its first start together took %.1f s, untimed above; the embedded"
                                + " MariaDB's binaries were already unpacked in ~/.cache/tandem.",
                        launcher.first(),
                        launcher.later(),
                        plain.first(),
                        plain.later(),
                        prepare)));
        rows.forEach(System.out::println);
    }

    private static String row(String figure, double[] seconds, double target, String unit, String targetText) {
        double median = percentile(seconds, 50);
        return String.format(
                Locale.ROOT,
                "| %s | %.2f%s | %.2f%s | %s | %s |",
                figure,
                median,
                unit,
                percentile(seconds, 95),
                unit,
                targetText,
                median <= target ? "pass" : "FAIL");
    }

    /** Seconds to a served login page, on new data folders (first) and again on the first one (later). */
    record Starts(List<Double> first, List<Double> later) {}

    static Starts starts(boolean launcher, int firstRuns, int laterRuns) throws IOException, InterruptedException {
        String how = launcher ? "launcher" : "jar";
        List<Double> first = new ArrayList<>();
        List<Double> later = new ArrayList<>();
        for (int f = 0; f < firstRuns; f++) {
            Path data = WORK.resolve("data-" + how + "-" + f);
            delete(data);
            first.add(startToLogin(data, how + "-first-" + f, launcher));
            for (int l = 0; l < (f == 0 ? laterRuns : 0); l++) {
                later.add(startToLogin(data, how + "-later-" + l, launcher));
            }
        }
        return new Starts(first, later);
    }

    /**
     * Launches the demo on a free port, through {@code bin/tandem-server} or with a plain {@code java
     * -jar}, and returns the seconds until GET /login answers 200; then stops it.
     */
    static double startToLogin(Path data, String name, boolean launcher) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path tmp = Files.createDirectories(WORK.resolve("tmp"));
        long t0 = System.nanoTime();
        String tmpdir = "-Djava.io.tmpdir=" + tmp.toAbsolutePath();
        List<String> cmd = new ArrayList<>(
                launcher ? List.of("bin/tandem-server") : List.of(JAVA, tmpdir, "-jar", "target/tandem.jar"));
        cmd.addAll(List.of(
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--tandem.embedded.data-dir=" + data.resolve("mariadb").toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", tmpdir);
        builder.environment()
                .put(
                        "TANDEM_SERVER_CACHE",
                        WORK.resolve("server-cache").toAbsolutePath().toString());
        Process p = builder.redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile())
                .start();
        try {
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(300)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "Tandem stopped while starting; see " + WORK.resolve(name + ".log"));
                }
                if (loginServed(port)) {
                    return (System.nanoTime() - t0) / 1e9;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("no login page within 300 s; see " + WORK.resolve(name + ".log"));
        } finally {
            p.destroy();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static boolean loginServed(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection)
                    URI.create("http://127.0.0.1:" + port + "/login").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Wall time of {@code assess} of one file per process, through the launcher {@code bin/tandem}
     * (its cache in {@code target/bench/startup/cli-cache}, written by the untimed first run) or
     * with a plain {@code java -jar}.
     */
    static double[] cliRuns(boolean launcher, int runs) throws IOException, InterruptedException {
        exec(launcher, "assess", "seeds/examples/couples-therapy.json");
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = exec(launcher, "assess", "seeds/examples/couples-therapy.json");
        }
        Arrays.sort(seconds);
        return seconds;
    }

    /** {@code files} case files (the examples, copied under new names) assessed in one process. */
    static double batch(int files) throws IOException, InterruptedException {
        Path folder = WORK.resolve("cases");
        delete(folder);
        Files.createDirectories(folder);
        List<Path> examples;
        try (Stream<Path> list = Files.list(Path.of("seeds/examples"))) {
            examples = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < files; i++) {
            Files.copy(
                    examples.get(i % examples.size()), folder.resolve(String.format(Locale.ROOT, "case-%05d.json", i)));
        }
        return files / exec(true, "assess", folder.toString());
    }

    /** Runs tandem-cli.jar (through bin/tandem or java -jar) and returns its wall time in seconds; fails unless it exits 0. */
    static double exec(boolean launcher, String... args) throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(launcher ? List.of("bin/tandem") : List.of(JAVA, "-jar", "target/tandem-cli.jar"));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment()
                .put(
                        "TANDEM_CLI_CACHE",
                        WORK.resolve("cli-cache").toAbsolutePath().toString());
        long t0 = System.nanoTime();
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(WORK.resolve("cli-err.txt").toFile())
                .start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "tandem-cli.jar " + String.join(" ", args) + " failed; see " + WORK.resolve("cli-err.txt"));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("nothing measured");
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
