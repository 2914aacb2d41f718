package app.tandem.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.Counselor;
import app.tandem.security.SessionGuard;
import app.tandem.session.CounselingSession;
import app.tandem.session.CounselingSessionRepository;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The session form at {@code couples/:reference/sessions/:session}, driven as a counselor would. */
class SessionFormViewTest extends ViewTest {

    @Autowired
    SessionGuard guard;

    @Autowired
    CounselingSessionRepository repository;

    @Autowired
    SessionService sessions;

    @Autowired
    CoupleService couples;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    app.tandem.homework.HomeworkService homework;

    @Autowired
    app.tandem.homework.HomeworkRepository homeworkRepository;

    @Autowired
    app.tandem.guide.GuideService guide;

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

    private SessionFormView openNewSession() {
        return navigate("couples/" + couple.getReference() + "/sessions/new", SessionFormView.class);
    }

    private IntegerField score(String partner, String metric) {
        return $(IntegerField.class).id("score-" + partner + "-" + metric);
    }

    private List<ConfirmDialog> openConfirmDialogs() {
        return $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .toList();
    }

    private void scoreBoth() {
        test(score("a", "emotionalSafety")).setValue(4);
        test(score("a", "reciprocalEffort")).setValue(5);
        test(score("a", "clearCommunication")).setValue(6);
        test(score("b", "emotionalSafety")).setValue(7);
        test(score("b", "reciprocalEffort")).setValue(8);
        test(score("b", "clearCommunication")).setValue(9);
    }

    @Test
    void a_session_is_recorded_with_scores_and_flags_and_signed_after_confirming() {
        SessionFormView view = openNewSession();
        scoreBoth();
        List<IntegerField> csi =
                $(IntegerField.class).withCaptionContaining("0–21").all();
        test(csi.get(0)).setValue(12);
        test(view.form.flags.relationalFlags).selectItem(SessionLabels.of(Flag.CONTEMPT));
        test(view.form.flags.safetyFlags).selectItem(SessionLabels.of(Flag.FEAR_OF_PARTNER));
        test($(TextArea.class).id("note-observations")).setValue("B spoke first for once.");

        test($(Button.class).id("sign-session")).click();
        ConfirmDialog confirm = openConfirmDialogs().getFirst();
        assertThat(test(confirm).getHeader()).isEqualTo("Sign this session?");
        assertThat(repository.findAll())
                .allSatisfy(s -> assertThat(s.isSigned()).isFalse());
        test(confirm).confirm();

        CounselingSession signed = repository.findAll().getFirst();
        assertThat(repository.findAll()).hasSize(1);
        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.getSignedBy()).isEqualTo(dana.getEmail());
        assertThat(signed.getDate()).isEqualTo(today);
        assertThat(signed.scores(PartnerId.A)).isEqualTo(new Scores(4, 5, 6, 12));
        assertThat(signed.scores(PartnerId.B)).isEqualTo(new Scores(7, 8, 9, null));
        assertThat(signed.getFlags()).containsExactlyInAnyOrder(Flag.CONTEMPT, Flag.FEAR_OF_PARTNER);
        assertThat(signed.content().note().observations()).isEqualTo("B spoke first for once.");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_SIGNED)).hasSize(1);

        assertThat(getCurrentView()).isInstanceOf(SessionFormView.class);
        assertThat($(Span.class).withText("Signed").all()).hasSize(1);
        assertThat($(TextArea.class).id("note-observations").isReadOnly()).isTrue();
        assertThat(score("a", "emotionalSafety").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("sign-session").all()).isEmpty();
    }

    @Test
    void cancelling_the_sign_dialog_leaves_a_draft() {
        openNewSession();
        scoreBoth();
        test($(Button.class).id("sign-session")).click();
        test(openConfirmDialogs().getFirst()).cancel();

        assertThat(repository.findAll()).noneMatch(CounselingSession::isSigned);
        assertThat($(Button.class).withId("sign-session").all()).hasSize(1);
    }

    @Test
    void an_out_of_range_score_blocks_signing_with_a_sentence_at_the_field() {
        openNewSession();
        score("a", "emotionalSafety").setValue(11);
        test($(Button.class).id("sign-session")).click();

        assertThat(openConfirmDialogs()).isEmpty();
        assertThat(score("a", "emotionalSafety").isInvalid()).isTrue();
        assertThat(score("a", "emotionalSafety").getErrorMessage())
                .isEqualTo("Scores run from 0 to 10; 11 is outside.");
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void an_absent_partners_score_fields_are_cleared_and_disabled() {
        openNewSession();
        scoreBoth();
        test($(Select.class).withCaption("Attendance").single()).selectItem("Partner A only");

        assertThat(score("b", "emotionalSafety").isEnabled()).isFalse();
        assertThat(score("b", "emotionalSafety").getValue()).isNull();
        assertThat(score("a", "emotionalSafety").isEnabled()).isTrue();
        assertThat(score("a", "emotionalSafety").getValue()).isEqualTo(4);
    }

    @Test
    void typing_in_the_note_saves_a_draft_by_itself() {
        openNewSession();
        test($(TextArea.class).id("note-observations")).setValue("Both arrived early.");

        assertThat(repository.findAll()).singleElement().satisfies(s -> {
            assertThat(s.isSigned()).isFalse();
            assertThat(s.content().note().observations()).isEqualTo("Both arrived early.");
        });
        assertThat(((SessionFormView) getCurrentView()).isDirty()).isFalse();
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_the_input() {
        SessionFormView view = openNewSession();
        test($(IntegerField.class).withCaption("Duration (minutes)").single()).setValue(90);
        assertThat(view.isDirty()).isTrue();

        test($(RouterLink.class).withText("Back to " + couple.getReference()).single())
                .click();

        assertThat(getCurrentView()).isSameAs(view);
        ConfirmDialog ask = openConfirmDialogs().getFirst();
        assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
        test(ask).cancel();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.duration.getValue()).isEqualTo(90);

        test($(RouterLink.class).withText("Back to " + couple.getReference()).single())
                .click();
        test(openConfirmDialogs().getFirst()).confirm();

        assertThat(getCurrentView()).isInstanceOf(CoupleDetailView.class);
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void leaving_with_unsaved_changes_can_save_the_draft_and_go() {
        openNewSession();
        test($(IntegerField.class).withCaption("Duration (minutes)").single()).setValue(90);

        test($(RouterLink.class).withText("Back to " + couple.getReference()).single())
                .click();
        test(openConfirmDialogs().getFirst()).reject();

        assertThat(getCurrentView()).isInstanceOf(CoupleDetailView.class);
        assertThat(repository.findAll())
                .singleElement()
                .satisfies(s -> assertThat(s.content().durationMinutes()).isEqualTo(90));
    }

    @Test
    void leaving_a_form_without_changes_does_not_ask() {
        openNewSession();
        test($(RouterLink.class).withText("Back to " + couple.getReference()).single())
                .click();

        assertThat(openConfirmDialogs()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(CoupleDetailView.class);
    }

    @Test
    void ticking_a_safety_flag_shows_the_guidance_at_once_and_unticking_hides_it() {
        SessionFormView view = openNewSession();
        String title = Texts.shared().get("guidance.title");
        assertThat(view.form.flags.safetyGuidance.isVisible()).isFalse();
        assertThat(view.form
                        .flags
                        .safetyGuidance
                        .getChildren()
                        .filter(c -> c instanceof H3 h && h.getText().equals(title)))
                .hasSize(1);

        test(view.form.flags.safetyFlags).selectItem(SessionLabels.of(Flag.COERCIVE_CONTROL));
        assertThat(view.form.flags.safetyGuidance.isVisible()).isTrue();

        test(view.form.flags.safetyFlags).deselectItem(SessionLabels.of(Flag.COERCIVE_CONTROL));
        assertThat(view.form.flags.safetyGuidance.isVisible()).isFalse();

        test(view.form.flags.relationalFlags).selectItem(SessionLabels.of(Flag.HOSTILITY));
        assertThat(view.form.flags.safetyGuidance.isVisible())
                .as("a relational flag is no safety flag")
                .isFalse();
    }

    @Test
    void a_safety_flag_on_a_draft_puts_the_safety_marker_on_the_couple() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        assertThat($(Span.class).withText("Safety concern").all()).isEmpty();

        SessionFormView view = openNewSession();
        test(view.form.flags.safetyFlags).selectItem(SessionLabels.of(Flag.LETHALITY_INDICATOR));
        test($(Button.class).id("save-draft")).click();

        assertThat(repository.findAll())
                .singleElement()
                .satisfies(s -> assertThat(s.isSigned()).isFalse());
        assertThat(couples.summary(couple.getId()).isSafetyMarker()).isTrue();
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        assertThat($(Span.class).withText("Safety concern").all()).hasSize(1);
    }

    @Test
    void a_signed_session_opens_read_only_with_its_amendments_in_order_and_takes_a_new_one() {
        SessionContent content = new SessionContent(
                today.minusDays(7),
                LocalTime.of(17, 0),
                60,
                SessionFormat.VIDEO,
                Attendance.BOTH,
                new Note("Observed.", null, null, null),
                new Scores(5, 5, 5, null),
                new Scores(6, 6, 6, null),
                Set.of(),
                Set.of(),
                null,
                null);
        CounselingSession draft = sessions.createDraft(couple.getId(), content);
        sessions.sign(draft.getId(), draft.getVersion(), content);
        sessions.amend(draft.getId(), "First reason", "First correction.");
        sessions.amend(draft.getId(), "Second reason", "Second correction.");

        navigate("couples/" + couple.getReference() + "/sessions/" + draft.getId(), SessionFormView.class);
        assertThat($(TextArea.class).id("note-observations").isReadOnly()).isTrue();
        assertThat(reasons()).containsExactly("First reason", "Second reason");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_NOTE_VIEWED))
                .hasSize(1);

        test($(Button.class).withText("Add amendment").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withCaption("Reason for the correction").single())
                .setValue("Third reason");
        test($(TextArea.class, dialog).withCaption("Correction").single()).setValue("Third correction.");
        test($(Button.class, dialog).withText("Add amendment").single()).click();

        assertThat(reasons()).containsExactly("First reason", "Second reason", "Third reason");
        assertThat(sessions.amendments(draft.getId()))
                .last()
                .satisfies(a -> assertThat(a.getAuthor()).isEqualTo(dana.getEmail()));
        assertThat(repository
                        .findById(draft.getId())
                        .orElseThrow()
                        .content()
                        .note()
                        .observations())
                .isEqualTo("Observed.");
    }

    @Test
    void homework_due_since_the_last_session_is_reviewed_for_both_partners_without_leaving_the_form() {
        var step = guide.assignableSteps().stream()
                .filter(st -> st.getStepKey().equals("low-stakes-connection"))
                .findFirst()
                .orElseThrow();
        var assigned = homework.assign(
                couple.getId(),
                new app.tandem.homework.HomeworkService.AssignRequest(
                        step.getId(),
                        app.tandem.casefile.CaseFile.Assignee.BOTH,
                        today.minusDays(5),
                        today.minusDays(3),
                        null));
        openNewSession();
        List<Select> selects = $(Select.class).all().stream()
                .filter(s -> s.getLabel() != null && s.getLabel().startsWith("Partner "))
                .toList();
        assertThat(selects).extracting(Select::getLabel).containsExactly("Partner A", "Partner B");

        test(selects.get(0)).selectItem("Done");
        test(selects.get(1)).selectItem("Partly done");

        var stored = homeworkRepository.findById(assigned.getId()).orElseThrow();
        assertThat(stored.completion(PartnerId.A)).isEqualTo(app.tandem.casefile.CaseFile.Completion.DONE);
        assertThat(stored.completion(PartnerId.B)).isEqualTo(app.tandem.casefile.CaseFile.Completion.PARTIAL);
    }

    @Test
    void a_save_that_lost_the_race_says_so_and_keeps_the_typed_text() {
        CounselingSession draft = sessions.createDraft(couple.getId(), SessionContent.startingOn(today));
        SessionFormView view =
                navigate("couples/" + couple.getReference() + "/sessions/" + draft.getId(), SessionFormView.class);
        sessions.saveDraft(draft.getId(), draft.getVersion(), SessionContent.startingOn(today.minusDays(1)));

        test($(IntegerField.class).withCaption("Duration (minutes)").single()).setValue(75);
        test($(Button.class).id("save-draft")).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.form.duration.getValue()).isEqualTo(75);
        assertThat(view.isDirty()).isTrue();
        assertThat(repository.findById(draft.getId()).orElseThrow().getDate()).isEqualTo(today.minusDays(1));
    }

    @Test
    void moving_between_sessions_in_the_same_tab_leaves_a_draft_editable_that_saves_once_and_asks_once() {
        CounselingSession first = sessions.createDraft(couple.getId(), SessionContent.startingOn(today.minusWeeks(2)));
        CounselingSession signed = sessions.createDraft(couple.getId(), SessionContent.startingOn(today.minusWeeks(1)));
        sessions.sign(signed.getId(), signed.getVersion(), SessionContent.startingOn(today.minusWeeks(1)));
        CounselingSession second = sessions.createDraft(couple.getId(), SessionContent.startingOn(today));
        // The router reuses the view for the same route: draft, then a signed note, then another draft.
        SessionFormView firstView =
                navigate("couples/" + couple.getReference() + "/sessions/" + first.getId(), SessionFormView.class);
        navigate("couples/" + couple.getReference() + "/sessions/" + signed.getId(), SessionFormView.class);
        SessionFormView view =
                navigate("couples/" + couple.getReference() + "/sessions/" + second.getId(), SessionFormView.class);
        assertThat(view).isSameAs(firstView);
        assertThat($(TextArea.class).id("note-observations").isReadOnly()).isFalse();
        assertThat(view.form.flags.safetyGuidance.getChildren().filter(c -> c instanceof H3))
                .hasSize(1);
        int savedBefore =
                audit.findByActionOrderByIdAsc(AuditAction.SESSION_SAVED).size();

        test(view.form.duration).setValue(45);
        test($(Button.class).id("save-draft")).click();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_SAVED)).hasSize(savedBefore + 1);

        test($(Button.class).id("sign-session")).click();
        assertThat(openConfirmDialogs()).hasSize(1);
    }

    private List<String> reasons() {
        return $(Span.class).withTextContaining("reason: ").all().stream()
                .map(s -> s.getText().substring(s.getText().indexOf("reason: ") + "reason: ".length()))
                .toList();
    }

    @Test
    void opening_the_sessions_tab_is_one_audited_read_whatever_the_number_of_notes() {
        for (int week = 3; week >= 1; week--) {
            sessions.createDraft(couple.getId(), SessionContent.startingOn(today.minusWeeks(week)));
        }
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSIONS_VIEWED)).isEmpty();

        test($(TabSheet.class).single()).select("Sessions");

        assertThat($(SessionsTab.class)
                        .single()
                        .getChildren()
                        .filter(c -> c.getElement().getClassList().contains("session-row")))
                .hasSize(3);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSIONS_VIEWED)).hasSize(1);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_NOTE_VIEWED))
                .isEmpty();
    }

    @Test
    void the_idle_note_shows_five_minutes_before_the_configured_sign_out() {
        SessionFormView view = openNewSession();
        assertThat(view.idleNotice.showAfter()).isEqualTo(guard.idleTimeout().minus(SessionIdleNotice.LEAD));
        assertThat(view.idleNotice.getElement().getChild(0).getTextRecursively())
                .contains("inactive for "
                        + guard.idleTimeout().minus(SessionIdleNotice.LEAD).toMinutes() + " minutes")
                .contains("signs you out after " + guard.idleTimeout().toMinutes() + " minutes");
        assertThat(new SessionIdleNotice(Duration.ofMinutes(4)).showAfter())
                .as("a short timeout: halfway")
                .isEqualTo(Duration.ofMinutes(2));
    }
}
