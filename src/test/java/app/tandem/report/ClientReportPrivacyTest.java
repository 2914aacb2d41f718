package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.couple.Couple;
import app.tandem.session.SessionService;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client report of the couple with every kind of record, made through the Reports service
 * once a review signed in Tandem has cleared its safety flags, read back with PDFBox: nothing
 * private to either partner, nothing of an individual session and no safety record is in it.
 */
@TandemTest
class ClientReportPrivacyTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    ReportService reports;

    Couple couple;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        couple = fixtures.importAs(fixtures.counselor("Dana Whitfield"), EveryRecordCouple.json());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void
            no_client_report_while_the_flags_are_open_and_once_cleared_it_holds_nothing_private_individual_or_about_safety()
                    throws Exception {
        ReportService.Generated refused =
                reports.generate(couple.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        assertThat(refused.clientReport()).isNull();
        assertThat(refused.clientRefusal()).isEqualTo(Texts.shared().get("client.refusedUnderSafety"));

        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        fixtures.today(), SafetyOutcome.CONJOINT_WORK_SAFE, null, "Seen each alone; plan reviewed."));
        ReportService.Generated generated =
                reports.generate(couple.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        assertThat(generated.clientReport()).isNotNull();
        String text = text(reports.download(generated.clientReport().getId()).getPdf());

        // Names, goals and the couples-therapy referral may be addressed to both; nothing else of the record.
        List<String> names = List.of(
                "Maribel",
                "Quenneville",
                "Teodoro",
                "Okonkwo",
                "Weekly protected time together",
                "Riverside couples clinic");
        List<String> forbidden = new ArrayList<>();
        Stream.of(
                        EveryRecordCouple.A_STRINGS,
                        EveryRecordCouple.B_STRINGS,
                        EveryRecordCouple.SAFETY_STRINGS,
                        EveryRecordCouple.NEVER_STRINGS,
                        EveryRecordCouple.JOINT_STRINGS)
                .flatMap(List::stream)
                .filter(s -> !names.contains(s))
                .forEach(forbidden::add);
        // The individual sessions (14 and 15 September) and the no-show (21 September), as the report writes dates.
        forbidden.addAll(List.of(
                "14 September 2026",
                "15 September 2026",
                "21 September 2026",
                "14 Sep",
                "15 Sep",
                "21 Sep",
                "Seen each alone",
                "Fear of partner",
                "Signs of partner violence",
                "Risk of self-harm",
                "Secrecy",
                // The partners' check-ins (their words are in A_STRINGS and B_STRINGS): nothing of them, least the
                // safety answer.
                "heck-in",
                "Reported by partner",
                "Feels safe",
                "Not sure"));
        assertThat(text).contains("Maribel").contains("Teodoro");
        assertThat(forbidden)
                .allSatisfy(s -> assertThat(text)
                        .as("client report must not contain '%s'", s)
                        .doesNotContain(s));
    }
}
