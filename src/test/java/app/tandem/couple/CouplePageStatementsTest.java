package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.RequestMemo;
import app.tandem.demo.SyntheticPractice;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.progress.ProgressService;
import app.tandem.report.ReportService;
import app.tandem.security.AccountService;
import app.tandem.security.CounselorRepository;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.StatementCounter;
import app.tandem.support.TandemTest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 (B2): the statements behind everything the couple page reads, with every tab opened,
 * are the same for the couple with 52 sessions as for a couple with few, and stay under a fixed
 * bound: within one request the couple is read and checked once and the record behind the
 * assessment reuses what the tabs read ({@link RequestMemo}). Counted with {@link StatementCounter},
 * never guessed.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouplePageStatementsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SyntheticPractice synthetic;

    @Autowired
    CounselorRepository counselors;

    @Autowired
    CoupleService couples;

    @Autowired
    SessionService sessions;

    @Autowired
    HomeworkService homework;

    @Autowired
    ProgressService progress;

    @Autowired
    ReportService reports;

    @Autowired
    AccountService accounts;

    SyntheticPractice.Practice practice;

    @BeforeAll
    void writePractice() {
        fixtures.reset();
        practice = synthetic.generate(new SyntheticPractice.Spec(20261128L, 5, 20, 20, 1));
    }

    @AfterAll
    void emptyTheDatabase() {
        fixtures.reset();
    }

    /** Each read of the page with its statements, in the order the page and its tabs make them. */
    private Map<String, Long> page(long coupleId) {
        Couple couple = couples.require(coupleId);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("open", StatementCounter.count(() -> couples.open(couple.getReference())));
        counts.put("summary", StatementCounter.count(() -> couples.summary(coupleId)));
        counts.put("referrals", StatementCounter.count(() -> couples.referrals(coupleId)));
        counts.put("history", StatementCounter.count(() -> couples.history(coupleId)));
        counts.put("counselors", StatementCounter.count(accounts::activeCounselors));
        counts.put("homework", StatementCounter.count(() -> homework.list(coupleId)));
        counts.put("sessions", StatementCounter.count(() -> sessions.listForScreen(coupleId)));
        counts.put("safety reviews", StatementCounter.count(() -> sessions.safetyReviews(coupleId)));
        counts.put("amendments", StatementCounter.count(() -> sessions.amendmentsOfCouple(coupleId)));
        counts.put("progress", StatementCounter.count(() -> progress.progress(coupleId)));
        counts.put("reports", StatementCounter.count(() -> reports.history(coupleId)));
        counts.put("decisions", StatementCounter.count(() -> reports.decisions(coupleId)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.put("total", total);
        return counts;
    }

    @Autowired
    RequestMemo memo;

    /** Runs {@code work} as one HTTP request does: in a scope of the request memo (RequestMemoFilter opens one). */
    <T> T inRequest(Supplier<T> work) {
        return memo.inScope(work::get);
    }

    @Test
    void within_one_request_the_couple_page_reads_each_thing_once_and_the_same_for_52_sessions_as_for_few() {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        Map<String, Long> many = inRequest(() -> page(practice.coupleId(0)));
        Map<String, Long> few = inRequest(() -> page(practice.coupleId(5)));
        System.out.println("[couple page, one request] 52 sessions: " + many);
        System.out.println("[couple page, one request] few sessions: " + few);
        assertThat(many).isEqualTo(few);
        // One couple read with its access check and one audit event (open); the tabs' own reads
        // once each; the record behind the assessment adds only what no tab shows.
        assertThat(many.get("total")).isLessThanOrEqualTo(18);
        for (String read : java.util.List.of(
                "summary",
                "referrals",
                "history",
                "homework",
                "safety reviews",
                "amendments",
                "reports",
                "decisions")) {
            assertThat(many.get(read))
                    .as("%s: no second couple read or access check", read)
                    .isEqualTo(1);
        }
        fixtures.logout();
    }

    @Test
    void a_save_within_the_request_makes_the_next_read_fresh() {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        long coupleId = practice.coupleId(0);
        inRequest(() -> {
            HomeworkAssignment first = homework.list(coupleId).get(0);
            assertThat(StatementCounter.count(() -> homework.list(coupleId)))
                    .as("remembered")
                    .isZero();
            var done = app.tandem.casefile.CaseFile.Completion.DONE;
            var changed = first.completion(app.tandem.casefile.PartnerId.A) == done
                    ? app.tandem.casefile.CaseFile.Completion.NOT_DONE
                    : done;
            homework.record(first.getId(), first.getVersion(), app.tandem.casefile.PartnerId.A, changed, null);
            HomeworkAssignment after = homework.list(coupleId).get(0);
            assertThat(after.getVersion()).isGreaterThan(first.getVersion());
            assertThat(after.completion(app.tandem.casefile.PartnerId.A)).isEqualTo(changed);
            return null;
        });
        fixtures.logout();
    }

    @Autowired
    jakarta.servlet.Filter requestMemoFilter;

    @Test
    void every_http_request_runs_in_a_memo_scope() throws Exception {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        long[] statements = new long[2];
        requestMemoFilter.doFilter(
                new org.springframework.mock.web.MockHttpServletRequest(),
                new org.springframework.mock.web.MockHttpServletResponse(),
                (req, res) -> {
                    couples.require(practice.coupleId(0));
                    statements[0] = StatementCounter.count(() -> couples.require(practice.coupleId(0)));
                });
        statements[1] = StatementCounter.count(() -> couples.require(practice.coupleId(0)));
        assertThat(statements)
                .as("inside the request: remembered; after it: read again")
                .containsExactly(0, 1);
        fixtures.logout();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_programmatic_transaction_without_a_name_that_may_write_forgets_what_was_read() {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        long coupleId = practice.coupleId(0);
        long again = inRequest(() -> {
            couples.require(coupleId);
            new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .executeWithoutResult(status -> {});
            return StatementCounter.count(() -> couples.require(coupleId));
        });
        assertThat(again).isEqualTo(1);
        fixtures.logout();
    }

    @Test
    void the_audited_reads_that_keep_the_memo_name_existing_methods() throws ClassNotFoundException {
        for (String name : RequestMemo.AUDITED_READS) {
            int dot = name.lastIndexOf('.');
            Class<?> type = Class.forName(name.substring(0, dot));
            assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
                    .as(name)
                    .contains(name.substring(dot + 1));
        }
    }

    @Test
    void the_couple_page_takes_the_same_statements_for_52_sessions_as_for_few_and_at_most_a_fixed_bound() {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        // Couple 0 has 52 sessions; couple 5 has the same counselor (round robin over 5) and 10 to 30.
        assertThat(sessions.list(practice.coupleId(0))).hasSize(52);
        assertThat(sessions.list(practice.coupleId(5)).size()).isBetween(10, 30);
        Map<String, Long> many = page(practice.coupleId(0));
        Map<String, Long> few = page(practice.coupleId(5));
        System.out.println("[couple page] 52 sessions: " + many);
        System.out.println("[couple page] few sessions: " + few);
        assertThat(many).isEqualTo(few);
        // Outside a request (no memo) every part reads and checks the couple itself, as before.
        assertThat(many.get("total")).isLessThanOrEqualTo(40);
        fixtures.logout();
    }
}
