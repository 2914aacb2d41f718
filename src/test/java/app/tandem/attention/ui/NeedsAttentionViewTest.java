package app.tandem.attention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.attention.AttentionCategory;
import app.tandem.attention.AttentionRow;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NeedsAttentionViewTest extends ViewTest {

    @Autowired
    SessionService sessions;

    Counselor dana;
    Counselor lee;
    Couple safety;
    Couple quiet;
    Couple lees;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        safety = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        SessionContent flagged = new SessionContent(
                fixtures.today().minusDays(1),
                LocalTime.of(17, 0),
                60,
                null,
                null,
                new CaseFile.Note("Seen together.", null, null, null),
                new Scores(6, 6, 6, null),
                new Scores(6, 6, 6, null),
                Set.of(Flag.FEAR_OF_PARTNER),
                null,
                null,
                null);
        CounselingSession draft = sessions.createDraft(safety.getId(), flagged);
        sessions.sign(draft.getId(), draft.getVersion(), flagged);
        quiet = fixtures.couple(dana, "Ana", "Lopez", "Ben", "Okoro");
        lees = fixtures.couple(lee, "Ines", "Juniper", "Kaia", "Larchmont");
    }

    @Test
    void the_home_route_is_needs_attention_with_counts_per_category_and_the_most_urgent_couple_first() {
        loginAs(dana);
        NeedsAttentionView view = navigate("", NeedsAttentionView.class);

        assertThat(view.all.getText()).isEqualTo("All (2)");
        assertThat(view.categoryButtons.get(AttentionCategory.ACTIVE_SAFETY).getText())
                .isEqualTo("Safety flag (1)");
        assertThat(view.categoryButtons.get(AttentionCategory.NO_RECENT_SESSION).getText())
                .isEqualTo("No session in 3 weeks (1)");
        assertThat(view.categoryButtons.get(AttentionCategory.URGENT).getText()).isEqualTo("Urgent deterioration (0)");
        assertThat(view.categoryButtons.get(AttentionCategory.URGENT).isEnabled())
                .isFalse();
        assertThat(view.counselor.isAttached())
                .as("no counselor filter for a counselor")
                .isFalse();
        assertThat(view.emptyState.isVisible()).isFalse();

        assertThat(rows(view))
                .extracting(AttentionRow::reference)
                .containsExactly(safety.getReference(), quiet.getReference());
        assertThat(badges(test(view.grid).getCellComponent(0, 2)))
                .containsExactly(
                        "Safety flag active (signed or on a draft): no safety review has cleared it",
                        "Recommendation is now Safety referral: no report yet");
        assertThat(test(view.grid).getCellText(1, 1)).isEqualTo("Ana Lopez & Ben Okoro");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Dana Whitfield");
    }

    @Test
    void a_category_button_filters_the_list_and_all_shows_everything_again() {
        loginAs(dana);
        NeedsAttentionView view = navigate(NeedsAttentionView.class);

        test(view.categoryButtons.get(AttentionCategory.NO_RECENT_SESSION)).click();
        assertThat(rows(view)).extracting(AttentionRow::reference).containsExactly(quiet.getReference());
        assertThat(view.categoryButtons
                        .get(AttentionCategory.NO_RECENT_SESSION)
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        test(view.categoryButtons.get(AttentionCategory.ACTIVE_SAFETY)).click();
        assertThat(rows(view)).extracting(AttentionRow::reference).containsExactly(safety.getReference());

        test(view.all).click();
        assertThat(rows(view)).hasSize(2);
    }

    @Test
    void the_reference_links_to_the_couples_page() {
        loginAs(dana);
        NeedsAttentionView view = navigate(NeedsAttentionView.class);
        Component cell = test(view.grid).getCellComponent(0, 0);
        assertThat(cell).isInstanceOf(RouterLink.class);
        assertThat(test((RouterLink) cell).getHref()).isEqualTo("couples/" + safety.getReference());
    }

    @Test
    void a_supervisor_sees_the_practice_and_can_narrow_it_to_one_counselor() {
        Counselor sup = fixtures.supervisor("Robin Okafor");
        loginAs(sup);
        NeedsAttentionView view = navigate(NeedsAttentionView.class);
        assertThat(view.all.getText()).isEqualTo("All (3)");

        test(view.counselor).selectItem("Lee Marsh");
        assertThat(view.all.getText()).isEqualTo("All (1)");
        assertThat(rows(view)).extracting(AttentionRow::reference).containsExactly(lees.getReference());
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Lee Marsh");
    }

    @Test
    void a_counselor_with_nothing_to_act_on_sees_the_empty_state() {
        Counselor fresh = fixtures.counselor("Kofi Mensah");
        loginAs(fresh);
        NeedsAttentionView view = navigate(NeedsAttentionView.class);
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).isEqualTo(Texts.shared().get("attention.empty"));
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.all.getText()).isEqualTo("All (0)");
    }

    private static List<AttentionRow> rows(NeedsAttentionView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    private static List<String> badges(Component cell) {
        return ((Div) cell).getChildren().map(c -> ((Span) c).getText()).toList();
    }
}
