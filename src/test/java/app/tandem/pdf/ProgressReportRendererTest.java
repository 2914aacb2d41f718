package app.tandem.pdf;

import static app.tandem.pdf.ReportFixtures.GENERATED_AT;
import static app.tandem.pdf.ReportFixtures.example;
import static app.tandem.pdf.ReportFixtures.oneLine;
import static app.tandem.pdf.ReportFixtures.request;
import static app.tandem.pdf.ReportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentNarrative;
import app.tandem.assessment.AssessmentWarning;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import app.tandem.support.EveryRecordCouple;
import app.tandem.text.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressReportRendererTest {

    private static final ProgressReportRenderer RENDERER = ProgressReportRenderer.standard();
    private static final Texts TEXTS = Texts.shared();

    static String t(String key) {
        return oneLine(TEXTS.get(key));
    }

    private static String csi(Integer value) {
        return value == null ? t("counselor.figures.none") : value.toString();
    }

    /** The first bullet of a next-steps block, as one line; under a safety referral, the pathways' introduction. */
    static String firstStep(Recommendation r) {
        if (r == Recommendation.SAFETY_REFERRAL) {
            return t("pathway.intro");
        }
        String block = TEXTS.format("nextSteps." + r, java.util.Map.of("minDataPoints", 3));
        return oneLine(block.lines()
                .filter(l -> l.startsWith("- "))
                .findFirst()
                .orElseThrow()
                .substring(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "continue-engagement, CONTINUE, R5, 14, 14, 13, 15",
        "continue, CONTINUE, R7, 13, 16, 12, 16",
        "couples-therapy-urgent, COUPLES_THERAPY, R2, 20, 13, 18, 17",
        "couples-therapy, COUPLES_THERAPY, R3, 12, 15, 13, 20",
        "insufficient-data, INSUFFICIENT_DATA, R1, 14, 15, 12, 13",
        "on-track, CONTINUE, R7, 11, 19, 12, 20",
        "retreat, RETREAT, R6, 13, 15, 12, 21",
        "safety-referral, SAFETY_REFERRAL, R0, 13, 12, 15, 15",
        "unsigned-safety-flag, SAFETY_REFERRAL, R0, 13, 16, 12, 15",
        "thriving, CONTINUE, R7, 25, 27, 25, 27",
        "diverging, CONTINUE, R7, 12, 19, 14, 15",
        "cleared-safety-in-therapy, COUPLES_THERAPY, R4, 13, 17, 12, 20"
    })
    void counselor_report_explains_the_recommendation_with_each_partners_figures_and_next_steps(
            String name, Recommendation recommendation, String rule, int baseA, int latestA, int baseB, int latestB) {
        CaseFile file = example(name);
        ReportRequest request = request(file, Audience.COUNSELOR);
        Assessment a = request.assessment();
        AssessmentNarrative.Narrative narrative = AssessmentNarrative.standard().describe(a);

        String text = text(RENDERER.render(request));

        assertThat(a.recommendation()).isEqualTo(recommendation);
        boolean underWay = recommendation == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null;
        assertThat(text)
                .contains(t("recommendation." + recommendation + (underWay ? ".headlineUnderWay" : ".headline")))
                .contains(oneLine(narrative.summary()))
                .contains("Decisive rule " + rule)
                .contains(oneLine(narrative.decisive()))
                .contains("Baseline composite (first data point) " + baseA + " " + baseB)
                .contains("Latest composite " + latestA + " " + latestB)
                .contains("Latest CSI-4 (review window) " + csi(a.partners().a().csi4Latest()) + " "
                        + csi(a.partners().b().csi4Latest()))
                .contains(file.couple().partners().a().firstName() + " (A)")
                .contains(file.couple().partners().b().firstName() + " (B)")
                .contains(underWay ? t("recommendation.COUPLES_THERAPY.headlineUnderWay") : firstStep(recommendation))
                .contains(AssessmentEngine.RULE_SET)
                .contains(t("caveats.metrics"));
        for (String line : narrative.notMatched()) {
            assertThat(text).contains(oneLine(line));
        }
        for (String line : narrative.whatWouldChange()) {
            assertThat(text).contains(oneLine(line));
        }
        for (String line : narrative.warnings()) {
            assertThat(text).contains(oneLine(line));
        }
        for (String line : narrative.concerns()) {
            assertThat(text).contains(oneLine(line));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "continue-engagement, CONTINUE_ENGAGEMENT, 13.5, 14.5, same, same",
        "continue, CONTINUE, 12.5, 16, same, same",
        "couples-therapy-urgent, COUPLES_THERAPY, 19, 15, harder, same",
        "couples-therapy, COUPLES_THERAPY, 12.5, 17.5, same, better",
        "insufficient-data, INSUFFICIENT_DATA, 13, 14, same, same",
        "on-track, CONTINUE_ON_TRACK, 11.5, 19.5, better, better",
        "retreat, RETREAT, 12.5, 18, same, better",
        "thriving, CONTINUE_ON_TRACK, 25, 27, same, same",
        "diverging, CONTINUE, 13, 17, better, same",
        "cleared-safety-in-therapy, COUPLES_THERAPY_UNDER_WAY, 15.5, 18.5, same, same"
    })
    void client_report_leads_with_the_shared_trend_then_each_partner_in_words_then_what_next(
            String name,
            String recommendationKey,
            String startTogether,
            String latestTogether,
            String changeA,
            String changeB) {
        CaseFile file = example(name);

        String text = text(RENDERER.render(request(file, Audience.CLIENT)));

        String nameA = file.couple().partners().a().firstName();
        String nameB = file.couple().partners().b().firstName();
        assertThat(text)
                .containsSubsequence(
                        t("client.progressTitle"),
                        t("client.chart.title"),
                        t("client.metric.composite") + " " + startTogether + " " + latestTogether,
                        t("client.eachTitle"),
                        TEXTS.format("client.change." + changeA, java.util.Map.of("name", nameA)),
                        TEXTS.format("client.change." + changeB, java.util.Map.of("name", nameB)),
                        t("client.homeworkTitle"),
                        t("client.recommendation." + recommendationKey),
                        t("client.closing"))
                .contains("Dear " + nameA + " and " + nameB)
                .contains("about 6 points")
                .contains("Either of you can ask to speak with me on your own at any time");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "continue-engagement",
                "continue",
                "couples-therapy-urgent",
                "couples-therapy",
                "insufficient-data",
                "on-track",
                "retreat",
                "thriving",
                "diverging",
                "cleared-safety-in-therapy"
            })
    void client_report_never_shows_flags_notes_amendments_private_notes_or_rule_jargon(String name) {
        CaseFile file = ReportFixtures.withConfidentialText(example(name));

        String text = text(RENDERER.render(request(file, Audience.CLIENT)));

        List<String> forbidden = new ArrayList<>(List.of(
                "Hostility",
                "Contempt",
                "Secrecy",
                "RCI",
                "Reliable-change",
                "reliable change",
                "Decisive rule",
                "tandem-rules",
                "R0",
                "R3",
                "R7",
                "safety flag",
                "Counselor copy",
                "CSI-4",
                "satisfied",
                "diverg",
                "moving apart",
                "safety concern",
                "individual session"));
        for (Flag f : Flag.values()) {
            forbidden.add(f.name());
            forbidden.add(t("flags." + f.name() + ".label"));
        }
        forbidden.addAll(ReportFixtures.NOTE_MARKERS);
        forbidden.addAll(ReportFixtures.PRIVATE_MARKERS);
        if (file.couple().context() != null && file.couple().context().notes() != null) {
            forbidden.add(file.couple().context().notes());
        }
        for (CaseFile.Session s : example(name).sessions()) {
            if (s.note() != null && s.note().observations() != null) {
                forbidden.add(s.note().observations());
            }
        }
        for (String word : forbidden) {
            assertThat(text)
                    .as("client report of %s must not contain '%s'", name, word)
                    .doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void counselor_report_never_shows_private_notes_note_text_or_amendments() {
        CaseFile file = ReportFixtures.withConfidentialText(example("couples-therapy"));

        String text = text(RENDERER.render(request(file, Audience.COUNSELOR)));

        for (String marker : ReportFixtures.PRIVATE_MARKERS) {
            assertThat(text).doesNotContain(marker);
        }
        for (String marker : ReportFixtures.NOTE_MARKERS) {
            assertThat(text).doesNotContain(marker);
        }
        assertThat(text).contains("Contempt"); // the counselor does see the flags, by date
    }

    @Test
    void client_report_is_refused_under_a_safety_referral_with_the_reason_for_the_counselor() {
        ReportRequest request = request(example("safety-referral"), Audience.CLIENT);

        assertThatThrownBy(() -> RENDERER.render(request))
                .isInstanceOf(ClientReportRefusedException.class)
                .hasMessage(t("client.refusedUnderSafety"));
        assertThat(ProgressReportRenderer.clientReportAllowed(request.assessment(), Recommendation.SAFETY_REFERRAL))
                .isFalse();
    }

    @Test
    void client_report_is_refused_while_a_draft_note_carries_a_safety_flag_with_one_sentence_saying_what_to_do() {
        ReportRequest request = request(example("unsigned-safety-flag"), Audience.CLIENT);

        assertThat(request.assessment().warnings()).contains(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        assertThatThrownBy(() -> RENDERER.render(request))
                .isInstanceOf(ClientReportRefusedException.class)
                .hasMessage(t("clientReport.refusedUnsignedSafetyFlag"))
                .hasMessageContaining("sign that draft or correct it first")
                .message()
                .satisfies(m -> assertThat(m.split("\\. ")).hasSize(1));
        assertThat(RENDERER.render(request(example("unsigned-safety-flag"), Audience.COUNSELOR)))
                .isNotEmpty();
    }

    @Test
    void only_joint_sessions_and_nothing_private_or_about_safety_reach_the_client_renderer() throws Exception {
        CaseFile file = CaseFileReader.read(EveryRecordCouple.json());

        CaseFile seen = request(file, Audience.CLIENT).caseFile();

        assertThat(seen.sessions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.attendance()).isEqualTo(CaseFile.Attendance.BOTH);
            assertThat(s.flags()).isEmpty();
            assertThat(s.note()).isNull();
            assertThat(s.privateNotes()).isEqualTo(PerPartner.both(null));
            assertThat(s.amendments()).isEmpty();
        });
        assertThat(seen.safetyReviews()).isEmpty();
        assertThat(seen.reports()).allSatisfy(r -> assertThat(r.audience()).isEqualTo(Audience.CLIENT));
        String json = new String(CaseFileWriter.write(seen), StandardCharsets.UTF_8);
        List<String> names = List.of("Maribel", "Quenneville", "Teodoro", "Okonkwo");
        Stream.of(
                        EveryRecordCouple.A_STRINGS,
                        EveryRecordCouple.B_STRINGS,
                        EveryRecordCouple.SAFETY_STRINGS,
                        EveryRecordCouple.NEVER_STRINGS)
                .flatMap(List::stream)
                .filter(s -> !names.contains(s))
                .forEach(s -> assertThat(json).as(s).doesNotContain(s));
        assertThat(request(file, Audience.COUNSELOR).caseFile()).isEqualTo(file);
    }

    @Test
    void client_report_is_refused_when_the_counselor_overrides_to_a_safety_referral() {
        ReportRequest request = request(example("continue"), Audience.CLIENT)
                .withDecision(new DecisionInfo(
                        DecisionType.OVERRIDE,
                        Recommendation.SAFETY_REFERRAL,
                        "Disclosure after the session",
                        "dana",
                        GENERATED_AT));

        assertThatThrownBy(() -> RENDERER.render(request)).isInstanceOf(ClientReportRefusedException.class);
    }

    @Test
    void counselor_report_shows_the_assessment_beside_the_decision_and_earlier_decisions() {
        CaseFile file = example("couples-therapy");
        CaseFile.Report earlier = new CaseFile.Report(
                Instant.parse("2026-09-15T10:00:00Z"),
                Audience.COUNSELOR,
                "tandem-rules-1",
                Recommendation.INSUFFICIENT_DATA,
                new CaseFile.Decision(
                        DecisionType.OVERRIDE,
                        Recommendation.CONTINUE,
                        "Early weeks, both engaged",
                        "dana@example.org",
                        Instant.parse("2026-09-15T10:05:00Z")));
        ReportRequest request = new ReportRequest(
                file,
                ReportFixtures.assess(file),
                Audience.COUNSELOR,
                PracticeInfo.DEFAULT,
                GENERATED_AT,
                new DecisionInfo(
                        DecisionType.OVERRIDE,
                        Recommendation.RETREAT,
                        "The couple already sees a therapist privately",
                        "dana@example.org",
                        GENERATED_AT),
                List.of(earlier));

        String text = text(RENDERER.render(request));

        assertThat(text)
                .contains(t("recommendation.COUPLES_THERAPY.headline"))
                .contains("Counselor's decision: " + t("recommendation.RETREAT.headline"))
                .contains("Reason: The couple already sees a therapist privately")
                .contains(firstStep(Recommendation.RETREAT))
                .contains("Early weeks, both engaged")
                .contains("15 Sep 2026")
                .contains("tandem-rules-1");
    }

    @Test
    void client_report_states_the_counselors_final_recommendation() {
        ReportRequest request = request(example("couples-therapy"), Audience.CLIENT)
                .withDecision(new DecisionInfo(
                        DecisionType.OVERRIDE,
                        Recommendation.CONTINUE,
                        "Agreed to four more weeks first",
                        "dana",
                        GENERATED_AT));

        String text = text(RENDERER.render(request));

        assertThat(text)
                .contains(t("client.recommendation.CONTINUE"))
                .doesNotContain(t("client.recommendation.COUPLES_THERAPY"))
                .doesNotContain("Agreed to four more weeks first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"COUNSELOR", "CLIENT"})
    void fonts_are_embedded_pages_are_numbered_and_metadata_is_set(Audience audience) throws Exception {
        byte[] pdf = RENDERER.render(request(example("retreat"), audience));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            String text = text(pdf);
            for (int p = 1; p <= pages; p++) {
                assertThat(text).contains("Page " + p + " of " + pages);
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).allSatisfy(f -> assertThat(f.getName()).contains("DejaVuSans"));
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isNotBlank();
            assertThat(info.getAuthor()).isEqualTo("Tandem");
            assertThat(info.getSubject()).isNotBlank();
            assertThat(info.getCreator()).isEqualTo("Tandem");
            assertThat(text)
                    .contains(audience == Audience.COUNSELOR ? t("footer.confidential") : "for our work together only");
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> into) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            into.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), into);
            }
        }
    }

    @Test
    void letter_paper_is_used_when_the_practice_chooses_it() throws Exception {
        CaseFile file = example("continue");
        PracticeInfo letter = new PracticeInfo("Tandem", null, null, PracticeInfo.PageSize.LETTER, ZoneId.of("UTC"));
        byte[] pdf = RENDERER.render(
                ReportRequest.of(file, ReportFixtures.assess(file), Audience.COUNSELOR, letter, GENERATED_AT));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void charts_are_vectors_with_their_numbers_as_a_table() throws Exception {
        CaseFile file = ReportFixtures.syntheticCouple(26, 20);
        byte[] pdf = RENDERER.render(request(file, Audience.COUNSELOR));

        String text = text(pdf);
        assertThat(text).contains(t("counselor.charts.tableTitle")).contains("Distress line 13.5");
        for (CaseFile.Session s : file.sessions()) {
            assertThat(text).contains(new ReportTexts(TEXTS).tableDate(s.date()));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).isInstanceOf(PDFormXObject.class);
                }
            }
        }
    }

    @Test
    void partner_gap_is_partner_a_minus_partner_b_at_their_latest_data_points() {
        String text = text(RENDERER.render(request(example("couples-therapy"), Audience.COUNSELOR)));

        assertThat(text).contains("Composite (0–30) 15 20 -5");
    }

    @Test
    void warm_up_renders_without_failing() {
        RENDERER.warmUp();
    }
}
