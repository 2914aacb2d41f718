package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.CaseFiles;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemTest
class ReportServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReportService reports;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
    }

    /** Imports an example moved so that its latest session is today, as the demo does. */
    Couple example(String name) throws Exception {
        CaseFile file;
        try (InputStream in = getClass().getResourceAsStream("/seeds/examples/" + name + ".json")) {
            file = CaseFileReader.read(in);
        }
        LocalDate latest =
                app.tandem.assessment.AssessmentEngine.latestSessionDate(file).orElseThrow();
        return transfer.importFile(
                CaseFileWriter.write(CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, fixtures.today()))));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    @Test
    void accepting_makes_a_counselor_and_a_client_report_kept_byte_for_byte() throws Exception {
        Couple c = example("couples-therapy");
        ReportService.Generated g =
                reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        assertThat(g.clientReport()).isNotNull();
        assertThat(g.clientRefusal()).isNull();
        byte[] first = reports.download(g.counselorReport().getId()).getPdf();
        byte[] again = reports.download(g.counselorReport().getId()).getPdf();
        assertThat(again).isEqualTo(first);
        assertThat(g.counselorReport().getInputsDigest()).hasSize(64);
        assertThat(text(first)).contains("R3");
        assertThat(reports.history(c.getId())).hasSize(2);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.REPORT_GENERATED)).hasSize(2);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.REPORT_DOWNLOADED))
                .hasSize(2);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.REPORT_DECISION)).hasSize(1);
    }

    @Test
    void the_counselor_report_lists_check_ins_in_a_table_of_their_own_and_the_client_report_shows_none()
            throws Exception {
        CaseFile file = app.tandem.casefile.CaseFileCheckInsTestAccess.safe();
        LocalDate latest =
                app.tandem.assessment.AssessmentEngine.latestSessionDate(file).orElseThrow();
        Couple c = transfer.importFile(
                CaseFileWriter.write(CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, fixtures.today()))));

        ReportService.Generated g =
                reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));

        String counselor =
                text(reports.download(g.counselorReport().getId()).getPdf()).replaceAll("\\s+", " ");
        assertThat(counselor)
                .containsSubsequence(
                        "The numbers behind the charts",
                        "Reported by partner between sessions",
                        "(A) 6 5 7 14 Yes",
                        "(B) 4 – 5 – Yes");
        String client =
                text(reports.download(g.clientReport().getId()).getPdf()).replaceAll("\\s+", " ");
        assertThat(client)
                .doesNotContain("Reported by partner")
                .doesNotContain("Feels safe")
                .doesNotContain("Calmer week")
                .doesNotContain("Went walking");
    }

    @Test
    void an_override_needs_a_reason_and_the_client_report_states_the_final_recommendation() throws Exception {
        Couple c = example("couples-therapy");
        assertThatThrownBy(() -> reports.generate(
                        c.getId(),
                        new ReportService.DecisionRequest(DecisionType.OVERRIDE, Recommendation.CONTINUE, " ")))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("why");
        assertThatThrownBy(() -> reports.generate(
                        c.getId(),
                        new ReportService.DecisionRequest(
                                DecisionType.OVERRIDE, Recommendation.COUPLES_THERAPY, "same")))
                .isInstanceOf(ValidationFailure.class);
        ReportService.Generated g = reports.generate(
                c.getId(),
                new ReportService.DecisionRequest(
                        DecisionType.OVERRIDE,
                        Recommendation.CONTINUE,
                        "Both asked for four more weeks before a referral; contempt eased in the last session."));
        assertThat(g.clientReport().getFinalRecommendation()).isEqualTo(Recommendation.CONTINUE);
        String counselorText =
                text(reports.download(g.counselorReport().getId()).getPdf());
        assertThat(counselorText).contains("four more weeks");
        List<ReportRow> history = reports.history(c.getId());
        assertThat(history).allMatch(r -> r.finalRecommendation() == Recommendation.CONTINUE);
    }

    @Test
    void under_a_safety_referral_no_client_report_is_made_and_the_counselor_is_told_why() throws Exception {
        Couple c = example("safety-referral");
        ReportService.Generated g =
                reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        assertThat(g.clientReport()).isNull();
        assertThat(g.clientRefusal()).isNotBlank();
        assertThat(reports.history(c.getId())).hasSize(1);
    }

    @Test
    void another_counselor_cannot_generate_or_download() throws Exception {
        Couple c = example("continue");
        ReportService.Generated g =
                reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        fixtures.loginAs(fixtures.counselor("Lee Marsh"));
        assertThatThrownBy(() -> reports.download(g.counselorReport().getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reports.recent(org.springframework.data.domain.PageRequest.of(0, 10))
                        .getContent())
                .isEmpty();
    }

    @Test
    void a_batch_makes_one_counselor_report_per_active_couple_in_a_zip() throws Exception {
        Couple a = example("continue");
        Couple b = example("on-track");
        List<Integer> progress = new java.util.ArrayList<>();
        byte[] zip = reports.batch(List.of(a.getId(), b.getId()), progress::add);
        assertThat(progress).containsExactly(1, 2);
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(text(in.readAllBytes())).contains("Page 1 of");
            }
        }
        assertThat(names).hasSize(2).allMatch(n -> n.endsWith(".pdf"));
    }

    @Test
    void downloading_a_batch_zip_records_each_couple_whose_report_it_held() throws Exception {
        Couple a = example("continue");
        Couple b = example("on-track");
        reports.batch(List.of(a.getId(), b.getId()), n -> {});
        reports.recordBatchDownload(List.of(a.getId(), b.getId()));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.REPORT_DOWNLOADED))
                .extracting(e -> e.getObjectType() + " " + e.getObjectId())
                .containsExactly("COUPLE " + a.getReference(), "COUPLE " + b.getReference());
    }
}
