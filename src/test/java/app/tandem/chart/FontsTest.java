package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

class FontsTest {

    @Test
    void fonts_are_loaded_once_as_embedded_unicode_fonts() {
        assertThat(Fonts.regular()).isSameAs(Fonts.regular());
        assertThat(Fonts.regular().isEmbedded()).isTrue();
        assertThat(Fonts.bold().isEmbedded()).isTrue();
        assertThat(Fonts.regular().getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
        assertThat(Fonts.regular().getPostscriptFontName()).isEqualTo("DejaVuSans");
        assertThat(Fonts.bold().getPostscriptFontName()).isEqualTo("DejaVuSans-Bold");
    }

    @Test
    void font_covers_the_characters_chart_labels_use() {
        for (char c : "–…±äöüéçøłş".toCharArray()) {
            assertThat(Fonts.regular().charExists(c)).as("glyph for %s", c).isTrue();
        }
    }

    @Test
    void licence_ships_beside_the_fonts() throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/LICENSE-DejaVu.txt")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Bitstream", "Permission is hereby granted");
        }
    }
}
