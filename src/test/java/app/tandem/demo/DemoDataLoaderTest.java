package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFileReader;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleRepository;
import app.tandem.couple.CoupleSummary;
import app.tandem.couple.CoupleSummaryRepository;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.security.CounselorRepository;
import app.tandem.security.Counselors;
import app.tandem.base.Role;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo practice as {@link DemoDataLoader#load()} writes it (examples moved to end today plus
 * generated couples), read back through the case-file export: the histories a demo must show.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CounselorRepository counselors;
    @Autowired
    Counselors accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CaseFileTransferService transfer;
    @Autowired
    PracticeSettingsService practice;
    @Autowired
    Clock clock;
    @Autowired
    CoupleRepository couples;
    @Autowired
    app.tandem.guide.GuideSeedLoader guideSeeds;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    CoupleSummaryRepository summaries;
    @Autowired
    app.tandem.report.ReportService reports;

    final List<CaseFile> files = new ArrayList<>();

    @BeforeAll
    void loadTheDemoPracticeOnce() throws Exception {
        fixtures.reset();
        // As at a demo start on an empty database: the guide first, then the practice in one transaction.
        new DemoDataLoader(reports, strategies, guideSeeds, transactions, accounts, encoder, transfer, practice, clock, 20261128L)
                .afterSingletonsInstantiated();
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        for (Couple c : couples.findAll()) {
            files.add(CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER)));
        }
        fixtures.logout();
    }

    @Autowired
    app.tandem.attention.NeedsAttentionService attention;

    @Test
    void the_demo_shows_couples_in_several_needs_attention_categories() {
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        app.tandem.attention.AttentionCounts counts = attention.counts(null);
        long categories = java.util.Arrays.stream(app.tandem.attention.AttentionCategory.values())
                .filter(c -> counts.of(c) > 0).count();
        assertThat(counts.of(app.tandem.attention.AttentionCategory.ACTIVE_SAFETY)).isPositive();
        assertThat(counts.of(app.tandem.attention.AttentionCategory.UNSIGNED_SAFETY)).isPositive();
        assertThat(counts.of(app.tandem.attention.AttentionCategory.URGENT)).isPositive();
        assertThat(counts.of(app.tandem.attention.AttentionCategory.PARTNERS_DIVERGE)).isPositive();
        assertThat(counts.of(app.tandem.attention.AttentionCategory.NOT_ACTED_ON)).as("a report without a decision").isPositive();
        assertThat(categories).isGreaterThanOrEqualTo(4);
    }

    /** Issue 17: the Reports screen has history in both audiences, with accepted and overridden decisions. */
    @Test
    void the_demo_has_report_history_with_accepted_and_overridden_decisions() {
        fixtures.loginAs(counselors.findByEmail(DemoDataLoader.SUPERVISOR).orElseThrow());
        var rows = reports.recent(org.springframework.data.domain.PageRequest.of(0, 50)).getContent();
        fixtures.logout();
        assertThat(rows).extracting(r -> String.valueOf(r.audience())).contains("COUNSELOR", "CLIENT");
        assertThat(files.stream().flatMap(f -> f.reports().stream()).map(r -> String.valueOf(r.decision() == null ? null : r.decision().type())))
                .contains("ACCEPT", "OVERRIDE", "null");
    }

    @Test
    void the_demo_has_three_accounts_and_every_example_and_generated_couple() {
        assertThat(counselors.findAll()).extracting(c -> c.getRole())
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.COUNSELOR, Role.COUNSELOR);
        assertThat(files).hasSize(DemoDataLoader.EXAMPLES.size() + DemoPracticeGenerator.Stage.values().length);
    }

    @Test
    void homework_histories_give_high_middling_and_low_adherence() {
        List<BigDecimal> adherence = summaries.findAll().stream().map(CoupleSummary::getAdherence)
                .filter(java.util.Objects::nonNull).toList();

        assertThat(adherence).as("high").anyMatch(a -> a.compareTo(new BigDecimal("0.80")) >= 0);
        assertThat(adherence).as("middling")
                .anyMatch(a -> a.compareTo(new BigDecimal("0.50")) >= 0 && a.compareTo(new BigDecimal("0.80")) < 0);
        assertThat(adherence).as("low").anyMatch(a -> a.compareTo(new BigDecimal("0.50")) < 0);
        assertThat(files).allSatisfy(f -> assertThat(f.homework()).allSatisfy(h -> assertThat(h.dueOn()).isNotNull()));
    }

    @Test
    void homework_includes_connection_appointment_series_with_daily_occurrences() {
        List<CaseFile.Assignment> series = files.stream().flatMap(f -> f.homework().stream()).filter(h -> h.series() != null).toList();

        assertThat(series).isNotEmpty();
        assertThat(series.stream().map(h -> h.series().id()).distinct().count()).isLessThan(series.size());
    }

    @Test
    void session_histories_have_scores_flags_a_no_show_amendments_and_a_safety_review() {
        List<CaseFile.Session> sessions = files.stream().flatMap(f -> f.sessions().stream()).toList();

        assertThat(sessions).as("scored by both partners")
                .anyMatch(s -> s.signed() && s.scores().a() != null && s.scores().a().compositeOrMinusOne() >= 0
                        && s.scores().b() != null && s.scores().b().compositeOrMinusOne() >= 0);
        assertThat(sessions).as("a safety flag").anyMatch(CaseFile.Session::hasSafetyFlag);
        assertThat(sessions).as("a relational flag").anyMatch(s -> s.flags().stream().anyMatch(f -> !f.isSafety()));
        assertThat(sessions).as("a no-show without scores").anyMatch(s -> s.attendance() == Attendance.NONE
                && s.scores().a() == null && s.scores().b() == null);
        assertThat(sessions).as("an amendment with author, time and reason").anyMatch(s -> s.signed()
                && s.amendments().stream().anyMatch(a -> a.author() != null && a.at() != null && !a.reason().isBlank()));
        assertThat(files.stream().flatMap(f -> f.safetyReviews().stream()))
                .as("a signed safety review").anyMatch(r -> r.signed() && r.outcome() == SafetyOutcome.NOT_SAFE);
        assertThat(sessions).as("a draft").anyMatch(s -> !s.signed());
    }

    @Test
    void every_demo_couple_carries_its_safety_marker_exactly_when_a_safety_flag_is_open() {
        for (CoupleSummary s : summaries.findAll()) {
            CaseFile file = files.stream().filter(f -> f.couple().reference()
                    .equals(couples.findById(s.getCoupleId()).orElseThrow().getReference())).findFirst().orElseThrow();
            boolean anySafetyFlag = file.sessions().stream().anyMatch(CaseFile.Session::hasSafetyFlag);
            if (!anySafetyFlag) {
                assertThat(s.isSafetyMarker()).as(file.couple().reference()).isFalse();
            }
        }
        assertThat(summaries.findAll()).filteredOn(CoupleSummary::isSafetyMarker).hasSizeGreaterThanOrEqualTo(2);
    }
}
