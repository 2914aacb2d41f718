package app.tandem.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Progress tab shows tandem-rules-2: its rule set, each partner's CSI-4 and satisfied range, and the concerns. */
class ProgressTabViewTest extends ViewTest {

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    SessionService sessions;

    @BeforeEach
    void signIn() {
        fixtures.reset();
        loginAs(fixtures.counselor("Dana Whitfield"));
    }

    /** An example couple imported with its latest session moved to today. */
    private Couple imported(String example) throws Exception {
        CaseFile file = CaseFileReader.read(Path.of("seeds/examples/" + example + ".json"));
        long days =
                ChronoUnit.DAYS.between(AssessmentEngine.latestSessionDate(file).orElseThrow(), fixtures.today());
        return transfer.importFile(CaseFileWriter.write(CaseFiles.shiftDates(file, days)));
    }

    private ProgressTab open(Couple c) {
        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Progress");
        return $(ProgressTab.class).single();
    }

    @Test
    void the_tab_names_the_rule_set_the_therapy_start_and_the_counselor_only_concerns() throws Exception {
        Couple couple = imported("cleared-safety-in-therapy");
        // An imported clearing review never clears by itself: the counselor records one in Tandem.
        LocalDate importedReview =
                sessions.safetyReviews(couple.getId()).getFirst().getDate();
        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        importedReview,
                        SafetyOutcome.CONJOINT_WORK_SAFE,
                        "Local domestic-violence advocate",
                        "Reviewed again in Tandem."));
        String text = open(couple).getElement().getTextRecursively();

        assertThat(text)
                .contains("rule set tandem-rules-2")
                .contains("couples therapy since")
                .contains("Partners moving apart: partner B has reliably improved while partner A still needs change")
                .contains("A safety concern has been recorded for this couple")
                .contains("Continuing the couples therapy under way is suggested");
    }

    @Test
    void each_partner_shows_the_latest_csi4_and_whether_they_are_in_the_satisfied_range() throws Exception {
        ProgressTab tab = open(imported("thriving"));

        @SuppressWarnings("unchecked")
        Grid<Object> partners = $(Grid.class, tab).all().stream()
                .filter(g ->
                        g.getAriaLabel().filter("Figures per partner"::equals).isPresent())
                .findFirst()
                .orElseThrow();
        // One row per figure, one column per partner (A, then B).
        assertThat(figure(partners, "CSI-4 (last 6 weeks)", 1)).isEqualTo("19");
        assertThat(figure(partners, "In the satisfied range", 2)).isEqualTo("Yes");
        assertThat(figure(partners, "Needs change", 1)).isEqualTo("No");
        assertThat(tab.getElement().getTextRecursively())
                .contains("Continuing is suggested: the couple is on track")
                .contains("The satisfied range is a CSI-4 above 13.5 from the last 6 weeks");
    }

    private String figure(Grid<Object> grid, String label, int partnerColumn) {
        var rows = test(grid);
        for (int r = 0; r < rows.size(); r++) {
            if (label.equals(rows.getCellText(r, 0))) {
                return rows.getCellText(r, partnerColumn);
            }
        }
        throw new AssertionError("no figure " + label);
    }
}
