package app.tandem.pdf;

import app.tandem.chart.Fonts;
import app.tandem.chart.PdfChartRenderer;
import app.tandem.chart.TrendChart;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One report document being written: page set-up, the footer with "Page X of Y", metadata, and
 * the few building blocks both reports are made of (headings, paragraphs, bullet lists, tables,
 * boxed charts). Every text uses the embedded DejaVu fonts of {@link Fonts}.
 */
final class ReportPdf {

    static final Color INK = new Color(0x1F, 0x26, 0x2E);
    static final Color MUTED = new Color(0x5A, 0x64, 0x70);
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x78);
    static final Color LINE = new Color(0xC9, 0xD1, 0xDA);
    static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    static final Color BOX_FILL = new Color(0xF3, 0xF6, 0xF9);
    static final Color URGENT = new Color(0xA8, 0x1C, 0x1C);
    static final Color URGENT_FILL = new Color(0xFB, 0xEC, 0xEC);
    static final Color ZEBRA = new Color(0xF8, 0xF9, 0xFB);

    static final float MARGIN_SIDE = 50f;
    static final float MARGIN_TOP = 48f;
    static final float MARGIN_BOTTOM = 58f;
    private static final float BULLET_X = 4f;

    final Font title;
    final Font subtitle;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    final Font muted;
    final Font urgent;
    final Font headline;
    /**
     * The font of the paragraphs themselves, as opposed to their text. OpenPDF writes a paragraph's
     * spacing before and after as a space in the paragraph's font; at full size that space
     * overlaps the neighbouring line and text extraction (screen readers, search, copy) reads
     * "N ext steps". A hairline font keeps the space out of every line box.
     */
    private final Font spacer;

    private final BaseFont regular = Fonts.regular();
    private final BaseFont bold = Fonts.bold();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final Document document;
    private final PdfWriter writer;

    /**
     * Opens a document.
     *
     * @param pageSize the paper size
     * @param footer the footer text on every page (left)
     * @param pageTemplate the page-number text, with {@code {page}} and {@code {pages}}
     * @param meta title, author, subject
     */
    ReportPdf(PracticeInfo.PageSize pageSize, String footer, String pageTemplate, Metadata meta) {
        title = new Font(bold, 20f, Font.NORMAL, ACCENT);
        subtitle = new Font(regular, 11f, Font.NORMAL, MUTED);
        heading = new Font(bold, 13f, Font.NORMAL, ACCENT);
        subheading = new Font(bold, 10f, Font.NORMAL, INK);
        body = new Font(regular, 9.5f, Font.NORMAL, INK);
        bodyBold = new Font(bold, 9.5f, Font.NORMAL, INK);
        small = new Font(regular, 8f, Font.NORMAL, INK);
        smallBold = new Font(bold, 8f, Font.NORMAL, INK);
        muted = new Font(regular, 8.5f, Font.NORMAL, MUTED);
        urgent = new Font(bold, 9.5f, Font.NORMAL, URGENT);
        headline = new Font(bold, 14f, Font.NORMAL, INK);
        spacer = new Font(regular, 0.5f, Font.NORMAL, INK);

        Rectangle size = pageSize == PracticeInfo.PageSize.LETTER
                ? org.openpdf.text.PageSize.LETTER
                : org.openpdf.text.PageSize.A4;
        document = new Document(size, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(footer, pageTemplate));
        document.addTitle(meta.title());
        document.addAuthor(meta.author());
        document.addSubject(meta.subject());
        document.addCreator("Tandem");
        document.open();
    }

    /** Title, author and subject of the document's information dictionary. */
    record Metadata(String title, String author, String subject) {}

    /** The width between the margins. */
    float contentWidth() {
        return document.right() - document.left();
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the report", e);
        }
    }

    /** Starts a new page unless at least {@code points} of height are left on this one. */
    void ensureSpace(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    /** A paragraph of {@code text} in {@code font} with a line height of 1.35 × the font size. */
    Paragraph para(String text, Font font) {
        return para(text, font, font.getSize() * 1.35f);
    }

    Paragraph para(String text, Font font, float leading) {
        Paragraph p = new Paragraph(leading, "", spacer);
        if (!text.isEmpty()) {
            p.add(new Chunk(text, font));
        }
        return p;
    }

    void heading(String text) {
        ensureSpace(90f);
        Paragraph p = para(text, heading);
        p.setSpacingBefore(14f);
        p.setSpacingAfter(5f);
        add(p);
    }

    void subheading(String text) {
        ensureSpace(50f);
        Paragraph p = para(text, subheading);
        p.setSpacingBefore(6f);
        p.setSpacingAfter(2f);
        add(p);
    }

    void paragraph(String text, Font font) {
        Paragraph p = para(text.strip(), font);
        p.setSpacingAfter(4f);
        add(p);
    }

    /**
     * A block of text as the seeds write it: lines starting with {@code "- "} become bullets;
     * other non-blank lines continue the bullet above them, indented (such as local contacts).
     */
    void bullets(String block, Font font) {
        for (String raw : block.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean bullet = line.startsWith("- ");
            Paragraph p = para("", font);
            if (bullet) {
                String mark = "•\u00A0\u00A0";
                float hang = font.getBaseFont().getWidthPoint(mark, font.getSize());
                p.add(new Chunk(mark + line.substring(2), font));
                p.setIndentationLeft(BULLET_X + hang);
                p.setFirstLineIndent(-hang);
            } else {
                p.add(new Chunk(line, font));
                p.setIndentationLeft(BULLET_X + 12f);
            }
            p.setSpacingAfter(2.5f);
            add(p);
        }
    }

    /** A list of lines, each a bullet. */
    void bulletList(List<String> lines, Font font) {
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            block.append("- ").append(line).append('\n');
        }
        bullets(block.toString(), font);
    }

    /** A table spanning the content width with columns in the given relative widths. */
    PdfPTable table(float... relativeWidths) {
        PdfPTable t = new PdfPTable(relativeWidths);
        t.setWidthPercentage(100f);
        t.setSpacingBefore(3f);
        t.setSpacingAfter(6f);
        t.getDefaultCell().setBorderColor(LINE);
        return t;
    }

    PdfPCell headerCell(String text) {
        PdfPCell c = cell(text, smallBold);
        c.setBackgroundColor(HEADER_FILL);
        return c;
    }

    PdfPCell numberHeaderCell(String text) {
        PdfPCell c = headerCell(text);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorderColor(LINE);
        c.setBorderWidth(0.5f);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(4f);
        c.setPaddingLeft(4f);
        c.setPaddingRight(4f);
        return c;
    }

    PdfPCell numberCell(String text, Font font) {
        PdfPCell c = cell(text, font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /**
     * A right-aligned cell of one short line with a fixed height. Long number tables are most of
     * the render time when OpenPDF lays out every cell to measure it; a fixed height skips that.
     */
    PdfPCell lineCell(String text, Font font, int align) {
        PdfPCell c = cell(text, font);
        c.setHorizontalAlignment(align);
        c.setNoWrap(true);
        c.setFixedHeight(font.getSize() * 1.5f + 4.5f);
        return c;
    }

    /** A cell without borders, for the label/value grids of the cover. */
    PdfPCell plainCell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(1.5f);
        c.setPaddingBottom(3f);
        c.setPaddingLeft(0f);
        return c;
    }

    /** {@code chart} drawn as vectors into a template of the given size, as a table cell. */
    PdfPCell chartCell(TrendChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        PdfChartRenderer.draw(chart, template, 0, 0, width, height, regular, bold);
        try {
            PdfPCell c = new PdfPCell(Image.getInstance(template), false);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0f);
            c.setPaddingBottom(6f);
            return c;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place a chart", e);
        }
    }

    /** Closes the document and returns its bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** Footer text left, "Page X of Y" right; Y is filled in when the document closes. */
    private final class Footer extends PdfPageEventHelper {
        private final String footer;
        private final String pagePrefix;
        private final String pageSuffix;
        private PdfTemplate total;

        Footer(String footer, String pageTemplate) {
            this.footer = footer;
            int at = pageTemplate.indexOf("{pages}");
            this.pagePrefix = at < 0 ? pageTemplate : pageTemplate.substring(0, at);
            this.pageSuffix = at < 0 ? "" : pageTemplate.substring(at + "{pages}".length());
        }

        @Override
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30f, 12f);
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float y = d.bottom() - 26f;
            cb.saveState();
            cb.setColorStroke(LINE);
            cb.setLineWidth(0.5f);
            cb.moveTo(d.left(), y + 12f);
            cb.lineTo(d.right(), y + 12f);
            cb.stroke();
            cb.beginText();
            cb.setColorFill(MUTED);
            cb.setFontAndSize(regular, 7.5f);
            String prefix = pagePrefix.replace("{page}", String.valueOf(w.getPageNumber()));
            float suffixWidth = regular.getWidthPoint(pageSuffix, 7.5f);
            float totalWidth = regular.getWidthPoint("000", 7.5f);
            float prefixX = d.right() - suffixWidth - totalWidth - regular.getWidthPoint(prefix, 7.5f);
            cb.setTextMatrix(prefixX, y);
            cb.showText(prefix);
            cb.endText();
            cb.addTemplate(total, d.right() - suffixWidth - totalWidth, y);
            if (!pageSuffix.isEmpty()) {
                cb.beginText();
                cb.setFontAndSize(regular, 7.5f);
                cb.setTextMatrix(d.right() - suffixWidth, y);
                cb.showText(pageSuffix);
                cb.endText();
            }
            footerText(cb, d.left(), prefixX - 8f, y);
            cb.restoreState();
        }

        /**
         * The footer text wrapped between the left margin and the page number, its first line on
         * {@code baseline}: a long unbroken name (100 characters) breaks over lines instead of
         * running off the page, and should the lines not fit above the page's edge the text is
         * set smaller, never cut.
         */
        private void footerText(PdfContentByte cb, float left, float right, float baseline) {
            float size = 7.5f;
            while (size > 4f
                    && ColumnText.hasMoreText(
                            footerColumn(cb, left, right, baseline, size).go(true))) {
                size -= 0.5f;
            }
            try {
                footerColumn(cb, left, right, baseline, size).go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }

        private ColumnText footerColumn(PdfContentByte cb, float left, float right, float baseline, float size) {
            ColumnText column = new ColumnText(cb);
            float leading = size * 1.2f;
            column.setSimpleColumn(
                    new Phrase(footer, new Font(regular, size, Font.NORMAL, MUTED)),
                    left,
                    4f,
                    right,
                    baseline + leading,
                    leading,
                    Element.ALIGN_LEFT);
            return column;
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setColorFill(MUTED);
            total.setFontAndSize(regular, 7.5f);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1));
            total.endText();
        }
    }
}
