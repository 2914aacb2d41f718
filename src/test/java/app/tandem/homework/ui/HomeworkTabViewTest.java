package app.tandem.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.ui.ConflictNotice;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkRepository;
import app.tandem.homework.HomeworkService;
import app.tandem.security.Counselor;
import app.tandem.support.MutableClock;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Homework tab on {@code couples/:reference}: assign through the dialog, record per partner inline, overdue marks. */
class HomeworkTabViewTest extends ViewTest {

    private static final String EASY_MOMENT = "Suggest an Easy Moment Together";
    private static final String EASE_OFF = "Ease Off, Stay Reachable";

    @Autowired
    HomeworkRepository repository;

    @Autowired
    HomeworkService homework;

    @Autowired
    GuideService guide;

    @Autowired
    MutableClock clock;

    Counselor dana;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        today = fixtures.today();
        loginAs(dana);
    }

    private void openHomeworkTab() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Homework");
    }

    private void assignThroughDialog(String stepTitle, String assignee, String instructions) {
        test($(Button.class).id("assign-step")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(ComboBox.class, dialog).id("assign-step-choice")).selectItem(stepTitle);
        test($(RadioButtonGroup.class, dialog).single()).selectItem(assignee);
        if (instructions != null) {
            test($(TextArea.class, dialog)
                            .withCaption("Instructions (edit to tailor them)")
                            .single())
                    .setValue(instructions);
        }
        test($(Button.class, dialog).id("assign-save")).click();
    }

    @Test
    void assigning_a_step_to_both_prefills_its_instructions_and_lists_it_as_open() {
        GuideStep moment = step("low-stakes-connection");
        openHomeworkTab();
        test($(Button.class).id("assign-step")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(ComboBox.class, dialog).id("assign-step-choice")).selectItem(EASY_MOMENT);

        assertThat($(TextArea.class, dialog)
                        .withCaption("Instructions (edit to tailor them)")
                        .single()
                        .getValue())
                .isEqualTo(moment.getInstructions());
        assertThat($(DatePicker.class, dialog).withCaption("Due on").single().getValue())
                .isEqualTo(today.plusDays(7));
        test($(Button.class, dialog).id("assign-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        List<HomeworkAssignment> saved = repository.forCoupleId(couple.getId());
        assertThat(saved).singleElement().satisfies(h -> {
            assertThat(h.getAssignee()).isEqualTo(Assignee.BOTH);
            assertThat(h.getTitle()).isEqualTo(EASY_MOMENT);
            assertThat(h.getInstructions()).isEqualTo(moment.getInstructions());
            assertThat(h.getAssignedOn()).isEqualTo(today);
            assertThat(h.getDueOn()).isEqualTo(today.plusDays(7));
        });
        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Open (1)");
        assertThat(completionSelects())
                .extracting(s -> s.getElement().getAttribute("data-partner"))
                .containsExactly("A", "B");
    }

    @Test
    void assigning_to_one_partner_with_edited_instructions_keeps_the_edited_text() {
        openHomeworkTab();
        assignThroughDialog(
                "Employ Non-Confrontational Communication", "Partner B", "Say one I-statement a day, nothing more.");

        HomeworkAssignment saved = repository.forCoupleId(couple.getId()).getFirst();
        assertThat(saved.getAssignee()).isEqualTo(Assignee.B);
        assertThat(saved.getInstructions())
                .isEqualTo("Say one I-statement a day, nothing more.\n"
                        + Texts.shared().get("homework.safetyLine").strip());
        assertThat($(Span.class, tab()).withText("Partner B").all()).hasSize(1);
        assertThat(completionSelects())
                .extracting(s -> s.getElement().getAttribute("data-partner"))
                .containsExactly("B");
    }

    @Test
    void a_step_for_the_partner_who_reaches_out_more_is_offered_for_one_partner_and_preselects_the_pursuer() {
        openHomeworkTab();
        test($(Button.class).id("assign-step")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(ComboBox.class, dialog).id("assign-step-choice")).selectItem(EASE_OFF);

        RadioButtonGroup<Assignee> forWhom = $(RadioButtonGroup.class, dialog).single();
        assertThat(forWhom.getListDataView().getItems()).containsExactly(Assignee.A, Assignee.B);
        assertThat(forWhom.getValue())
                .as("the intake names A as the partner who pursues")
                .isEqualTo(Assignee.A);
        assertThat(forWhom.getHelperText()).isEqualTo(Texts.shared().get("homework.forRole.PURSUER"));
        test($(Button.class, dialog).id("assign-save")).click();

        assertThat(repository.forCoupleId(couple.getId())).singleElement().satisfies(h -> {
            assertThat(h.getAssignee()).isEqualTo(Assignee.A);
            assertThat(h.getTitle()).isEqualTo(EASE_OFF);
        });
    }

    @Test
    void choosing_no_step_keeps_the_dialog_open_with_a_sentence() {
        openHomeworkTab();
        test($(Button.class).id("assign-step")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).id("assign-save")).click();

        ComboBox<?> step = $(ComboBox.class, dialog).id("assign-step-choice");
        assertThat(step.isInvalid()).isTrue();
        assertThat(step.getErrorMessage()).isEqualTo("Choose a step of the guide.");
        assertThat(repository.forCoupleId(couple.getId())).isEmpty();
    }

    @Test
    void completion_is_recorded_for_each_partner_inline_and_the_assignment_moves_to_done() {
        openHomeworkTab();
        assignThroughDialog(EASY_MOMENT, "Both partners", null);

        test(completionSelect("A")).selectItem("Done");
        assertThat(repository.forCoupleId(couple.getId()).getFirst().completion(PartnerId.A))
                .isEqualTo(Completion.DONE);
        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Open (1)");

        test(completionSelect("B")).selectItem("Partly done");
        HomeworkAssignment h = repository.forCoupleId(couple.getId()).getFirst();
        assertThat(h.completion(PartnerId.A)).isEqualTo(Completion.DONE);
        assertThat(h.completion(PartnerId.B)).isEqualTo(Completion.PARTIAL);
        assertThat(h.getReviewedOn()).isEqualTo(today);
        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Done (1)");
        assertThat(completionSelect("A").getValue()).isEqualTo(Completion.DONE);
        assertThat(completionSelect("B").getValue()).isEqualTo(Completion.PARTIAL);
    }

    @Test
    void a_change_in_the_homework_tab_keeps_that_tab_and_the_overview_is_read_when_it_is_opened_again() {
        openHomeworkTab();
        assignThroughDialog(EASY_MOMENT, "Both partners", null);
        test(completionSelect("A")).selectItem("Done");

        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Homework");
        Component overview = tabs.getComponent(tabs.getTabAt(0));
        assertThat(overview.getChildren().count())
                .as("not built while another tab is open")
                .isZero();

        test(tabs).select("Overview");
        assertThat(overview.getChildren().count()).isPositive();
    }

    @Test
    void an_unreviewed_assignment_past_its_due_date_is_marked_overdue_until_recorded() {
        homework.assign(
                couple.getId(),
                new HomeworkService.AssignRequest(
                        step("low-stakes-connection").getId(), Assignee.BOTH, today, today.plusDays(2), null));
        openHomeworkTab();
        assertThat($(Span.class, tab()).withText("Overdue").all()).isEmpty();

        clock.advance(Duration.ofDays(3));
        openHomeworkTab();
        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Overdue (1)");
        assertThat($(Span.class, tab()).withText("Overdue").all()).hasSize(1);

        test(completionSelect("A")).selectItem("Not done");
        test(completionSelect("B")).selectItem("Done");
        assertThat($(Span.class, tab()).withText("Overdue").all()).isEmpty();
        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Done (1)");
    }

    @Test
    void a_connection_appointment_series_shows_as_one_row_with_its_overdue_count() {
        homework.assignSeries(
                couple.getId(),
                new HomeworkService.SeriesRequest(
                        step("connection-appointments").getId(),
                        Assignee.BOTH,
                        today.minusDays(3),
                        today.plusDays(3),
                        app.tandem.casefile.CaseFile.Frequency.DAILY,
                        null));
        openHomeworkTab();

        assertThat($(H3.class, tab()).all()).extracting(H3::getText).containsExactly("Connection appointments");
        assertThat($(Span.class, tab()).withText("0 of 7 reviewed").all()).hasSize(1);
        assertThat($(Span.class, tab()).withText("3 overdue").all()).hasSize(1);

        recordPeriodFor("Maya (A)");
        recordPeriodFor("Sam (B)");

        // The last seven days up to today hold four occurrences; each is now reviewed for both partners.
        assertThat($(Span.class, tab()).withText("4 of 7 reviewed").all()).hasSize(1);
        assertThat($(Span.class, tab()).withTextContaining("overdue").all()).isEmpty();
        assertThat(repository.forCoupleId(couple.getId()))
                .filteredOn(h -> !h.getDueOn().isAfter(today))
                .hasSize(4)
                .allSatisfy(h -> assertThat(h.completion(PartnerId.B)).isEqualTo(Completion.DONE));
    }

    /**
     * The reflections dialog shows each partner's saved reflection and saves the edited ones; a
     * partner whose completion is not recorded yet gets no reflection saved.
     */
    @Test
    void reflections_are_saved_for_the_partners_whose_completion_is_recorded() {
        HomeworkAssignment h = homework.assign(
                couple.getId(),
                new HomeworkService.AssignRequest(
                        step("low-stakes-connection").getId(), Assignee.BOTH, today, today.plusDays(7), null));
        homework.record(h.getId(), h.getVersion(), PartnerId.A, Completion.DONE, "We walked once.");
        openHomeworkTab();
        test($(Button.class, tab()).withText("Reflections").single()).click();
        Dialog dialog = $(Dialog.class).single();
        TextArea a =
                $(TextArea.class, dialog).withCaption("Partner A's reflection").single();
        assertThat(a.getValue()).isEqualTo("We walked once.");
        test(a).setValue("We walked twice.");
        test($(TextArea.class, dialog).withCaption("Partner B's reflection").single())
                .setValue("Not yet.");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        HomeworkAssignment saved = repository.forCoupleId(couple.getId()).getFirst();
        assertThat(saved.reflection(PartnerId.A)).isEqualTo("We walked twice.");
        assertThat(saved.reflection(PartnerId.B)).isNull();
    }

    @Test
    void reflections_that_lose_the_race_show_the_conflict_notice_and_keep_the_dialog_open() {
        HomeworkAssignment h = homework.assign(
                couple.getId(),
                new HomeworkService.AssignRequest(
                        step("low-stakes-connection").getId(), Assignee.BOTH, today, today.plusDays(7), null));
        HomeworkAssignment recorded =
                homework.record(h.getId(), h.getVersion(), PartnerId.A, Completion.DONE, "We walked once.");
        openHomeworkTab();
        test($(Button.class, tab()).withText("Reflections").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextArea.class, dialog).withCaption("Partner A's reflection").single())
                .setValue("We walked twice.");
        // Someone else records partner A's homework meanwhile.
        homework.record(h.getId(), recorded.getVersion(), PartnerId.A, Completion.PARTIAL, "Their words.");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat($(ConflictNotice.class, dialog).single().getElement().getTextRecursively())
                .contains("Someone else saved");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(repository.forCoupleId(couple.getId()).getFirst().reflection(PartnerId.A))
                .isEqualTo("Their words.");
    }

    private void recordPeriodFor(String partner) {
        test($(Button.class, tab()).withText("Record a period").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).withCaption("Partner").single()).selectItem(partner);
        test($(Button.class, dialog).withText("Record").single()).click();
        assertThat($(Dialog.class).all()).isEmpty();
    }

    /** The Homework tab's content; the page's other tabs have headings of their own. */
    private HomeworkTab tab() {
        return $(HomeworkTab.class).single();
    }

    private List<Select> completionSelects() {
        return $(Select.class, tab()).all().stream()
                .filter(s -> s.getElement().hasAttribute("data-partner"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Select<Completion> completionSelect(String partner) {
        return completionSelects().stream()
                .filter(s -> partner.equals(s.getElement().getAttribute("data-partner")))
                .findFirst()
                .orElseThrow();
    }

    private GuideStep step(String key) {
        return guide.assignableSteps().stream()
                .filter(s -> s.getStepKey().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
