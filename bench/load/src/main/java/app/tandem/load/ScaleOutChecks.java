package app.tandem.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The checks of two Tandem instances on one database behind a reverse proxy with sticky sessions
 * (run by {@code bench/scale-out.sh}, which starts and stops everything). Each check goes through
 * the proxy over HTTP, choosing the instance with the proxy's stickiness cookie and reading which
 * instance answered from its {@code X-Served-By} header. Prints one line per check and exits 1
 * when any fails.
 *
 * <p>Arguments: {@code proxyUrl accountsCsv cookieName node1 node2 log1 log2 pidOfNode2}. The
 * accounts file is the seeder's (at least four counselors; the last two are used for the
 * throttle). Both instances were started with the start-up re-assessment due and ShedLock's
 * debug log on.
 */
public final class ScaleOutChecks {

    private final String proxy;
    private final List<String[]> accounts;
    private final String cookie;
    private final String node1;
    private final String node2;
    private final Path log1;
    private final Path log2;
    private final long pid2;
    private final Map<String, String> results = new LinkedHashMap<>();

    ScaleOutChecks(String[] a) throws IOException {
        proxy = a[0];
        accounts = Files.readAllLines(Path.of(a[1])).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 2)).toList();
        cookie = a[2];
        node1 = a[3];
        node2 = a[4];
        log1 = Path.of(a[5]);
        log2 = Path.of(a[6]);
        pid2 = Long.parseLong(a[7]);
        if (accounts.size() < 4) {
            throw new IllegalArgumentException("the checks need four counselor accounts, " + a[1] + " has " + accounts.size());
        }
    }

    public static void main(String[] args) throws Exception {
        ScaleOutChecks checks = new ScaleOutChecks(args);
        checks.check("a counselor works through either instance", checks::eitherInstance);
        checks.check("a change saved through one instance is seen on the other at the next page", checks::changeSeenOnOther);
        checks.check("the login throttle counts failures made on both instances", checks::throttleAcrossInstances);
        checks.check("the start-up re-assessment ran on exactly one instance", checks::jobRanOnce);
        checks.check("stopping an instance loses no saved work; its users sign in again on the other", checks::stopOne);
        boolean ok = checks.results.values().stream().allMatch("PASS"::equals);
        System.out.println(ok ? "All scale-out checks passed." : "Scale-out checks FAILED.");
        System.exit(ok ? 0 : 1);
    }

    interface Check {
        void run() throws Exception;
    }

    private void check(String name, Check check) {
        try {
            check.run();
            results.put(name, "PASS");
            System.out.println("PASS  " + name);
        } catch (Exception | AssertionError e) {
            results.put(name, "FAIL");
            System.out.println("FAIL  " + name + ": " + e.getMessage());
        }
    }

    private HttpCounselor through(String node, int account) {
        return new HttpCounselor(proxy, account).pin(cookie, node);
    }

    private HttpCounselor signedIn(String node, int account) {
        String[] a = accounts.get(account);
        HttpCounselor c = through(node, account).signIn(a[0], a[1]);
        expect(node.equals(c.servedBy()), "signed in through " + node + " but " + c.servedBy() + " answered");
        return c;
    }

    private void eitherInstance() {
        for (String node : List.of(node1, node2)) {
            HttpCounselor c = signedIn(node, 0);
            for (Counselor.Step step : List.of(Counselor.CASELOAD, Counselor.CASELOAD_SCROLL, Counselor.OPEN_COUPLE,
                    Counselor.SESSIONS_TAB, Counselor.PROGRESS_TAB, Counselor.SESSION_NOTE, Counselor.BACK_TO_COUPLE,
                    Counselor.HOMEWORK_TAB)) {
                c.run(step);
                expect(node.equals(c.servedBy()), step.name() + " was answered by " + c.servedBy() + ", not " + node);
            }
        }
    }

    private void changeSeenOnOther() {
        HttpCounselor first = signedIn(node1, 1);
        Counselor.Completion recorded = recordSomewhere(first);
        HttpCounselor second = signedIn(node2, 1);
        second.run(Counselor.openCouple(first.counselor().coupleRoute())).run(Counselor.HOMEWORK_TAB);
        String shown = second.counselor().shownCompletion(recorded.homework(), recorded.partner()).orElse("nothing");
        expect(recorded.key().equals(shown), "recorded completion " + recorded.key() + " through " + node1 + ", "
                + node2 + " shows " + shown);
    }

    /** Opens couples from the caseload until one has homework, and records a completion there. */
    private Counselor.Completion recordSomewhere(HttpCounselor c) {
        c.run(Counselor.CASELOAD);
        for (int tries = 0; tries < 20; tries++) {
            c.run(Counselor.OPEN_COUPLE).run(Counselor.HOMEWORK_TAB);
            if (Counselor.RECORD_COMPLETION.applies().test(c.counselor())) {
                c.run(Counselor.RECORD_COMPLETION);
                return c.counselor().recorded();
            }
        }
        throw new AssertionError("no couple with homework found in 20 tries");
    }

    private void throttleAcrossInstances() {
        String[] below = accounts.get(accounts.size() - 2);
        String[] over = accounts.get(accounts.size() - 1);
        // Four failures, two on each instance: below the limit of five, the right password still works.
        failures(below[0], 2, 2);
        expect(through(node1, 90).postLogin(below[0], below[1]).succeeded(), "four failures already refused " + below[0]);
        // Five failures, three on one instance and two on the other: neither alone reached five.
        failures(over[0], 3, 2);
        for (String node : List.of(node1, node2)) {
            HttpCounselor.SignIn refused = through(node, 91).postLogin(over[0], over[1]);
            expect(!refused.succeeded(), "after five failures spread over both instances, " + node + " let the right password in");
        }
    }

    private void failures(String username, int onFirst, int onSecond) {
        for (int i = 0; i < onFirst + onSecond; i++) {
            String node = i < onFirst ? node1 : node2;
            HttpCounselor.SignIn failed = through(node, 100 + i).postLogin(username, "not-the-password-" + i);
            expect(!failed.succeeded(), "a wrong password was accepted on " + node);
        }
    }

    private void jobRanOnce() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        long ran;
        long skipped;
        do {
            ran = count("Locked 'assessment-refresh'");
            skipped = count("Not executing 'assessment-refresh'");
            if (ran + skipped >= 2) {
                break;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        expect(ran == 1 && skipped == 1, "the re-assessment ran on " + ran + " and was skipped on " + skipped
                + " instance(s); expected 1 and 1");
        // The lock is logged when taken; the refresh logs its line only when every stale couple is
        // done, which on a busy two-core machine can take a while longer.
        Instant refreshDeadline = Instant.now().plus(Duration.ofSeconds(120));
        long refreshed;
        while ((refreshed = count("Refreshed the assessment of")) == 0 && Instant.now().isBefore(refreshDeadline)) {
            Thread.sleep(1000);
        }
        expect(refreshed == 1, "\"Refreshed the assessment\" logged " + refreshed + " times");
    }

    private long count(String text) throws IOException {
        long n = 0;
        for (Path log : List.of(log1, log2)) {
            n += Files.readAllLines(log).stream().filter(l -> l.contains(text)).count();
        }
        return n;
    }

    private void stopOne() throws Exception {
        HttpCounselor c = signedIn(node2, 2);
        Counselor.Completion recorded = recordSomewhere(c);
        String couple = c.counselor().coupleRoute();
        ProcessHandle instance = ProcessHandle.of(pid2).orElseThrow(() -> new AssertionError("no process " + pid2));
        instance.destroy();
        instance.onExit().get(90, TimeUnit.SECONDS);
        String[] a = accounts.get(2);
        c.signIn(a[0], a[1]);
        expect(node1.equals(c.servedBy()), "after " + node2 + " stopped, " + c.servedBy() + " answered the sign-in");
        c.run(Counselor.openCouple(couple)).run(Counselor.HOMEWORK_TAB);
        String shown = c.counselor().shownCompletion(recorded.homework(), recorded.partner()).orElse("nothing");
        expect(recorded.key().equals(shown), "saved " + recorded.key() + " on " + node2 + " before it stopped, " + node1
                + " shows " + shown);
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new AssertionError(otherwise);
        }
    }
}
