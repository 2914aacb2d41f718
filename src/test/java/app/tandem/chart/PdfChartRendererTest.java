package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

class PdfChartRendererTest {

    /** Draws the charts one below the other on one A4 page, as the report does, and returns the bytes. */
    private static byte[] pdfWith(TrendChart... charts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        float chartHeight = 220;
        float top = PageSize.A4.getHeight() - 60;
        for (TrendChart chart : charts) {
            top -= chartHeight + 20;
            PdfChartRenderer.draw(
                    chart, cb, 50, top, PageSize.A4.getWidth() - 100, chartHeight, Fonts.regular(), Fonts.bold());
        }
        document.close();
        return out.toByteArray();
    }

    private static String text(PDDocument pdf) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    @Test
    void two_charts_open_in_pdfbox_with_titles_and_legend_names_as_text() throws Exception {
        byte[] bytes =
                pdfWith(SampleCharts.composite(26, "Alex Meyer", "Sam Okafor"), SampleCharts.csi4(10, 12, null, 15));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = text(pdf);
            assertThat(text)
                    .contains(
                            "Composite score",
                            "CSI-4 relationship satisfaction",
                            "Alex Meyer",
                            "Sam Okafor",
                            "Alex",
                            "Sam",
                            "Distress line 13.5",
                            "Alex Meyer: no reliable change",
                            "Composite (0–30)",
                            "5 Jan");
        }
    }

    @Test
    void chart_without_sessions_prints_the_empty_message() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfWith(SampleCharts.composite(0)))) {
            assertThat(text(pdf)).contains("Composite score", "No scored sessions yet");
        }
    }

    @Test
    void single_and_fifty_session_charts_render_without_error() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfWith(SampleCharts.composite(1), SampleCharts.composite(50)))) {
            String text = text(pdf);
            assertThat(text).contains("5 Jan");
        }
    }

    @Test
    void every_font_on_the_page_is_embedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfWith(SampleCharts.composite(5), SampleCharts.csi4(10, 14)))) {
            List<PDFont> fonts = fonts(pdf.getPage(0));

            assertThat(fonts).isNotEmpty();
            assertThat(fonts)
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .allSatisfy(n -> assertThat(n).contains("DejaVuSans"));
        }
    }

    @Test
    void charts_are_vectors_not_images() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfWith(SampleCharts.composite(12)))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<COSName> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images.add(name);
                }
            }
            assertThat(images).isEmpty();
        }
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
