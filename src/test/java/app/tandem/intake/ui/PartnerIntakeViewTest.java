package app.tandem.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.intake.IntakeService;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Each partner on their own" on a couple's Overview, driven as a counselor would. */
class PartnerIntakeViewTest extends ViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    CoupleService couples;

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
    }

    private void openCouple() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
    }

    @Test
    void the_overview_prompts_for_what_is_missing_and_the_side_by_side_form_asks_no_safe_contact() {
        openCouple();

        assertThat($(Paragraph.class).id("intake-prompt").getText())
                .isEqualTo(
                        "Still to do: consent to couples work from "
                                + "Maya (A) and Sam (B); an individual session with Maya (A) and Sam (B); an IPV screen with Maya (A) and Sam (B).");
        assertThat($(Div.class).id("intake-a").getElement().getTextRecursively())
                .contains("Consent: not recorded yet")
                .contains("Seen alone: not yet")
                .contains("IPV screen: not yet");

        test($(Button.class).withCaption("Edit intake details").single()).click();
        assertThat($(Checkbox.class).withCaption("Safe to contact by e-mail").all())
                .isEmpty();
        assertThat($(TextField.class).withCaption("Contact note").all()).isEmpty();
    }

    @Test
    void consent_is_recorded_through_the_dialog_with_the_current_text_version() {
        openCouple();
        test($(Button.class).id("record-consent-b")).click();
        Dialog dialog = $(Dialog.class).id("consent-dialog");
        assertThat(dialog.getElement().getTextRecursively())
                .contains(Texts.shared().get("consent.v1.title").strip());
        @SuppressWarnings("unchecked")
        Select<ConsentMethod> method = $(Select.class, dialog).id("consent-method");
        test(method).selectItem("Said yes by video");
        test($(Button.class, dialog).id("consent-save")).click();

        assertThat(intake.status(couple.getId()).b().consent().getMethod()).isEqualTo(ConsentMethod.VERBAL_BY_VIDEO);
        assertThat($(Div.class).id("intake-b").getElement().getTextRecursively())
                .contains("Consent: Said yes by video on")
                .contains("(consent text v1)");
        assertThat($(Paragraph.class).id("intake-prompt").getText()).contains("consent to couples work from Maya (A);");
    }

    @Test
    void the_individual_record_is_audited_when_opened_and_keeps_the_safe_contact_asked_alone() {
        openCouple();
        test($(Button.class).id("open-partner-record-b")).click();
        Dialog dialog = $(Dialog.class).id("partner-record-dialog");

        assertThat(audit.findByActionOrderByIdAsc(AuditAction.PARTNER_RECORD_VIEWED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("partner=B"));
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Private to Sam")
                .doesNotContain("Maya");
        test($(Checkbox.class, dialog).id("safe-phone")).click();
        test($(TextField.class, dialog).id("safe-note")).setValue("Text only after 6 pm");
        test($(Button.class, dialog).id("save-safe-contact")).click();

        Couple stored = couples.require(couple.getId());
        assertThat(stored.getPartnerB().getSafePhone()).isTrue();
        assertThat(stored.getPartnerB().getSafeNote()).isEqualTo("Text only after 6 pm");
        assertThat(stored.getPartnerA().hasSafeContact()).isFalse();
    }

    @Test
    void a_danger_answer_shows_what_to_do_and_no_concern_then_needs_a_note() {
        openCouple();
        test($(Button.class).id("open-partner-record-a")).click();
        test($(Button.class).id("record-ipv-screen")).click();
        Dialog dialog = $(Dialog.class).id("ipv-screen-dialog");
        // Hidden at first, so looked up directly (queries find visible components only).
        Paragraph concern = (Paragraph) dialog.getChildren()
                .filter(c -> c.getId().filter("screen-concern"::equals).isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(concern.isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        Select<Boolean> afraid = $(Select.class, dialog).id("question-afraid");
        test(afraid).selectItem("Yes");
        assertThat(concern.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> conclusion = $(RadioButtonGroup.class, dialog).id("screen-conclusion");
        test(conclusion).selectItem(Texts.shared().get("intake.screen.conclusion.NO_CONCERN"));
        test($(Button.class, dialog).id("screen-save")).click();

        TextArea notes = $(TextArea.class, dialog).id("screen-notes");
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo(Texts.shared().get("intake.screen.noConcernNeedsNote"));
        assertThat(intake.status(couple.getId()).a().screenedOn()).isNull();

        test(notes).setValue("Afraid of losing her job, not of Sam.");
        test($(Button.class, dialog).id("screen-save")).click();
        assertThat(intake.status(couple.getId()).a().screenedOn()).isEqualTo(fixtures.today());
        assertThat(intake.openPartnerRecord(couple.getId(), PartnerId.A).screens())
                .singleElement()
                .satisfies(s -> assertThat(s.getNotes()).isEqualTo("Afraid of losing her job, not of Sam."));
        assertThat($(Div.class).id("intake-a").getElement().getTextRecursively())
                .contains("IPV screen: done on");
    }
}
