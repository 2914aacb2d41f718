package app.tandem.attention;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.couple.CaseloadFilter;
import app.tandem.couple.CoupleService;
import app.tandem.demo.SyntheticPractice;
import app.tandem.security.CounselorRepository;
import app.tandem.support.Fixtures;
import app.tandem.support.StatementCounter;
import app.tandem.support.TandemTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Issue 3 and issue 8 acceptance: the statements behind one caseload page, one "needs
 * attention" page and its counts are the same for 100 couples as for 10,000 generated ones, and
 * at most three (the caseload: one; a needs-attention page or its counts: two). The practice is written once for the class; timings are printed, never
 * asserted (benchmarks are not tests).
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttentionAtScaleTest {

    private static final int SMALL = 100;
    private static final int LARGE = 10_000;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SyntheticPractice synthetic;

    @Autowired
    CoupleService couples;

    @Autowired
    NeedsAttentionService attention;

    @Autowired
    CounselorRepository counselors;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    SyntheticPractice.Practice practice;
    final Map<String, Long> small = new TreeMap<>();
    final Map<String, Long> large = new TreeMap<>();
    AttentionCounts practiceCounts;
    List<AttentionRow> supervisorFirstPage;

    @BeforeAll
    void writePracticeAndMeasure() {
        fixtures.reset();
        long start = System.nanoTime();
        practice = synthetic.generate(new SyntheticPractice.Spec(20261128L, 50, SMALL, 20, 1));
        measure(small, SMALL);
        practice = synthetic.addCouples(practice, LARGE - SMALL);
        System.out.printf(
                "[scale] wrote %d couples, %d sessions, %d scores, %d assignments in %d ms%n",
                practice.couples(),
                practice.sessions(),
                practice.scores(),
                practice.assignments(),
                (System.nanoTime() - start) / 1_000_000);
        addCheckIns();
        measure(large, LARGE);
        fixtures.loginAs(counselors.findById(practice.supervisorId()).orElseThrow());
        practiceCounts = attention.counts(null);
        supervisorFirstPage = attention.page(AttentionFilter.all(), 0, 50);
        fixtures.logout();
    }

    /** A few partners' check-ins (issue 18): one says "not safe", two wait to be read. */
    private void addCheckIns() {
        List<Long> ids = jdbc.queryForList(
                "SELECT couple_id FROM couple WHERE status <> 'CLOSED' ORDER BY couple_id LIMIT 3", Long.class);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update(
                    "INSERT INTO check_in_link (couple_id, partner, token_hash, created_at, created_by, expires_at) "
                            + "VALUES (?, 'A', ?, NOW(6), ?, NOW(6) + INTERVAL 14 DAY)",
                    ids.get(i),
                    app.tandem.checkin.CheckInTokens.hash(app.tandem.checkin.CheckInTokens.newToken()),
                    practice.supervisorId());
            long link = jdbc.queryForObject("SELECT MAX(check_in_link_id) FROM check_in_link", Long.class);
            jdbc.update(
                    "INSERT INTO check_in (check_in_link_id, couple_id, partner, check_in_date, submitted_at, updated_at, "
                            + "anchors_version, feels_safe) VALUES (?, ?, 'A', CURRENT_DATE, NOW(6), NOW(6), 2, ?)",
                    link,
                    ids.get(i),
                    i == 0 ? "NOT_SAFE" : "SAFE");
        }
    }

    @AfterAll
    void emptyTheDatabase() {
        fixtures.reset();
    }

    /** Statements per page for a counselor and for the supervisor, with the median time printed. */
    private void measure(Map<String, Long> into, int size) {
        fixtures.loginAs(counselors.findById(practice.counselorIds().get(0)).orElseThrow());
        into.put(
                "caseload, counselor",
                timed(
                        "caseload, counselor",
                        size,
                        () -> couples.caseload(
                                new CaseloadFilter("a", CoupleStatus.ACTIVE, null),
                                PageRequest.of(0, 50, Sort.by("s.lastSessionDate")))));
        into.put(
                "attention page, counselor",
                timed("attention page, counselor", size, () -> attention.page(AttentionFilter.all(), 0, 50)));
        into.put(
                "attention counts, counselor",
                timed("attention counts, counselor", size, () -> attention.counts(null)));
        fixtures.loginAs(counselors.findById(practice.supervisorId()).orElseThrow());
        into.put(
                "caseload, supervisor",
                timed(
                        "caseload, supervisor",
                        size,
                        () -> couples.caseload(
                                new CaseloadFilter(null, null, null),
                                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "intakeDate")))));
        into.put(
                "attention page, supervisor",
                timed("attention page, supervisor", size, () -> attention.page(AttentionFilter.all(), 0, 50)));
        into.put(
                "attention counts, supervisor",
                timed("attention counts, supervisor", size, () -> attention.counts(null)));
        into.put(
                "attention page, one counselor, one category",
                timed(
                        "attention page, one counselor, one category",
                        size,
                        () -> attention.page(
                                new AttentionFilter(
                                        AttentionCategory.OVERDUE_HOMEWORK,
                                        practice.counselorIds().get(1)),
                                0,
                                50)));
        into.put(
                "attention page, supervisor, page 3",
                timed(
                        "attention page, supervisor, page 3",
                        size,
                        () -> attention.page(AttentionFilter.all(), 100, 50)));
        fixtures.logout();
    }

    private static long timed(String what, int size, Runnable page) {
        page.run();
        List<Long> statements = new ArrayList<>();
        long[] micros = new long[7];
        for (int i = 0; i < micros.length; i++) {
            long t = System.nanoTime();
            statements.add(StatementCounter.count(page));
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        assertThat(statements).as("%s: the same count on every run", what).containsOnly(statements.get(0));
        System.out.printf(
                "[scale] %-40s %6d couples: %d statements, median %.1f ms%n",
                what, size, statements.get(0), micros[micros.length / 2] / 1000.0);
        return statements.get(0);
    }

    @Test
    void a_caseload_page_takes_the_same_statements_for_10000_couples_as_for_100_and_at_most_3() {
        for (String key : List.of("caseload, counselor", "caseload, supervisor")) {
            assertThat(large.get(key)).as(key).isEqualTo(small.get(key)).isBetween(1L, 3L);
        }
    }

    @Test
    void a_needs_attention_page_and_its_counts_take_the_same_statements_for_10000_couples_as_for_100_at_most_2_each() {
        // Each is the practice's time zone (for "today") plus one query.
        for (String key : List.of(
                "attention page, counselor",
                "attention counts, counselor",
                "attention page, supervisor",
                "attention counts, supervisor",
                "attention page, one counselor, one category",
                "attention page, supervisor, page 3")) {
            assertThat(large.get(key)).as(key).isEqualTo(small.get(key)).isBetween(1L, 2L);
        }
    }

    @Test
    void the_generated_practice_has_couples_in_every_category_and_the_first_page_is_ranked() {
        for (AttentionCategory c : AttentionCategory.values()) {
            assertThat(practiceCounts.of(c)).as(c.name()).isPositive();
        }
        assertThat(practiceCounts.couples()).isLessThan(LARGE);
        assertThat(supervisorFirstPage).hasSize(50);
        assertThat(supervisorFirstPage)
                .extracting(r -> r.mostUrgent().ordinal())
                .isSorted();
        assertThat(supervisorFirstPage.get(0).mostUrgent()).isEqualTo(AttentionCategory.CHECKIN_NOT_SAFE);
        assertThat(supervisorFirstPage.get(1).mostUrgent()).isEqualTo(AttentionCategory.ACTIVE_SAFETY);
    }
}
