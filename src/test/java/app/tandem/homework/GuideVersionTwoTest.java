package app.tandem.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.guide.PartnerRole;
import app.tandem.homework.HomeworkService.AssignRequest;
import app.tandem.homework.HomeworkService.SeriesRequest;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guide version 2 (clinical review section 5): new assignments use it, every assignable step ends
 * with the safety line in the assignment's own copy, and a step written for one partner is never
 * given to both. Assignments go through {@link HomeworkService}, as a counselor makes them.
 */
@TandemTest
class GuideVersionTwoTest {

    private static final String SAFETY_LINE =
            Texts.shared().get("homework.safetyLine").strip();

    @Autowired
    Fixtures fixtures;

    @Autowired
    HomeworkService homework;

    @Autowired
    GuideService guide;

    @Autowired
    DataSource dataSource;

    Counselor dana;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        today = fixtures.today();
    }

    @Test
    void new_assignments_come_from_guide_version_two_with_its_new_steps() {
        assertThat(guide.currentVersion())
                .get()
                .satisfies(v -> assertThat(v.getVersionNo()).isEqualTo(2));
        assertThat(guide.assignableSteps())
                .extracting(GuideStep::getStepKey)
                .containsExactly(
                        "self-assessment",
                        "contextual-awareness",
                        "decode-signs",
                        "create-space",
                        "small-step-toward",
                        "low-stakes-connection",
                        "non-confrontational-communication",
                        "time-out",
                        "connection-appointments",
                        "stressor-boundaries");
        GuideStep space = step("create-space");
        assertThat(space.getTitle()).isEqualTo("Ease Off, Stay Reachable");
        assertThat(space.getInstructions())
                .contains("Tell your partner kindly what you are doing")
                .contains("This is not silence or a punishment");
        assertThat(space.getPartnerRole()).isEqualTo(PartnerRole.PURSUER);
        assertThat(step("small-step-toward").getPartnerRole()).isEqualTo(PartnerRole.DISTANCER);
        assertThat(step("decode-signs").getInstructions())
                .contains("It is not about watching, checking or keeping track of your partner");
        assertThat(step("connection-appointments").getInstructions())
                .contains("Missing one is not a failure")
                .doesNotContain("non-negotiable");
        assertThat(step("stressor-boundaries").getInstructions())
                .contains("never about one partner limiting who the other sees");
        assertThat(step("time-out").getInstructions()).contains("at least 20 minutes");
        assertThat(step("low-stakes-connection").getInstructions()).contains("either of you can say no at any time");
    }

    @Test
    void every_assignable_step_assigned_through_the_homework_service_ends_with_the_closing_safety_line() {
        List<GuideStep> steps = guide.assignableSteps();
        assertThat(steps).hasSize(10);
        for (GuideStep step : steps) {
            assertThat(step.getInstructions())
                    .as("the guide's own text of " + step.getStepKey())
                    .endsWith(SAFETY_LINE);
            Assignee assignee = step.getPartnerRole() == null ? Assignee.BOTH : Assignee.A;
            HomeworkAssignment assigned = homework.assign(
                    couple.getId(), new AssignRequest(step.getId(), assignee, today, today.plusDays(7), null));
            assertThat(assigned.getInstructions())
                    .as("the assignment's copy of " + step.getStepKey())
                    .endsWith(SAFETY_LINE);
        }
        assertThat(homework.list(couple.getId()))
                .hasSize(10)
                .allSatisfy(h -> assertThat(h.getInstructions()).endsWith(SAFETY_LINE));
    }

    @Test
    void tailored_instructions_and_a_practice_step_get_the_safety_line_once() {
        HomeworkAssignment tailored = homework.assign(
                couple.getId(),
                new AssignRequest(
                        step("time-out").getId(),
                        Assignee.BOTH,
                        today,
                        today.plusDays(7),
                        "Agree the word \"pause\" as your signal for a break."));
        assertThat(tailored.getInstructions())
                .isEqualTo("Agree the word \"pause\" as your signal for a break.\n" + SAFETY_LINE);

        HomeworkAssignment edited = homework.editInstructions(
                tailored.getId(),
                tailored.getVersion(),
                tailored.getInstructions().replace("\"pause\"", "\"time out\""));
        assertThat(edited.getInstructions()).endsWith(SAFETY_LINE).containsOnlyOnce(SAFETY_LINE);

        fixtures.loginAs(fixtures.supervisor("Robin Okafor"));
        GuideStep practice =
                guide.addPracticeStep("Gratitude list", null, "Write down three things you appreciated this week.", 7);
        HomeworkAssignment fromPractice = homework.assign(
                couple.getId(), new AssignRequest(practice.getId(), Assignee.BOTH, today, today.plusDays(7), null));
        assertThat(fromPractice.getInstructions()).endsWith("\n" + SAFETY_LINE).containsOnlyOnce(SAFETY_LINE);
    }

    @Test
    void a_step_for_one_partner_is_never_assigned_to_both() {
        for (String key : List.of("create-space", "small-step-toward")) {
            long id = step(key).getId();
            assertThatThrownBy(() -> homework.assign(
                            couple.getId(), new AssignRequest(id, Assignee.BOTH, today, today.plusDays(2), null)))
                    .isInstanceOfSatisfying(ValidationFailure.class, f -> {
                        assertThat(f.field()).isEqualTo("assignee");
                        assertThat(f.getMessage())
                                .isEqualTo(Texts.shared()
                                        .get("homework.onePartnerOnly."
                                                + step(key).getPartnerRole()));
                    });
            assertThatThrownBy(() -> homework.assignSeries(
                            couple.getId(),
                            new SeriesRequest(id, Assignee.BOTH, today, today.plusDays(6), Frequency.DAILY, null)))
                    .isInstanceOf(ValidationFailure.class);
        }
        assertThat(homework.list(couple.getId())).isEmpty();

        homework.assign(
                couple.getId(),
                new AssignRequest(step("create-space").getId(), Assignee.A, today, today.plusDays(2), null));
        homework.assign(
                couple.getId(),
                new AssignRequest(step("small-step-toward").getId(), Assignee.B, today, today.plusDays(7), null));
        assertThat(homework.list(couple.getId()))
                .extracting(HomeworkAssignment::getAssignee)
                .containsExactlyInAnyOrder(Assignee.A, Assignee.B);
    }

    @Test
    void a_step_of_the_first_guide_version_is_not_assigned_again_and_old_assignments_keep_their_copy() {
        long oldSpace = new JdbcTemplate(dataSource).queryForObject("""
                SELECT st.guide_step_id FROM guide_step st
                  JOIN guide_section s ON s.guide_section_id = st.guide_section_id
                  JOIN guide_version v ON v.guide_version_id = s.guide_version_id
                 WHERE v.version_no = 1 AND st.step_key = 'create-space'""", Long.class);
        GuideStep v1 = guide.step(oldSpace);
        assertThat(v1.getTitle()).isEqualTo("Create Space, Not Pressure");

        assertThatThrownBy(() -> homework.assign(
                        couple.getId(), new AssignRequest(oldSpace, Assignee.A, today, today.plusDays(2), null)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("step"));
        assertThat(guide.assignableNow(oldSpace)).isFalse();
        assertThat(guide.assignableNow(step("create-space").getId())).isTrue();

        Couple imported = fixtures.importExample("continue");
        assertThat(homework.list(imported.getId()))
                .filteredOn(h -> h.getStepKey().equals("create-space"))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.getInstructions())
                        .isEqualTo("48 hours of non-attachment; note what you did with the time."));
    }

    private GuideStep step(String key) {
        return guide.assignableSteps().stream()
                .filter(s -> s.getStepKey().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
