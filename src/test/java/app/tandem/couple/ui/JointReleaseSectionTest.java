package app.tandem.couple.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.JointReleaseService;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The other partner's authorisation to release joint records, recorded and withdrawn on the Overview. */
class JointReleaseSectionTest extends ViewTest {

    @Autowired
    JointReleaseService consents;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Couple couple;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        loginAs(dana);
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
    }

    private String section() {
        return $(Div.class).id("joint-release").getElement().getTextRecursively();
    }

    @Test
    void an_authorisation_is_recorded_with_its_date_and_how_it_was_given_then_withdrawn() {
        assertThat(section()).contains("Not recorded: the joint records stay out of partner A's copy");
        test($(Button.class).id("record-release")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).id("release-partner")).selectItem("Sam Chen (B), for partner A's copy");
        test($(DatePicker.class, dialog).id("release-given-on"))
                .setValue(fixtures.today().minusDays(2));
        test($(Button.class, dialog).id("release-save")).click();
        assertThat($(TextField.class, dialog).id("release-how").isInvalid()).isTrue();
        assertThat(consents.consentOf(couple.getId(), PartnerId.B)).isEmpty();

        test($(TextField.class, dialog).id("release-how")).setValue("Signed form at the session");
        test($(Button.class, dialog).id("release-save")).click();

        assertThat(section())
                .contains("Sam Chen (B): Authorised on")
                .contains("(Signed form at the session)")
                .contains("recorded by " + dana.getEmail());
        assertThat(consents.consentOf(couple.getId(), PartnerId.B))
                .get()
                .satisfies(c ->
                        assertThat(c.getGivenOn()).isEqualTo(fixtures.today().minusDays(2)));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.JOINT_RELEASE_RECORDED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("partner=B"));

        test($(Button.class).id("withdraw-release-b")).click();
        assertThat(consents.consentOf(couple.getId(), PartnerId.B)).isEmpty();
        assertThat(section()).contains("Sam Chen (B): Not recorded");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.JOINT_RELEASE_WITHDRAWN))
                .hasSize(1);
    }

    @Test
    void an_authorisation_cannot_be_dated_in_the_future() {
        test($(Button.class).id("record-release")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).id("release-partner"))
                .selectItem("Maya Rivera (A), for partner B's copy");
        test($(DatePicker.class, dialog).id("release-given-on"))
                .setValue(fixtures.today().plusDays(1));
        test($(TextField.class, dialog).id("release-how")).setValue("e-mail");
        test($(Button.class, dialog).id("release-save")).click();

        assertThat($(DatePicker.class, dialog).id("release-given-on").getErrorMessage())
                .contains("future");
        assertThat(consents.consents(couple.getId())).isEmpty();
    }
}
