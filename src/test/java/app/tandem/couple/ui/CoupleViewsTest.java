package app.tandem.couple.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.ui.ConflictNotice;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleRepository;
import app.tandem.couple.CoupleService;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoupleViewsTest extends ViewTest {

    @Autowired
    CoupleRepository couples;

    @Autowired
    CoupleService coupleService;

    Counselor dana;

    @BeforeEach
    void signIn() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        loginAs(dana);
    }

    private void click(String caption) {
        test($(Button.class).withCaption(caption).single()).click();
    }

    @Test
    void a_new_counselor_sees_an_empty_caseload_that_says_what_to_do() {
        CaseloadView view = navigate(CaseloadView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void creating_a_couple_opens_its_page_and_lists_it_in_the_caseload() {
        NewCoupleView view = navigate(NewCoupleView.class);
        test(view.form.a.firstName).setValue("Maya");
        test(view.form.a.lastName).setValue("Rivera");
        test(view.form.b.firstName).setValue("Sam");
        test(view.form.b.lastName).setValue("Chen");
        test(view.form.a.email).setValue("maya@example.org");
        test(view.save).click();
        assertThat(getCurrentView()).isInstanceOf(CoupleDetailView.class);
        Couple created = couples.findAll().getFirst();
        assertThat(created.getPartnerA().getEmail()).isEqualTo("maya@example.org");
        CaseloadView caseload = navigate(CaseloadView.class);
        assertThat(test(caseload.grid).size()).isEqualTo(1);
    }

    @Test
    void empty_names_and_a_bad_email_are_refused_with_sentences_and_nothing_is_saved() {
        NewCoupleView view = navigate(NewCoupleView.class);
        test(view.form.a.firstName).setValue("Maya");
        test(view.form.b.lastName).setValue("Chen");
        test(view.form.b.email).setValue("not an address");
        test(view.save).click();
        assertThat(view.form.a.lastName.isInvalid()).isTrue();
        assertThat(view.form.a.lastName.getErrorMessage()).isEqualTo("Enter partner A's last name.");
        assertThat(view.form.b.firstName.getErrorMessage()).isEqualTo("Enter partner B's first name.");
        assertThat(view.form.b.email.isInvalid()).isTrue();
        assertThat(view.form.b.email.getErrorMessage()).contains("e-mail address");
        assertThat(couples.count()).isZero();
        assertThat(getCurrentView()).isInstanceOf(NewCoupleView.class);
    }

    @Test
    void editing_saves_the_intake_details() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        OverviewTab overview = $(OverviewTab.class).single();
        test(overview.edit).click();
        test(overview.form.goals).setValue("Weekly protected time\nTalk about in-laws calmly");
        click("Save changes");
        assertThat(coupleService.require(c.getId()).getGoals())
                .containsExactly("Weekly protected time", "Talk about in-laws calmly");
    }

    @Test
    void a_stale_save_shows_the_conflict_message_and_keeps_what_was_typed() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        OverviewTab overview = $(OverviewTab.class).single();
        test(overview.edit).click();
        test(overview.form.goals).setValue("My goal, typed in this form");
        // Someone else saves the same couple meanwhile.
        CoupleDetails theirs = CoupleDetails.of(coupleService.require(c.getId()));
        coupleService.update(
                c.getId(),
                new CoupleDetails(
                        theirs.intakeDate(),
                        theirs.partnerA(),
                        theirs.partnerB(),
                        theirs.withdrawalOnset(),
                        theirs.pursuer(),
                        theirs.signs(),
                        theirs.stressors(),
                        theirs.stressorOther(),
                        "Their note",
                        theirs.goals(),
                        theirs.secretsPolicy(),
                        theirs.childrenInHousehold(),
                        theirs.version()));
        click("Save changes");
        assertThat(overview.conflict.isVisible()).isTrue();
        assertThat(overview.conflict.getElement().getTextRecursively()).contains("Someone else saved");
        assertThat(overview.form.goals.getValue()).isEqualTo("My goal, typed in this form");
        assertThat(coupleService.require(c.getId()).getContextNotes()).isEqualTo("Their note");
        assertThat(coupleService.require(c.getId()).getGoals()).doesNotContain("My goal, typed in this form");
    }

    /** Opens the couple's page and its status dialog, with {@code status} chosen as the new status. */
    private Dialog statusDialog(Couple c, String status) {
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        test($(OverviewTab.class).single().changeStatus).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Select<CoupleStatus> select = $(Select.class, dialog).single();
        test(select).selectItem(status);
        return dialog;
    }

    @Test
    void a_status_change_that_loses_the_race_shows_the_conflict_notice_in_the_dialog() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Dialog dialog = statusDialog(c, "Paused");
        test($(TextField.class, dialog).withCaption("Reason").single()).setValue("Travelling for a month");
        // Someone else pauses the same couple meanwhile.
        coupleService.changeStatus(
                c.getId(),
                coupleService.require(c.getId()).getVersion(),
                new CoupleService.StatusChange(CoupleStatus.PAUSED, "Their reason", "", null, null, ""));
        test($(Button.class, dialog).withCaption("Change status").single()).click();
        ConflictNotice conflict = $(ConflictNotice.class, dialog).single();
        assertThat(conflict.getElement().getTextRecursively()).contains("Someone else saved");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(coupleService.history(c.getId()))
                .extracting(h -> h.getReason())
                .doesNotContain("Travelling for a month");
    }

    @Test
    void closing_asks_for_a_reason_and_a_summary() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Dialog dialog = statusDialog(c, "Closed");
        test($(Button.class, dialog).withCaption("Change status").single()).click();
        TextField reason = $(TextField.class, dialog).withCaption("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue("Goals met");
        test($(TextArea.class, dialog).withCaption("Closing summary").single())
                .setValue("Both keep a weekly appointment.");
        test($(Button.class, dialog).withCaption("Change status").single()).click();
        assertThat(coupleService.require(c.getId()).getStatus()).isEqualTo(CoupleStatus.CLOSED);
        assertThat(coupleService.require(c.getId()).getClosingSummary()).isEqualTo("Both keep a weekly appointment.");
    }

    @Test
    void the_first_attended_session_of_a_referral_is_recorded_from_the_overview_and_a_future_date_is_refused() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        coupleService.addReferral(
                c.getId(), ReferralType.COUPLES_THERAPY, fixtures.today().minusWeeks(3), "EFT therapist", null, null);
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        assertThat($(OverviewTab.class).single().getElement().getTextRecursively())
                .contains("first session not recorded yet");

        click("Record first session");
        Dialog dialog = $(Dialog.class).single();
        DatePicker date = $(DatePicker.class, dialog).single();
        test(date).setValue(fixtures.today().plusDays(2));
        test($(Button.class, dialog).withCaption("Save").single()).click();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("cannot be in the future");
        assertThat(coupleService.referrals(c.getId()).get(0).getFirstSessionOn())
                .isNull();

        test(date).setValue(fixtures.today().minusWeeks(1));
        test($(Button.class, dialog).withCaption("Save").single()).click();
        assertThat(coupleService.referrals(c.getId()).get(0).getFirstSessionOn())
                .isEqualTo(fixtures.today().minusWeeks(1));
    }

    @Test
    void a_referral_can_be_added_with_its_first_session_already_known() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        click("Add referral");
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Select<ReferralType> type = $(Select.class, dialog).single();
        test(type).selectItem(Labels.of(ReferralType.COUPLES_THERAPY));
        test($(DatePicker.class, dialog).withCaption("Date").single())
                .setValue(fixtures.today().minusWeeks(4));
        test($(DatePicker.class, dialog).all().get(1)).setValue(fixtures.today().minusWeeks(2));
        test($(Button.class, dialog).withCaption("Add referral").single()).click();
        assertThat(coupleService.referrals(c.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getFirstSessionOn())
                        .isEqualTo(fixtures.today().minusWeeks(2)));
    }

    @Test
    void a_supervisor_reassigns_a_couple_and_a_counselor_has_no_reassign_button() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Counselor lee = fixtures.counselor("Lee Marsh");
        loginAs(dana);
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        assertThat($(Button.class).withCaption("Reassign").all()).isEmpty();

        loginAs(fixtures.supervisor("Robin Okafor"));
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        click("Reassign");
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Counselor> counselor = $(ComboBox.class, dialog).single();
        test(counselor).selectItem("Lee Marsh");
        test($(Button.class, dialog).withCaption("Reassign").single()).click();
        assertThat(couples.findWithCounselor(c.getId())
                        .orElseThrow()
                        .getCounselor()
                        .getId())
                .isEqualTo(lee.getId());
    }

    @Autowired
    app.tandem.audit.AuditEventRepository audit;

    @Test
    void opening_a_couple_is_one_audited_view() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        loginAs(dana);
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("COUPLE", c.getReference()))
                .filteredOn(e -> e.getAction() == app.tandem.audit.AuditAction.COUPLE_VIEWED)
                .hasSize(1);
    }

    @Test
    void another_counselors_couple_by_url_shows_not_found() {
        Couple c = fixtures.couple(fixtures.counselor("Lee Marsh"), "Ana", "Lopez", "Ben", "Okoro");
        loginAs(dana);
        try {
            navigate("couples/" + c.getReference(), Component.class);
        } catch (RuntimeException expected) {
            // Browserless reports the rerouted navigation; the couple's page must not show either way.
        }
        assertThat(getCurrentView()).isNotInstanceOf(CoupleDetailView.class);
        assertThat(List.of(getCurrentView().getElement().getTextRecursively())).noneMatch(t -> t.contains("Lopez"));
    }
}
