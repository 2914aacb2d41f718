package app.tandem.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.CounselingSessionRepository;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session form's safety pieces added for issue 13 (disclosure guidance beside the flags,
 * location and privacy checks for video and phone sessions, the anchors a session is scored
 * under) and the supervisor's co-signature on the Sessions tab.
 */
class SessionSafetyPiecesViewTest extends ViewTest {

    @Autowired
    CounselingSessionRepository repository;

    @Autowired
    SessionService sessions;

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

    @Test
    void the_disclosure_guidance_stands_beside_the_flags_before_any_flag_is_ticked() {
        openNewSession();

        Div guidance = $(Div.class).id("disclosure-guidance");
        assertThat(guidance.getElement().getTextRecursively())
                .contains(Texts.shared().get("disclosure.title"))
                .contains("only in that partner's private note")
                .contains("never in the joint note");
    }

    @Test
    void a_video_session_records_each_attending_partners_location_and_privacy_check() {
        SessionFormView view = openNewSession();
        assertThat(view.form.remoteChecks.isVisible())
                .as("in person: no checks")
                .isFalse();

        test(view.form.format).selectItem("Video");
        assertThat(view.form.remoteChecks.isVisible()).isTrue();
        assertThat(view.form.remoteChecks.missing.getText()).contains("Maya (A), Sam (B)");
        test($(Checkbox.class).id("remote-location-a")).click();
        test($(Checkbox.class).id("remote-privacy-a")).click();
        test($(Checkbox.class).id("remote-location-b")).click();
        assertThat(view.form.remoteChecks.missing.getText()).contains("Sam (B)").doesNotContain("Maya");
        test(view.form.attendance).selectItem("Partner A only");
        assertThat(view.form.remoteChecks.missing.isVisible())
                .as("B is absent, A is checked")
                .isFalse();
        test(view.form.attendance).selectItem("Both partners");
        test($(Button.class).id("save-draft")).click();

        CounselingSession saved = repository.findAll().getFirst();
        assertThat(saved.content().remoteChecks())
                .isEqualTo(new PerPartner<>(new RemoteCheck(true, true), new RemoteCheck(true, false)));
        test($(Button.class).id("sign-session")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat(confirm.getElement().getProperty("message")).contains("Not confirmed yet for Sam (B)");
    }

    @Test
    void an_in_person_session_keeps_no_remote_checks() {
        SessionContent video = new SessionContent(
                today,
                null,
                50,
                SessionFormat.VIDEO,
                Attendance.A,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                new PerPartner<>(new RemoteCheck(true, true), new RemoteCheck(true, true)));
        assertThat(video.remoteChecks())
                .as("B was absent")
                .isEqualTo(new PerPartner<>(new RemoteCheck(true, true), null));

        SessionContent inPerson = new SessionContent(
                today,
                null,
                50,
                SessionFormat.IN_PERSON,
                Attendance.BOTH,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                new PerPartner<>(new RemoteCheck(true, true), null));
        assertThat(inPerson.remoteChecks()).isEqualTo(new PerPartner<RemoteCheck>(null, null));
        assertThat(inPerson.unconfirmedRemoteChecks()).isEmpty();
    }

    @Test
    void a_new_session_is_scored_under_the_current_anchors_and_an_older_one_under_its_own() {
        ScoreAnchors anchors = ScoreAnchors.shared();
        openNewSession();
        assertThat($(Paragraph.class).id("scoring-note").getText()).contains("anchors v" + anchors.current());
        IntegerField openness = $(IntegerField.class).id("score-a-emotionalSafety");
        assertThat(openness.getLabel()).startsWith(anchors.label(anchors.current(), "emotionalSafety"));
        assertThat(openness.getHelperText()).isEqualTo(anchors.question(anchors.current(), "emotionalSafety"));

        Couple imported = fixtures.importExample("continue");
        CounselingSession old = sessions.list(imported.getId()).getFirst();
        assertThat(old.getAnchorsVersion())
                .as("an older file's sessions were scored under version 1")
                .isEqualTo(1);
        navigate("couples/" + imported.getReference() + "/sessions/" + old.getId(), SessionFormView.class);
        assertThat($(Paragraph.class).id("scoring-note").getText()).contains("anchors v1");
        assertThat($(IntegerField.class).id("score-a-emotionalSafety").getLabel())
                .startsWith(anchors.label(1, "emotionalSafety"));
        assertThat($(IntegerField.class)
                        .id("score-a-emotionalSafety")
                        .getTooltip()
                        .getText())
                .startsWith("0: " + anchors.anchor(1, "emotionalSafety", "0"));

        CounselingSession created = sessions.createDraft(couple.getId(), SessionContent.startingOn(today));
        assertThat(created.getAnchorsVersion()).isEqualTo(anchors.current());
    }

    @Test
    void a_supervisor_sees_a_review_waiting_for_a_co_signature_and_co_signs_it_on_the_sessions_tab() {
        SessionContent flagged = new SessionContent(
                today.minusDays(5),
                null,
                50,
                SessionFormat.IN_PERSON,
                Attendance.BOTH,
                null,
                new Scores(5, 5, 5, null),
                new Scores(5, 5, 5, null),
                Set.of(Flag.COERCIVE_CONTROL),
                Set.of(),
                null,
                null);
        CounselingSession s = sessions.createDraft(couple.getId(), flagged);
        sessions.sign(s.getId(), s.getVersion(), flagged);
        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        today, SafetyOutcome.CONJOINT_WORK_SAFE, null, "Seen each alone; both want joint sessions."));
        String waiting = Texts.shared().get("review.cosign.needed");

        openSessionsTab();
        assertThat($(Paragraph.class).withText(waiting).all()).hasSize(1);
        assertThat($(Button.class).withCaption("Co-sign review").all())
                .as("the counselor cannot co-sign")
                .isEmpty();

        loginAs(fixtures.supervisor("Robin Okafor"));
        openSessionsTab();
        test($(Button.class).withCaption("Co-sign review").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-cosign");
        test(confirm).confirm();

        assertThat(sessions.safetyReviewStatuses(couple.getId()))
                .singleElement()
                .satisfies(st -> assertThat(st.countsAsSigned()).isTrue());
        openSessionsTab();
        assertThat($(Paragraph.class).withText(waiting).all()).isEmpty();
    }

    private void openSessionsTab() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Sessions");
    }
}
