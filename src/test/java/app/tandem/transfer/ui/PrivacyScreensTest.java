package app.tandem.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.couple.JointReleaseService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.Counselor;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.ViewTest;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screens a counselor opens for one partner's data-access request, the supervisor's release
 * and erasure, and the Progress tab's joint part under each secrets policy, in Browserless.
 */
class PrivacyScreensTest extends ViewTest {

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    JointReleaseService consents;

    @Autowired
    CoupleService couples;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor robin;
    Couple couple;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        couple = fixtures.importAs(dana, EveryRecordCouple.json());
        loginAs(dana);
    }

    private void openTab(String label) {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select(label);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private Dialog openCopyDialog(PartnerId partner) {
        openTab("Case file");
        test($(Button.class).id("prepare-access-" + partner.name().toLowerCase()))
                .click();
        return $(Dialog.class).id("access-copy-dialog");
    }

    @Test
    void the_screens_for_partner_As_request_show_nothing_of_partner_B() {
        consents.record(couple.getId(), PartnerId.B, LocalDate.of(2026, 11, 2), "signed form at the session");
        loginAs(dana);
        Dialog dialog = openCopyDialog(PartnerId.A);
        Component tab = $(Button.class)
                .id("prepare-access-a")
                .getParent()
                .orElseThrow()
                .getParent()
                .orElseThrow();
        String shown = text(tab) + "\n" + text(dialog);

        assertThat(EveryRecordCouple.B_STRINGS)
                .allSatisfy(s -> assertThat(shown).doesNotContain(s));
        Stream.of(EveryRecordCouple.SAFETY_STRINGS, EveryRecordCouple.NEVER_STRINGS)
                .flatMap(List::stream)
                .forEach(s -> assertThat(shown).doesNotContain(s));
        assertThat(text($(UnorderedList.class, dialog).id("access-holds")))
                .contains("private notes of partner A")
                .contains("joint sessions with their shared notes");
        assertThat(text($(UnorderedList.class, dialog).id("access-left-out")))
                .contains("partner B's name")
                .contains("private notes of partner B")
                .contains("a supervisor can release them");
        assertThat(shown)
                .contains("Joint note: a tense start, both spoke about the evenings.")
                .contains("Read the joint notes yourself before release");
        assertThat($(Button.class, dialog).withId("release-safety").all())
                .as("a counselor cannot release")
                .isEmpty();
    }

    @Test
    void without_the_other_partners_authorisation_the_summary_says_so_and_shows_no_joint_note() {
        Dialog dialog = openCopyDialog(PartnerId.B);

        assertThat(text($(UnorderedList.class, dialog).id("access-left-out")))
                .contains("partner A has not authorised their release");
        assertThat(text(dialog)).doesNotContain("Joint note:").contains("This copy holds no joint notes.");
    }

    @Test
    void a_supervisor_releases_the_safety_records_after_a_dialog_that_names_them_and_takes_a_reason() {
        loginAs(robin);
        Dialog dialog = openCopyDialog(PartnerId.A);
        test($(Button.class, dialog).id("release-safety")).click();
        Dialog confirm = $(Dialog.class).id("release-safety-dialog");
        assertThat(text(confirm))
                .contains("safety flags: 2")
                .contains("safety reviews with their safety plans: 1")
                .contains("domestic-violence referrals: 1");

        test($(Button.class, confirm).id("release-safety-confirm")).click();
        assertThat($(TextArea.class, confirm).single().isInvalid()).isTrue();
        assertThat(confirm.isOpened()).isTrue();

        test($(TextArea.class, confirm).single()).setValue("Requested by her solicitor for the hearing");
        test($(Button.class, confirm).id("release-safety-confirm")).click();

        assertThat(text(dialog))
                .contains("Safety records released into this copy")
                .contains("safety flags, released by a supervisor");
        AccessCopyDialog open = (AccessCopyDialog) dialog;
        transfer.exportAccessCopy(couple.getId(), PartnerId.A, open.release());
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SAFETY_RELEASED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("Requested by her solicitor for the hearing"));
    }

    @Test
    void a_supervisor_erases_a_partner_from_the_case_file_tab_and_the_page_shows_the_pseudonym() {
        loginAs(robin);
        openTab("Case file");
        test($(Button.class).id("erase-partner")).click();
        Dialog dialog = $(Dialog.class).id("erasure-dialog");
        assertThat(text(dialog)).contains("Text that a joint note").contains("not rewritten");
        test($(Button.class, dialog).id("erasure-confirm")).click();
        assertThat($(RadioButtonGroup.class, dialog).single().isInvalid()).isTrue();

        test($(RadioButtonGroup.class, dialog).single()).selectItem("Partner B");
        test($(DatePicker.class, dialog).single()).setValue(fixtures.today());
        test($(Button.class, dialog).id("erasure-confirm")).click();

        assertThat(couples.require(couple.getId()).getPartnerB().fullName()).isEqualTo("Partner B");
        openTab("Case file");
        assertThat(text($(Button.class)
                        .id("prepare-access-a")
                        .getParent()
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()))
                .contains("Partner B's data was erased");
    }

    @Test
    void a_counselor_is_not_offered_the_erasure() {
        openTab("Case file");
        assertThat($(Button.class).withId("erase-partner").all()).isEmpty();
    }

    @Test
    void the_joint_charts_hold_individual_sessions_only_under_a_no_secrets_policy() {
        openTab("Progress");
        assertThat($(Div.class).withId("individual-sessions").all()).hasSize(1);

        CoupleDetails details = CoupleDetails.of(couples.require(couple.getId()));
        couples.update(
                couple.getId(),
                new CoupleDetails(
                        details.intakeDate(),
                        details.partnerA(),
                        details.partnerB(),
                        details.withdrawalOnset(),
                        details.pursuer(),
                        details.signs(),
                        details.stressors(),
                        details.stressorOther(),
                        details.contextNotes(),
                        details.goals(),
                        SecretsPolicy.NO_SECRETS,
                        details.childrenInHousehold(),
                        details.version()));
        openTab("Progress");
        assertThat($(Div.class).withId("individual-sessions").all()).isEmpty();
    }
}
