package app.tandem.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B5: the heap a signed-in counselor keeps on the server, with the caseload and a couple open.
 * Against a running Tandem (its process id given), it signs in a few counselors to warm the
 * server up, takes a class histogram of the live objects (which makes the JVM run a full GC
 * first), signs in N more counselors through the login form who each open the caseload and a
 * couple, and takes a second histogram. Retained heap per session = (live bytes with N − live
 * bytes before) / N; the classes that grew most say where it goes. The server keeps the sessions
 * until they time out (30 minutes), far longer than the harness takes.
 *
 * <p>Arguments: {@code baseUrl accountsCsv pid sessions outFile [jcmd]}. Writes a markdown
 * fragment (the table row and the class deltas) and exits 0; exits 1 when the figure could not be
 * measured (a sign-in failed, jcmd could not read the process).
 */
public final class MemoryPerSession {

    static final long TARGET_BYTES = 300 * 1024;
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+).*$");

    /** A class histogram: live bytes per class and in total. */
    record Histogram(long total, Map<String, Long> bytes, Map<String, Long> instances) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: MemoryPerSession baseUrl accountsCsv pid sessions outFile [jcmd]");
            System.exit(2);
        }
        String base = args[0];
        List<String[]> accounts = Files.readAllLines(Path.of(args[1])).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", 2)).toList();
        long pid = Long.parseLong(args[2]);
        int sessions = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String jcmd = args.length > 5 ? args[5] : Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            String fragment = measure(base, accounts, pid, sessions, jcmd);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, fragment);
            System.out.print(fragment);
            System.exit(0);
        } catch (RuntimeException | IOException e) {
            System.err.println("B5 could not be measured: " + e.getMessage());
            System.exit(1);
        }
    }

    static String measure(String base, List<String[]> accounts, long pid, int sessions, String jcmd) throws IOException {
        // The server keeps each session (and its UI) until it times out, whatever this side keeps.
        for (int i = 0; i < 3; i++) {
            working(base, accounts, i);
        }
        Histogram before = histogram(jcmd, pid);
        for (int i = 0; i < sessions; i++) {
            working(base, accounts, 3 + i);
        }
        Histogram after = histogram(jcmd, pid);
        long perSession = (after.total() - before.total()) / sessions;
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| B5 retained heap per signed-in counselor, caseload and a couple open (%d sessions, "
                + "live objects after a full GC) | %.0f KB | — | ≤ 300 KB | %s |%n", sessions, perSession / 1024.0,
                perSession <= TARGET_BYTES ? "pass" : "FAIL"));
        md.append(String.format(Locale.ROOT, "%nB5 detail: live heap %.1f MB before, %.1f MB with %d more sessions. "
                + "Classes that grew most (bytes per session):%n%n", before.total() / 1048576.0, after.total() / 1048576.0,
                sessions));
        md.append("| class | instances per session | KB per session |\n|---|---|---|\n");
        after.bytes().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytes().getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.1f |%n", e.getKey(),
                        (after.instances().get(e.getKey()) - before.instances().getOrDefault(e.getKey(), 0L)) / (double) sessions,
                        e.getValue() / 1024.0 / sessions)));
        return md.toString();
    }

    /** A counselor signed in through the login form with the caseload and one couple open. */
    static HttpCounselor working(String base, List<String[]> accounts, int i) {
        String[] account = accounts.get(i % accounts.size());
        return new HttpCounselor(base, 1000 + i).signIn(account[0], account[1])
                .run(Counselor.CASELOAD).run(Counselor.OPEN_COUPLE);
    }

    /** {@code jcmd PID GC.class_histogram}: live objects only, so the JVM collects garbage first. */
    static Histogram histogram(String jcmd, long pid) throws IOException {
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + VaadinUi.abbreviate(text));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        return parse(text);
    }

    static Histogram parse(String text) {
        Map<String, Long> bytes = new HashMap<>();
        Map<String, Long> instances = new HashMap<>();
        long total = -1;
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
                continue;
            }
            Matcher t = TOTAL.matcher(line.strip());
            if (t.matches()) {
                total = Long.parseLong(t.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no class histogram in jcmd's answer: " + VaadinUi.abbreviate(text));
        }
        return new Histogram(total, bytes, instances);
    }
}
