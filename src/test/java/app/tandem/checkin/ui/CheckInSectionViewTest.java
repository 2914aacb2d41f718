package app.tandem.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInService;
import app.tandem.checkin.CheckInTokens;
import app.tandem.checkin.FeelsSafe;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counselor's side: making a link on the Overview, and reading what came back. */
class CheckInSectionViewTest extends ViewTest {

    @Autowired
    CheckInLinkService links;

    @Autowired
    CheckInService checkIns;

    @Autowired
    JdbcTemplate jdbc;

    Counselor dana;
    Couple couple;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Lindqvist", "Samir", "Oduya");
        loginAs(dana);
    }

    @Test
    void a_new_link_is_shown_once_with_a_qr_code_and_only_its_hash_is_kept() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(Button.class).id("check-in-create-B")).click();
        String url = $(TextField.class).id("check-in-new-link").getValue();
        assertThat(url).matches(".*/c/[A-Za-z0-9_-]{43}$");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("SELECT token_hash FROM check_in_link WHERE partner = 'B'", String.class))
                .isEqualTo(CheckInTokens.hash(token))
                .isNotEqualTo(token);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM check_in_link WHERE token_hash LIKE ?",
                        Long.class,
                        "%" + token.substring(0, 10) + "%"))
                .isZero();
        assertThat(CheckInSection.printable(url, "12 Dec 2026"))
                .contains("<svg", url, "Valid until 12 Dec 2026")
                .doesNotContain("Maya", "Samir");

        // A second link for B withdraws the first.
        test($(Button.class).id("check-in-create-B")).click();
        assertThat(checkIns.lookup(token)).isEmpty();
    }

    @Test
    void the_progress_tab_shows_check_ins_in_a_chart_of_their_own_without_the_safety_answer() {
        String token = links.create(couple.getId(), PartnerId.A).token();
        checkIns.save(
                token, "198.51.100.4", new CheckInAnswers(FeelsSafe.NOT_SURE, 6, 5, 4, 15, Map.of(), Map.of(), null));
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        com.vaadin.flow.component.tabs.TabSheet tabs =
                $(com.vaadin.flow.component.tabs.TabSheet.class).id("couple-tabs");
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Progress")) {
                tabs.setSelectedIndex(i);
            }
        }
        Div section = $(Div.class).id("check-in-progress");
        assertThat(section.getElement().getTextRecursively())
                .contains("Client-reported check-ins")
                .doesNotContain("feel safe", "not sure");
        com.vaadin.flow.component.grid.Grid<?> numbers = (com.vaadin.flow.component.grid.Grid<?>) section.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.grid.Grid)
                .findFirst()
                .orElseThrow();
        assertThat(numbers.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(numbers.getColumns()).extracting(c -> c.getHeaderText()).doesNotContain("Safe", "Feels safe");
    }

    @Test
    void an_unread_check_in_shows_in_that_partners_column_only_and_not_safe_pauses_the_couple() {
        String token = links.create(couple.getId(), PartnerId.A).token();
        checkIns.save(
                token,
                "198.51.100.4",
                new CheckInAnswers(FeelsSafe.NOT_SAFE, 2, 3, 4, null, Map.of(), Map.of(), "Needs to talk alone"));
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        assertThat($(Div.class).id("check-in-A").getElement().getTextRecursively())
                .contains("Needs to talk alone")
                .contains("do not feel safe");
        assertThat($(Div.class).id("check-in-B").getElement().getTextRecursively())
                .doesNotContain("Needs to talk alone")
                .doesNotContain("feel safe");
        assertThat($(Paragraph.class).id("check-in-paused").getText()).startsWith("Paused");
    }
}
