package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.attention.AttentionCategory;
import app.tandem.attention.AttentionCounts;
import app.tandem.attention.NeedsAttentionService;
import app.tandem.base.Role;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFileReader;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleRepository;
import app.tandem.couple.CoupleSummary;
import app.tandem.couple.CoupleSummaryRepository;
import app.tandem.guide.GuideSeedLoader;
import app.tandem.outcomes.OutcomesService;
import app.tandem.outcomes.PracticeOutcomes;
import app.tandem.report.ReportService;
import app.tandem.security.CounselorRepository;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.StatementCounter;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo practice as {@link DemoPracticeWriter} writes it at a demo start (through the
 * services, on the embedded database), read back through the services and the case-file export:
 * every needs-attention category holds a couple, the Reports screen has history in both
 * audiences with accepted and overridden decisions, exactly one couple came by import, closed
 * couples have closing summaries, and the outcomes screen has figures to show.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CounselorRepository counselors;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    MutableClock clock;

    @Autowired
    CoupleRepository couples;

    @Autowired
    GuideSeedLoader guideSeeds;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CoupleSummaryRepository summaries;

    @Autowired
    ReportService reports;

    @Autowired
    DemoPracticeWriter writer;

    @Autowired
    NeedsAttentionService attention;

    @Autowired
    OutcomesService outcomes;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    Instant writtenAt;
    DemoPracticeWriter.Summary summary;
    final List<CaseFile> files = new ArrayList<>();

    @BeforeAll
    void writeTheDemoPracticeOnce() throws Exception {
        fixtures.reset();
        jdbc = new JdbcTemplate(dataSource);
        writtenAt = clock.instant();
        // As at a demo start on an empty database: the guide first, then the practice in one transaction.
        guideSeeds.loadAll();
        long started = System.nanoTime();
        StatementCounter.reset();
        summary = transactions.execute(status -> writer.write(clock::set, 20261128L));
        System.out.println("Demo practice written in " + (System.nanoTime() - started) / 1_000_000 + " ms, "
                + StatementCounter.count() + " SQL statements");
        assertThat(clock.instant()).as("the clock is back where it was").isEqualTo(writtenAt);
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        for (Couple c : couples.findAll()) {
            files.add(CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER)));
        }
        fixtures.logout();
    }

    @Test
    void every_needs_attention_category_holds_at_least_one_couple() {
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        AttentionCounts counts = attention.counts(null);
        fixtures.logout();
        for (AttentionCategory category : AttentionCategory.values()) {
            assertThat(counts.of(category)).as(category.label()).isPositive();
        }
    }

    /** Issue 17: the Reports screen has history in both audiences, with accepted and overridden decisions. */
    @Test
    void the_reports_screen_has_history_in_both_audiences_with_accepted_and_overridden_decisions() {
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        var rows = reports.recent(PageRequest.of(0, 50)).getContent();
        fixtures.logout();
        assertThat(rows).extracting(r -> String.valueOf(r.audience())).contains("COUNSELOR", "CLIENT");
        assertThat(jdbc.queryForList("SELECT DISTINCT type FROM report_decision", String.class))
                .contains("ACCEPT", "OVERRIDE");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM progress_report r WHERE r.audience = 'COUNSELOR' AND NOT EXISTS "
                                + "(SELECT 1 FROM report_decision d WHERE d.progress_report_id = r.progress_report_id)",
                        Integer.class))
                .as("a counselor report without a decision yet")
                .isPositive();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT DATE(generated_at) FROM progress_report WHERE pdf IS NOT NULL", Object.class))
                .as("reports made on several days: a history")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void exactly_one_couple_came_by_import_and_every_other_session_was_signed_here_by_its_counselor() {
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT couple_id) FROM counseling_session WHERE imported_at IS NOT NULL",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT c.reference FROM counseling_session s JOIN couple c ON c.couple_id = s.couple_id "
                                + "WHERE s.imported_at IS NOT NULL LIMIT 1",
                        String.class))
                .as("the README names it")
                .isEqualTo("C-0019");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM counseling_session s JOIN couple c ON c.couple_id = s.couple_id
                  JOIN counselor co ON co.counselor_id = c.counselor_id
                 WHERE s.imported_at IS NULL AND s.signed = TRUE AND (s.signed_by <> co.email OR s.signed_elsewhere)""", Integer.class))
                .as("sessions signed by someone other than the couple's counselor")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM counseling_session WHERE imported_at IS NULL AND signed = TRUE",
                        Integer.class))
                .isGreaterThan(50);
    }

    @Test
    void closed_couples_carry_a_closing_summary_and_the_caseload_spreads_over_statuses() {
        List<Map<String, Object>> closed =
                jdbc.queryForList("SELECT closing_summary FROM couple WHERE status = 'CLOSED'");
        assertThat(closed)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat((String) r.get("closing_summary")).isNotBlank());
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM couple", String.class))
                .contains("ACTIVE", "PAUSED", "REFERRED", "CLOSED");
        assertThat(jdbc.queryForList("SELECT DISTINCT recommendation FROM couple_summary", String.class))
                .as("several recommendations")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(summaries.findAll())
                .filteredOn(CoupleSummary::isSafetyMarker)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(summaries.findAll()).filteredOn(s -> !s.isSafetyMarker()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void the_outcomes_screen_has_figures_to_show() {
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        PracticeOutcomes o = outcomes.outcomes(null, 12);
        fixtures.logout();
        assertThat(o.couplesSeen()).isGreaterThanOrEqualTo(10);
        assertThat(o.partners().get(PracticeOutcomes.Outcome.IMPROVED)).isPositive();
        assertThat(o.partners().get(PracticeOutcomes.Outcome.UNCHANGED)).isPositive();
        assertThat(o.couples().get(PracticeOutcomes.Outcome.IMPROVED)).isPositive();
        assertThat(o.recommendations()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(o.escalations()).isNotEmpty();
        assertThat(o.medianSessionsImproved()).isNotNull();
    }

    @Test
    void the_demo_has_three_accounts_and_every_example_and_generated_couple() {
        assertThat(counselors.findAll())
                .extracting(c -> c.getRole())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.COUNSELOR, Role.COUNSELOR);
        assertThat(files)
                .hasSize(DemoExamples.names().size() + DemoPracticeGenerator.Stage.values().length + 1)
                .hasSize(summary.couples());
        assertThat(couples.findByReference("C-0001").orElseThrow().getPartnerA().getFirstName())
                .as("the first couple, which the browser tests open")
                .isEqualTo("Maya");
    }

    @Test
    void nothing_is_dated_after_the_moment_the_demo_was_written() {
        LocalDateTime now = LocalDateTime.ofInstant(writtenAt, ZoneOffset.UTC);
        for (String sql : List.of(
                "SELECT MAX(created_at) FROM counseling_session",
                "SELECT MAX(signed_at) FROM counseling_session",
                "SELECT MAX(generated_at) FROM progress_report",
                "SELECT MAX(submitted_at) FROM check_in",
                "SELECT MAX(created_at) FROM couple",
                "SELECT MAX(changed_at) FROM couple_status_change")) {
            LocalDateTime latest = jdbc.queryForObject(sql, LocalDateTime.class);
            assertThat(latest).as(sql).isNotNull().isBeforeOrEqualTo(now);
        }
        assertThat(jdbc.queryForObject("SELECT MIN(created_at) FROM counseling_session", LocalDateTime.class))
                .as("sessions written on their own days, weeks ago")
                .isBefore(now.minusWeeks(6));
    }

    /** The homework titles are the guide's: the demo assigns through the guide, as the synthetic practice titles from it. */
    @Test
    void homework_titles_are_the_guides() {
        List<Map<String, Object>> differing = jdbc.queryForList("""
                SELECT h.step_key, h.title, s.title AS guide_title FROM homework_assignment h
                  JOIN guide_step s ON s.guide_step_id = h.guide_step_id
                  JOIN couple c ON c.couple_id = h.couple_id
                 WHERE h.title <> s.title AND NOT EXISTS (SELECT 1 FROM counseling_session x
                                                           WHERE x.couple_id = c.couple_id AND x.imported_at IS NOT NULL)""");
        assertThat(differing).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM homework_assignment WHERE guide_step_id IS NULL", Integer.class))
                .isZero();
    }

    @Test
    void homework_histories_give_high_middling_and_low_adherence() {
        List<BigDecimal> adherence = summaries.findAll().stream()
                .map(CoupleSummary::getAdherence)
                .filter(java.util.Objects::nonNull)
                .toList();

        assertThat(adherence).as("high").anyMatch(a -> a.compareTo(new BigDecimal("0.80")) >= 0);
        assertThat(adherence)
                .as("middling")
                .anyMatch(a -> a.compareTo(new BigDecimal("0.50")) >= 0 && a.compareTo(new BigDecimal("0.80")) < 0);
        assertThat(adherence).as("low").anyMatch(a -> a.compareTo(new BigDecimal("0.50")) < 0);
        assertThat(files)
                .allSatisfy(f -> assertThat(f.homework())
                        .allSatisfy(h -> assertThat(h.dueOn()).isNotNull()));
    }

    @Test
    void homework_includes_connection_appointment_series_with_daily_occurrences() {
        List<CaseFile.Assignment> series = files.stream()
                .flatMap(f -> f.homework().stream())
                .filter(h -> h.series() != null)
                .toList();

        assertThat(series).isNotEmpty();
        assertThat(series.stream().map(h -> h.series().id()).distinct().count()).isLessThan(series.size());
    }

    @Test
    void session_histories_have_scores_flags_a_no_show_amendments_and_a_safety_review() {
        List<CaseFile.Session> sessions =
                files.stream().flatMap(f -> f.sessions().stream()).toList();

        assertThat(sessions)
                .as("scored by both partners")
                .anyMatch(s -> s.signed()
                        && s.scores().a() != null
                        && s.scores().a().compositeOrMinusOne() >= 0
                        && s.scores().b() != null
                        && s.scores().b().compositeOrMinusOne() >= 0);
        assertThat(sessions).as("a safety flag").anyMatch(CaseFile.Session::hasSafetyFlag);
        assertThat(sessions)
                .as("a relational flag")
                .anyMatch(s -> s.flags().stream().anyMatch(f -> !f.isSafety()));
        assertThat(sessions)
                .as("a no-show without scores")
                .anyMatch(s -> s.attendance() == Attendance.NONE
                        && s.scores().a() == null
                        && s.scores().b() == null);
        assertThat(sessions)
                .as("an amendment with author, time and reason")
                .anyMatch(s -> s.signed()
                        && s.amendments().stream()
                                .anyMatch(a -> a.author() != null
                                        && a.at() != null
                                        && !a.reason().isBlank()));
        assertThat(files.stream().flatMap(f -> f.safetyReviews().stream()))
                .as("a signed safety review")
                .anyMatch(r -> r.signed() && r.outcome() == SafetyOutcome.NOT_SAFE);
        assertThat(files.stream().flatMap(f -> f.safetyReviews().stream()))
                .as("a review signed here that clears a flag")
                .anyMatch(r -> r.clears() && r.outcome() == SafetyOutcome.CONJOINT_WORK_SAFE);
        assertThat(sessions).as("a draft").anyMatch(s -> !s.signed());
        assertThat(files.stream().flatMap(f -> f.consents().stream()))
                .as("consents recorded at intake")
                .isNotEmpty();
        assertThat(files.stream().flatMap(f -> f.ipvScreens().stream()))
                .as("IPV screens recorded at intake")
                .isNotEmpty();
    }

    @Test
    void every_demo_couple_carries_its_safety_marker_only_when_a_safety_concern_is_open() {
        for (CoupleSummary s : summaries.findAll()) {
            String reference = couples.findById(s.getCoupleId()).orElseThrow().getReference();
            CaseFile file = files.stream()
                    .filter(f -> f.couple().reference().equals(reference))
                    .findFirst()
                    .orElseThrow();
            boolean anySafetyFlag = file.sessions().stream().anyMatch(CaseFile.Session::hasSafetyFlag);
            boolean checkInConcern = jdbc.queryForObject(
                            "SELECT COUNT(*) FROM check_in WHERE couple_id = ? AND feels_safe <> 'SAFE'",
                            Integer.class,
                            s.getCoupleId())
                    > 0;
            if (!anySafetyFlag && !checkInConcern) {
                assertThat(s.isSafetyMarker()).as(reference).isFalse();
            }
        }
    }
}
