package app.tandem.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.report.ReportService;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision dialog of the Reports tab: a safety referral is only accepted; another outcome needs a reason. */
class ReportDecisionDialogViewTest extends ViewTest {

    @Autowired
    ReportService reports;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        loginAs(fixtures.counselor("Dana Whitfield"));
    }

    private Couple example(String name) {
        return fixtures.importExample(name);
    }

    private Dialog openDialog(Couple c) {
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Reports");
        test($(Button.class).id("generate-report")).click();
        return $(Dialog.class).single();
    }

    @Test
    void under_a_safety_referral_the_dialog_offers_only_to_accept_and_says_why() throws Exception {
        Dialog dialog = openDialog(example("safety-referral"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecisionType> decision =
                $(RadioButtonGroup.class, dialog).id("report-decision");
        assertThat(decision.getListDataView().getItems()).containsExactly(DecisionType.ACCEPT);
        assertThat($(Paragraph.class, dialog)
                        .withText(Texts.shared().get("decision.r0NoOverride"))
                        .all())
                .hasSize(1);
    }

    @Test
    void another_outcome_is_chosen_with_a_reason_and_the_history_shows_it() throws Exception {
        Couple c = example("couples-therapy");
        Dialog dialog = openDialog(c);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecisionType> decision =
                $(RadioButtonGroup.class, dialog).id("report-decision");
        test(decision).selectItem("Decide on an outcome the rules cannot recommend");
        @SuppressWarnings("unchecked")
        Select<DecisionOutcome> outcome = $(Select.class, dialog).id("report-outcome");
        test(outcome).selectItem(Texts.shared().get("outcome.DISCERNMENT_COUNSELLING.label"));
        test($(Button.class, dialog).id("report-generate-confirm")).click();
        TextArea reason = $(TextArea.class, dialog).single();
        assertThat(reason.isInvalid()).as("the reason is required").isTrue();
        assertThat(reports.history(c.getId())).isEmpty();

        test(reason).setValue("Sam is leaning out; Maya wants to keep working.");
        test($(Button.class, dialog).id("report-generate-confirm")).click();

        assertThat(reports.history(c.getId()))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.finalOutcome()).isEqualTo(DecisionOutcome.DISCERNMENT_COUNSELLING));
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Reports");
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .anyMatch(t -> t.endsWith("decided: " + Texts.shared().get("outcome.DISCERNMENT_COUNSELLING.label")));
    }
}
