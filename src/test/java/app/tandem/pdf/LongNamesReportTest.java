package app.tandem.pdf;

import static app.tandem.pdf.ReportFixtures.example;
import static app.tandem.pdf.ReportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A name of 100 characters without a space (the most a partner's name field keeps) wraps inside
 * the page in both reports: every character is printed, and none lies beyond the page's edge.
 */
class LongNamesReportTest {

    /** Fictional, 100 characters each, no space anywhere. */
    static final String FIRST = "Zephyrinaq".repeat(10);

    static final String LAST = "Quillonbro".repeat(10);

    static CaseFile withLongNames(CaseFile file) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) json.readTree(CaseFileWriter.write(file));
        ((ObjectNode) root.at("/couple/partners/A")).put("firstName", FIRST).put("lastName", LAST);
        ((ObjectNode) root.at("/couple/partners/B")).put("firstName", "Sam" + "x".repeat(97));
        return CaseFileReader.read(json.writeValueAsBytes(root));
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void a_hundred_character_name_wraps_and_is_printed_whole_inside_the_page(Audience audience) throws Exception {
        assertThat(FIRST).hasSize(100).doesNotContain(" ");
        byte[] pdf =
                ProgressReportRenderer.standard().render(request(withLongNames(example("couples-therapy")), audience));

        List<String> offPage = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    // Only lines that carry a name: the charts keep an axis label outside the page
                    // in every report (with or without long names), which is not this test's concern.
                    if (!(text.contains("Zephyrinaq") || text.contains("Quillonbro") || text.contains("xxxx"))) {
                        super.writeString(text, positions);
                        return;
                    }
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() + 0.5f) {
                            offPage.add(p.getUnicode() + " at x=" + p.getXDirAdj() + " on page " + getCurrentPageNo()
                                    + " in: " + text.substring(0, Math.min(60, text.length())));
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            all.append(stripper.getText(doc));
        }
        assertThat(offPage).as("characters beyond the page's edge").isEmpty();
        // A wrapped name is broken over lines: read without the line breaks, it is all there.
        String joined = all.toString().replaceAll("\\s+", "");
        assertThat(joined).contains(FIRST);
        if (audience == Audience.COUNSELOR) {
            assertThat(joined).contains(FIRST + LAST);
        }
    }
}
