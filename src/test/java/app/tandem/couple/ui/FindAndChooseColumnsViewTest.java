package app.tandem.couple.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.couple.CaseloadColumnsService;
import app.tandem.couple.CaseloadRow;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.contextmenu.MenuItem;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: the top bar's search (access-checked in the service) and the caseload's remembered column chooser. */
class FindAndChooseColumnsViewTest extends ViewTest {

    @Autowired
    CaseloadColumnsService columns;

    Counselor dana;
    Counselor lee;
    Couple rivera;
    Couple other;

    @BeforeEach
    void practice() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Finder");
        lee = fixtures.counselor("Lee Finder");
        rivera = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        other = fixtures.couple(lee, "Nora", "Rivera", "Tom", "Okafor");
        fixtures.logout();
    }

    private ComboBoxTester<ComboBox<CaseloadRow>, CaseloadRow> search() {
        ComboBox<CaseloadRow> box = $(CoupleSearch.class).single();
        return new ComboBoxTester<>(box);
    }

    @Test
    void the_search_finds_an_own_couple_by_last_name_and_by_reference_and_opens_it() {
        loginAs(dana);
        navigate(CaseloadView.class);
        search().setFilter("rivera");
        // Lee's couple with the same last name stays invisible to Dana.
        assertThat(search().getSuggestions()).containsExactly(rivera.getReference() + " · Maya Rivera & Sam Chen");
        search().selectItem(rivera.getReference() + " · Maya Rivera & Sam Chen");
        assertThat(getCurrentView()).isInstanceOf(CoupleDetailView.class);

        search().setFilter(rivera.getReference());
        assertThat(search().getSuggestions()).hasSize(1);
        search().setFilter(other.getReference());
        assertThat(search().getSuggestions()).isEmpty();
    }

    @Test
    void a_supervisor_finds_any_couple() {
        loginAs(fixtures.supervisor("Robin Finder"));
        navigate(CaseloadView.class);
        search().setFilter("Rivera");
        assertThat(search().getSuggestions()).hasSize(2);
    }

    @Test
    void the_key_columns_always_show_and_the_chosen_ones_are_remembered_per_counselor() {
        loginAs(dana);
        CaseloadView view = navigate(CaseloadView.class);
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
                .containsExactly("reference", "partners", "status", "recommendation", "last-session", "next-due");
        MenuItem adherence = $(MenuItem.class).id("column-adherence");
        // In the browser a click first toggles the check (a DOM listener of the menu item), then
        // the item's click listeners run; the tester fires only the latter.
        adherence.setChecked(true);
        test(adherence).click();
        assertThat(view.optional.get("adherence").isVisible()).isTrue();
        assertThat(columns.shown()).contains(Set.of("adherence"));

        CaseloadView again = navigate(CaseloadView.class);
        assertThat(again.optional.get("adherence").isVisible()).isTrue();
        assertThat(again.optional.get("weeks").isVisible()).isFalse();

        loginAs(lee);
        CaseloadView lees = navigate(CaseloadView.class);
        assertThat(lees.optional.get("adherence").isVisible()).isFalse();
        assertThat(columns.shown()).isEmpty();
    }
}
