package app.tandem.outcomes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outcomes screen: every figure as a chart with its numbers one click away; the counselor filter for supervisors only. */
class OutcomesViewTest extends ViewTest {

    Counselor dana;

    @BeforeEach
    void practice() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Outcomes");
        fixtures.couple(dana, "Ada", "One", "Ben", "One");
        fixtures.session(fixtures.couple(dana, "Cy", "Two", "Di", "Two"), true);
        fixtures.logout();
    }

    @Test
    void a_counselor_sees_their_own_figures_without_a_counselor_filter() {
        loginAs(dana);
        OutcomesView view = navigate(OutcomesView.class);
        assertThat(view.counselor.isAttached()).isFalse();
        assertThat($(Svg.class, view.figures).all()).hasSize(5);
        assertThat($(Details.class, view.figures).all())
                .hasSize(5)
                .allMatch(d -> d.getSummaryText().equals("The numbers"));
        assertThat(view.figures.getElement().getTextRecursively())
                .contains("1 couple seen")
                .contains("Reliable change per partner")
                .contains("Homework adherence")
                .contains("Current recommendations")
                .contains("Escalations and their outcome")
                .contains("No partner seen in the period is reliably improved yet.");
    }

    @Test
    void a_supervisor_can_narrow_to_one_counselor() {
        loginAs(fixtures.supervisor("Robin Outcomes"));
        OutcomesView view = navigate(OutcomesView.class);
        assertThat(view.counselor.isAttached()).isTrue();
        test(view.counselor).selectItem("Dana Outcomes");
        assertThat(view.figures.getElement().getTextRecursively()).contains("1 couple seen");
        test(view.period).selectItem("Last 3 months");
        assertThat(view.figures.getElement().getTextRecursively()).contains("1 couple seen");
    }
}
