package app.tandem.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.attention.AttentionCategory;
import app.tandem.attention.AttentionFilter;
import app.tandem.attention.NeedsAttentionService;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInPause;
import app.tandem.checkin.CheckInRecord;
import app.tandem.checkin.FeelsSafe;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.HomeworkService.AssignRequest;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner's check-in page driven as a partner would, and what the counselor then sees. */
class CheckInViewTest extends ViewTest {

    @Autowired
    CheckInLinkService links;

    @Autowired
    CheckInPause pause;

    @Autowired
    HomeworkService homework;

    @Autowired
    GuideService guide;

    @Autowired
    NeedsAttentionService attention;

    @Autowired
    ReportService reports;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    Counselor dana;
    Couple couple;
    HomeworkAssignment joint;
    HomeworkAssignment bOnly;
    String tokenA;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jdbc.update("UPDATE practice_settings SET crisis_region = 'GB' WHERE practice_settings_id = 1");
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Lindqvist", "Samir", "Oduya");
        LocalDate today = fixtures.today();
        GuideStep step = guide.assignableSteps().stream()
                .filter(s -> s.getPartnerRole() == null)
                .findFirst()
                .orElseThrow();
        joint = homework.assign(
                couple.getId(),
                new AssignRequest(step.getId(), Assignee.BOTH, today.minusDays(5), today.minusDays(1), null));
        bOnly = homework.assign(
                couple.getId(),
                new AssignRequest(
                        step.getId(), Assignee.B, today.minusDays(5), today.minusDays(1), "Samir-only instructions"));
        tokenA = links.create(couple.getId(), PartnerId.A).token();
        fixtures.logout();
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> group(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    @Test
    void a_partner_saves_a_check_in_with_their_own_steps_and_can_correct_it_until_it_is_read() {
        CheckInView view = navigate("c/" + tokenA, CheckInView.class);
        assertThat(view.steps).containsOnlyKeys(joint.getId());
        group("check-in-safe").setValue(FeelsSafe.SAFE);
        group("check-in-emotionalSafety").setValue(6);
        group("check-in-reciprocalEffort").setValue(4);
        group("check-in-clearCommunication").setValue(7);
        for (int i = 1; i <= 4; i++) {
            group("check-in-csi" + i).setValue(3);
        }
        group("check-in-step-" + joint.getId()).setValue(Completion.PARTIAL);
        view.reflections.get(joint.getId()).setValue("We managed twice.");
        view.note.setValue("Work was busy.");
        test($(Button.class).id("check-in-save")).click();
        assertThat($(Paragraph.class).id("check-in-status").getText()).startsWith("Thank you.");

        group("check-in-emotionalSafety").setValue(5);
        test($(Button.class).id("check-in-save")).click();

        fixtures.loginAs(dana);
        List<CheckInRecord> saved = links.checkIns(couple.getId(), PartnerId.A);
        assertThat(saved).singleElement().satisfies(r -> {
            assertThat(r.emotionalSafety()).isEqualTo(5);
            assertThat(r.reciprocalEffort()).isEqualTo(4);
            assertThat(r.clearCommunication()).isEqualTo(7);
            assertThat(r.csi4()).isEqualTo(12);
            assertThat(r.feelsSafe()).isEqualTo(FeelsSafe.SAFE);
            assertThat(r.note()).isEqualTo("Work was busy.");
            assertThat(r.homework()).singleElement().satisfies(h -> {
                assertThat(h.completion()).isEqualTo("PARTIAL");
                assertThat(h.reflection()).isEqualTo("We managed twice.");
            });
        });
        assertThat(links.checkIns(couple.getId(), PartnerId.B)).isEmpty();
        // The Homework tab shows A's report until the counselor records the completion.
        assertThat(homework.reportedByPartners(couple.getId()))
                .containsEntry(joint.getId(), Map.of(PartnerId.A, Completion.PARTIAL))
                .doesNotContainKey(bOnly.getId());
        assertThat(attention.counts(null).perCategory().get(AttentionCategory.CHECKIN_TO_REVIEW))
                .isEqualTo(1);
        links.markReviewed(saved.get(0).id());
        assertThat(attention.counts(null).perCategory().get(AttentionCategory.CHECKIN_TO_REVIEW))
                .isZero();
        fixtures.logout();

        navigate("c/" + tokenA, CheckInView.class);
        assertThat($(Paragraph.class).id("check-in-reviewed").getText()).contains("already read");
        assertThat($(Button.class).withId("check-in-save").all()).isEmpty();
    }

    @Test
    void not_safe_shows_help_at_once_and_the_save_raises_the_marker_and_needs_attention_in_the_same_request() {
        CheckInView view = navigate("c/" + tokenA, CheckInView.class);
        Div resources = view.resources;
        assertThat(resources.isVisible()).isFalse();
        group("check-in-safe").setValue(FeelsSafe.NOT_SAFE);
        assertThat(resources.isVisible()).isTrue();
        assertThat(resources.getElement().getTextRecursively()).contains("Emergency: 999");
        assertThat(pause.paused(couple.getId())).isFalse();

        test($(Button.class).id("check-in-save")).click();
        // The click's own request has stored it: no job, no later step.
        assertThat(pause.paused(couple.getId())).isTrue();

        fixtures.loginAs(dana);
        assertThat(attention.page(new AttentionFilter(null, null), 0, 10))
                .singleElement()
                .satisfies(row ->
                        assertThat(row.reasons().get(0).category()).isEqualTo(AttentionCategory.CHECKIN_NOT_SAFE));
        assertThat(reports.clientRefusalKey(
                        couple.getId(),
                        reports.currentAssessment(couple.getId()),
                        reports.currentAssessment(couple.getId()).recommendation()))
                .isEqualTo("checkIn.paused");
        GuideStep step = guide.assignableSteps().stream()
                .filter(s -> s.getPartnerRole() == null)
                .findFirst()
                .orElseThrow();
        LocalDate today = fixtures.today();
        assertThatThrownBy(() -> homework.assign(
                        couple.getId(), new AssignRequest(step.getId(), Assignee.BOTH, today, today.plusDays(7), null)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("Paused");

        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        today, SafetyOutcome.NOT_SAFE, "Local advocate", "Plan agreed with Maya alone"));
        assertThat(pause.paused(couple.getId())).isFalse();
        assertThat(attention.counts(null).perCategory().get(AttentionCategory.CHECKIN_NOT_SAFE))
                .isZero();
    }

    @Test
    void a_partner_cannot_lower_a_not_safe_answer_by_correcting_it() {
        navigate("c/" + tokenA, CheckInView.class);
        group("check-in-safe").setValue(FeelsSafe.NOT_SURE);
        test($(Button.class).id("check-in-save")).click();
        group("check-in-safe").setValue(FeelsSafe.SAFE);
        test($(Button.class).id("check-in-save")).click();
        assertThat(pause.paused(couple.getId())).isTrue();
    }

    @Test
    void a_withdrawn_link_shows_the_neutral_page() {
        fixtures.loginAs(dana);
        links.revoke(couple.getId(), PartnerId.A);
        fixtures.logout();
        navigate("c/" + tokenA, CheckInView.class);
        assertThat($(H1.class).id("check-in-invalid").getText()).isEqualTo("This link is not valid");
        assertThat($(RadioButtonGroup.class).all()).isEmpty();
    }
}
