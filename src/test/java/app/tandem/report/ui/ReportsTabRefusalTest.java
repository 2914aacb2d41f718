package app.tandem.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reports tab of a couple whose draft note carries a safety flag: no client report, and why. */
class ReportsTabRefusalTest extends ViewTest {

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    ReportService reports;

    Counselor dana;
    Couple couple;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
        CaseFile file;
        try (InputStream in = getClass().getResourceAsStream("/seeds/examples/unsigned-safety-flag.json")) {
            file = CaseFileReader.read(in);
        }
        LocalDate latest = AssessmentEngine.latestSessionDate(file).orElseThrow();
        couple = transfer.importFile(
                CaseFileWriter.write(CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, fixtures.today()))));
        loginAs(dana);
    }

    @Test
    void the_tab_offers_no_client_report_says_why_and_still_makes_the_counselor_report() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Reports");
        String refusal = Texts.shared().get("clientReport.refusedUnsignedSafetyFlag");
        assertThat($(Div.class).id("client-report-refused").getElement().getTextRecursively())
                .contains(refusal);

        test($(Button.class).id("generate-report")).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat($(Div.class, dialog).id("no-client-report").getElement().getTextRecursively())
                .contains("Only the counselor report will be made")
                .contains(refusal);
        test($(Button.class, dialog).id("report-generate-confirm")).click();

        assertThat($(Anchor.class).withId("download-counselor-report").all()).hasSize(1);
        assertThat($(Anchor.class).withId("download-client-report").all()).isEmpty();
        assertThat($(Div.class).id("report-result").getElement().getTextRecursively())
                .contains(refusal);
        assertThat(reports.history(couple.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.audience()).isEqualTo(CaseFile.Audience.COUNSELOR));
    }
}
