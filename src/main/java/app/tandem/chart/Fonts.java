package app.tandem.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every Tandem PDF uses: DejaVu Sans, shipped in {@code fonts/} on the classpath with its
 * licence ({@code fonts/LICENSE-DejaVu.txt}). They are embedded (as subsets) in Unicode encoding,
 * because the built-in Helvetica is not embedded and cannot show all names.
 *
 * <p>Each font is read once and shared: OpenPDF writes a separate subset per document from its
 * own copy of the font bytes, so one instance serves concurrent reports.
 */
public final class Fonts {

    static final String REGULAR_RESOURCE = "/fonts/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "/fonts/DejaVuSans-Bold.ttf";

    private Fonts() {}

    // Holder classes so each font is loaded on first use, once, without locking afterwards.
    private static final class Regular {
        static final BaseFont FONT = load(REGULAR_RESOURCE);
    }

    private static final class Bold {
        static final BaseFont FONT = load(BOLD_RESOURCE);
    }

    /** DejaVu Sans, embedded, Identity-H. */
    public static BaseFont regular() {
        return Regular.FONT;
    }

    /** DejaVu Sans Bold, embedded, Identity-H. */
    public static BaseFont bold() {
        return Bold.FONT;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType; not cached,
            // as this class already keeps the one instance.
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }
}
