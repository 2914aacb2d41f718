package app.tandem.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.assessment.Assessment;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkService.AssignRequest;
import app.tandem.homework.HomeworkService.SeriesRequest;
import app.tandem.progress.CurrentAssessmentService;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Homework through the real path: assigned and recorded with {@link HomeworkService}, adherence
 * read from the couple's refreshed assessment and summary row (docs/ASSESSMENT.md, Inputs).
 */
@TandemTest
class HomeworkServiceTest {

    /** The line every assignment's instructions end with. */
    static final String SAFETY_LINE = Texts.shared().get("homework.safetyLine").strip();

    @Autowired
    Fixtures fixtures;

    @Autowired
    HomeworkService homework;

    @Autowired
    HomeworkRepository repository;

    @Autowired
    GuideService guide;

    @Autowired
    CoupleService couples;

    @Autowired
    CurrentAssessmentService assessments;

    Counselor dana;
    Counselor robin;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        robin = fixtures.supervisor("Robin Okafor");
        dana = fixtures.counselor("Dana Whitfield");
        // Assignments here go back months (adherence windows): the intake lies before all of them.
        couple = fixtures.couple(
                dana, "Maya", "Rivera", "Sam", "Chen", fixtures.today().minusYears(1));
        today = fixtures.today();
    }

    /** One assignment of a table row: for whom, due how many days before today, and what each partner did. */
    record Row(Assignee assignee, int dueDaysAgo, Completion a, Completion b) {}

    static Row row(Assignee assignee, int dueDaysAgo, Completion a, Completion b) {
        return new Row(assignee, dueDaysAgo, a, b);
    }

    static Stream<Arguments> adherenceTable() {
        Completion done = Completion.DONE;
        Completion partial = Completion.PARTIAL;
        Completion notDone = Completion.NOT_DONE;
        return Stream.of(
                Arguments.of("no assignment at all", List.of(), 0.0, 0.0, 0.0),
                Arguments.of(
                        "due exactly 42 days before: outside the window",
                        List.of(row(Assignee.BOTH, 42, done, done)),
                        0.0,
                        0.0,
                        0.0),
                Arguments.of(
                        "due 41 days before: inside the window",
                        List.of(row(Assignee.BOTH, 41, done, done)),
                        1.0,
                        1.0,
                        1.0),
                Arguments.of(
                        "due today: the upper end is included",
                        List.of(row(Assignee.BOTH, 0, done, done)),
                        1.0,
                        1.0,
                        1.0),
                Arguments.of(
                        "due tomorrow: not yet counted", List.of(row(Assignee.BOTH, -1, done, done)), 0.0, 0.0, 0.0),
                Arguments.of(
                        "only the 41-day one of the two edge assignments counts",
                        List.of(row(Assignee.BOTH, 42, done, done), row(Assignee.BOTH, 41, notDone, partial)),
                        0.0,
                        0.5,
                        0.0),
                Arguments.of(
                        "partly done counts one half", List.of(row(Assignee.BOTH, 3, partial, partial)), 0.5, 0.5, 0.5),
                Arguments.of(
                        "for partner A only: B has nothing, so B and the couple are 0",
                        List.of(row(Assignee.A, 3, done, null)),
                        1.0,
                        0.0,
                        0.0),
                Arguments.of(
                        "for partner B only: A has nothing", List.of(row(Assignee.B, 3, null, partial)), 0.0, 0.5, 0.0),
                Arguments.of(
                        "one for each partner: each counts only for its own",
                        List.of(row(Assignee.A, 5, done, null), row(Assignee.B, 5, null, done)),
                        1.0,
                        1.0,
                        1.0),
                Arguments.of(
                        "not recorded counts as not done",
                        List.of(row(Assignee.BOTH, 7, done, null), row(Assignee.BOTH, 14, done, done)),
                        1.0,
                        0.5,
                        0.5),
                Arguments.of(
                        "couple adherence is the lower partner",
                        List.of(
                                row(Assignee.BOTH, 2, done, partial), row(Assignee.BOTH, 9, done, notDone),
                                row(Assignee.BOTH, 16, partial, done), row(Assignee.A, 20, done, null)),
                        0.88,
                        0.5,
                        0.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adherenceTable")
    void adherence_follows_the_six_week_window_and_the_completion_weights(
            String name, List<Row> rows, double a, double b, double coupleAdherence) {
        GuideStep step = step("low-stakes-connection");
        for (Row r : rows) {
            LocalDate due = today.minusDays(r.dueDaysAgo());
            HomeworkAssignment h = homework.assign(
                    couple.getId(), new AssignRequest(step.getId(), r.assignee(), due.minusDays(7), due, null));
            if (r.a() != null) {
                record(h, PartnerId.A, r.a());
            }
            if (r.b() != null) {
                record(h, PartnerId.B, r.b());
            }
        }

        Assessment assessment = assessments.refresh(couple.getId());

        assertThat(round2(assessment.partners().a().adherence())).isEqualTo(a);
        assertThat(round2(assessment.partners().b().adherence())).isEqualTo(b);
        assertThat(round2(assessment.coupleAdherence())).isEqualTo(coupleAdherence);
        if (!rows.isEmpty()) {
            assertThat(couples.summary(couple.getId()).getAdherence())
                    .isEqualByComparingTo(BigDecimal.valueOf(coupleAdherence));
        }
    }

    @Test
    void the_summary_row_is_refreshed_by_recording_without_an_explicit_refresh() {
        HomeworkAssignment h = homework.assign(
                couple.getId(),
                new AssignRequest(
                        step("low-stakes-connection").getId(),
                        Assignee.BOTH,
                        today.minusDays(5),
                        today.minusDays(3),
                        null));
        assertThat(couples.summary(couple.getId()).getAdherence()).isEqualByComparingTo("0");
        assertThat(couples.summary(couple.getId()).getOverdueHomework()).isEqualTo(1);

        record(h, PartnerId.A, Completion.DONE);
        record(h, PartnerId.B, Completion.PARTIAL);

        assertThat(couples.summary(couple.getId()).getAdherence()).isEqualByComparingTo("0.5");
        assertThat(couples.summary(couple.getId()).getOverdueHomework()).isZero();
    }

    @Test
    void an_assignment_keeps_the_step_as_assigned_when_a_supervisor_edits_the_step_later() {
        fixtures.loginAs(robin);
        GuideStep custom = guide.addPracticeStep(
                "Evening walk", "Time side by side without an agenda", "Walk for twenty minutes after dinner.", 7);
        fixtures.loginAs(dana);
        HomeworkAssignment plain = homework.assign(
                couple.getId(), new AssignRequest(custom.getId(), Assignee.BOTH, today, today.plusDays(7), null));
        HomeworkAssignment tailored = homework.assign(
                couple.getId(),
                new AssignRequest(
                        custom.getId(), Assignee.A, today, today.plusDays(7), "Walk for ten minutes, twice."));

        fixtures.loginAs(robin);
        guide.editPracticeStep(custom.getId(), "Evening run", "Exercise together", "Run five kilometres.", 3);
        assertThat(guide.step(custom.getId()).getInstructions()).isEqualTo("Run five kilometres.");

        HomeworkAssignment plainAfter = repository.findById(plain.getId()).orElseThrow();
        assertThat(plainAfter.getTitle()).isEqualTo("Evening walk");
        assertThat(plainAfter.getPurpose()).isEqualTo("Time side by side without an agenda");
        assertThat(plainAfter.getInstructions()).isEqualTo("Walk for twenty minutes after dinner.\n" + SAFETY_LINE);
        HomeworkAssignment tailoredAfter = repository.findById(tailored.getId()).orElseThrow();
        assertThat(tailoredAfter.getTitle()).isEqualTo("Evening walk");
        assertThat(tailoredAfter.getInstructions()).isEqualTo("Walk for ten minutes, twice.\n" + SAFETY_LINE);
    }

    @Test
    void a_retired_step_cannot_be_assigned_but_stays_on_earlier_assignments() {
        fixtures.loginAs(robin);
        GuideStep custom = guide.addPracticeStep("Gratitude note", null, "Leave one note of thanks a day.", 7);
        fixtures.loginAs(dana);
        HomeworkAssignment earlier = homework.assign(
                couple.getId(), new AssignRequest(custom.getId(), Assignee.BOTH, today, today.plusDays(7), null));

        fixtures.loginAs(robin);
        guide.retire(custom.getId());
        fixtures.loginAs(dana);

        assertThat(guide.assignableSteps()).extracting(GuideStep::getId).doesNotContain(custom.getId());
        assertThatThrownBy(() -> homework.assign(
                        couple.getId(),
                        new AssignRequest(custom.getId(), Assignee.BOTH, today, today.plusDays(7), null)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("can no longer be assigned");
        assertThatThrownBy(() -> homework.assignSeries(
                        couple.getId(),
                        new SeriesRequest(
                                custom.getId(), Assignee.BOTH, today, today.plusDays(6), Frequency.DAILY, null)))
                .isInstanceOf(ValidationFailure.class);
        assertThat(homework.list(couple.getId()))
                .extracting(HomeworkAssignment::getId)
                .containsExactly(earlier.getId());
        assertThat(homework.list(couple.getId()).getFirst().getTitle()).isEqualTo("Gratitude note");
    }

    @Test
    void instructions_default_to_the_steps_and_an_edited_text_is_kept() {
        GuideStep space = step("create-space");
        HomeworkAssignment plain = homework.assign(
                couple.getId(),
                new AssignRequest(space.getId(), Assignee.A, today, HomeworkService.defaultDue(space, today), "  "));
        HomeworkAssignment edited = homework.assign(
                couple.getId(),
                new AssignRequest(space.getId(), Assignee.B, today, today.plusDays(2), "  Give A two evenings off.  "));

        assertThat(plain.getInstructions()).isEqualTo(space.getInstructions());
        assertThat(plain.getDueOn()).isEqualTo(today.plusDays(2));
        assertThat(plain.getExamples()).isEqualTo(space.getExamples());
        assertThat(edited.getInstructions()).isEqualTo("Give A two evenings off.\n" + SAFETY_LINE);
    }

    @Test
    void a_due_date_before_the_assigned_date_is_refused_with_a_sentence() {
        assertThatThrownBy(() -> homework.assign(
                        couple.getId(),
                        new AssignRequest(
                                step("create-space").getId(), Assignee.BOTH, today, today.minusDays(1), null)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessage("The due date cannot be before the day it is assigned.");
        assertThat(repository.forCoupleId(couple.getId())).isEmpty();
    }

    @Test
    void a_partner_the_homework_is_not_for_cannot_be_recorded() {
        HomeworkAssignment forA = homework.assign(
                couple.getId(),
                new AssignRequest(step("create-space").getId(), Assignee.A, today, today.plusDays(2), null));

        assertThatThrownBy(() -> record(forA, PartnerId.B, Completion.DONE))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("not assigned to partner B");
        assertThat(repository.findById(forA.getId()).orElseThrow().completion(PartnerId.B))
                .isNull();
    }

    @Test
    void a_daily_series_has_one_occurrence_a_day_each_with_its_own_due_date_and_the_same_series_id() {
        List<HomeworkAssignment> series = homework.assignSeries(
                couple.getId(),
                new SeriesRequest(
                        step("connection-appointments").getId(),
                        Assignee.BOTH,
                        today.plusDays(1),
                        today.plusDays(7),
                        Frequency.DAILY,
                        null));

        assertThat(series).hasSize(7);
        assertThat(series)
                .extracting(HomeworkAssignment::getDueOn)
                .containsExactly(
                        today.plusDays(1),
                        today.plusDays(2),
                        today.plusDays(3),
                        today.plusDays(4),
                        today.plusDays(5),
                        today.plusDays(6),
                        today.plusDays(7));
        assertThat(series)
                .extracting(HomeworkAssignment::getSeriesId)
                .containsOnly(series.getFirst().getSeriesId())
                .doesNotContainNull();
        assertThat(series).extracting(HomeworkAssignment::getSeriesFrequency).containsOnly(Frequency.DAILY);
    }

    @Test
    void a_weekly_series_has_one_occurrence_a_week_up_to_the_end_date() {
        List<HomeworkAssignment> series = homework.assignSeries(
                couple.getId(),
                new SeriesRequest(
                        step("connection-appointments").getId(),
                        Assignee.BOTH,
                        today,
                        today.plusDays(30),
                        Frequency.WEEKLY,
                        null));

        assertThat(series)
                .extracting(HomeworkAssignment::getDueOn)
                .containsExactly(today, today.plusDays(7), today.plusDays(14), today.plusDays(21), today.plusDays(28));
    }

    @Test
    void a_series_longer_than_the_limit_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> homework.assignSeries(
                        couple.getId(),
                        new SeriesRequest(
                                step("connection-appointments").getId(),
                                Assignee.BOTH,
                                today,
                                today.plusDays(HomeworkService.MAX_OCCURRENCES),
                                Frequency.DAILY,
                                null)))
                .isInstanceOf(ValidationFailure.class);
        assertThat(repository.forCoupleId(couple.getId())).isEmpty();
    }

    @Test
    void recording_a_week_of_daily_appointments_is_one_call_and_each_occurrence_in_the_window_counts() {
        // Seven daily occurrences due 45..39 days ago: only the last three (41, 40, 39) lie in the window.
        List<HomeworkAssignment> series = homework.assignSeries(
                couple.getId(),
                new SeriesRequest(
                        step("connection-appointments").getId(),
                        Assignee.BOTH,
                        today.minusDays(45),
                        today.minusDays(39),
                        Frequency.DAILY,
                        null));
        String id = series.getFirst().getSeriesId();

        assertThat(homework.recordSeries(
                        couple.getId(), id, PartnerId.A, Completion.DONE, today.minusDays(45), today.minusDays(39)))
                .isEqualTo(7);
        assertThat(homework.recordSeries(
                        couple.getId(), id, PartnerId.B, Completion.DONE, today.minusDays(45), today.minusDays(42)))
                .isEqualTo(4);
        assertThat(homework.recordSeries(
                        couple.getId(), id, PartnerId.B, Completion.PARTIAL, today.minusDays(41), today.minusDays(41)))
                .isEqualTo(1);

        assertThat(repository.series(couple, id))
                .allSatisfy(o -> assertThat(o.completion(PartnerId.A)).isEqualTo(Completion.DONE));
        Assessment a = assessments.refresh(couple.getId());
        assertThat(a.partners().a().adherence()).isEqualTo(1.0);
        // B: 0.5 + 0 + 0 over the three occurrences in the window; the four done ones are outside it.
        assertThat(round2(a.partners().b().adherence())).isEqualTo(0.17);
    }

    @Test
    void recording_a_period_without_any_occurrence_is_refused() {
        List<HomeworkAssignment> series = homework.assignSeries(
                couple.getId(),
                new SeriesRequest(
                        step("connection-appointments").getId(),
                        Assignee.BOTH,
                        today.plusDays(1),
                        today.plusDays(7),
                        Frequency.DAILY,
                        null));

        assertThatThrownBy(() -> homework.recordSeries(
                        couple.getId(),
                        series.getFirst().getSeriesId(),
                        PartnerId.A,
                        Completion.DONE,
                        today.minusDays(7),
                        today))
                .isInstanceOf(ValidationFailure.class);
    }

    @Test
    void another_counselor_cannot_assign_or_record_homework_for_a_couple_outside_their_caseload() {
        HomeworkAssignment h = homework.assign(
                couple.getId(),
                new AssignRequest(step("create-space").getId(), Assignee.A, today, today.plusDays(2), null));
        fixtures.loginAs(fixtures.counselor("Lee Marsh"));

        assertThatThrownBy(() -> homework.list(couple.getId())).isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThatThrownBy(() -> homework.assign(
                        couple.getId(),
                        new AssignRequest(step("create-space").getId(), Assignee.BOTH, today, today.plusDays(2), null)))
                .isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThatThrownBy(() -> homework.record(h.getId(), h.getVersion(), PartnerId.A, Completion.DONE, null))
                .isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThat(repository.findById(h.getId()).orElseThrow().completion(PartnerId.A))
                .isNull();
        String forbidden = org.assertj.core.api.Assertions.catchThrowable(
                        () -> homework.editInstructions(h.getId(), h.getVersion(), "Lee's words."))
                .getMessage();
        String unknown = org.assertj.core.api.Assertions.catchThrowable(
                        () -> homework.editInstructions(h.getId() + 1000, 0, "Lee's words."))
                .getMessage();
        assertThat(forbidden)
                .as("another counselor's homework looks like an unknown id")
                .isEqualTo(unknown);
    }

    private void record(HomeworkAssignment h, PartnerId partner, Completion completion) {
        long version = repository.findById(h.getId()).orElseThrow().getVersion();
        homework.record(h.getId(), version, partner, completion, null);
    }

    private GuideStep step(String key) {
        return guide.assignableSteps().stream()
                .filter(s -> s.getStepKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
