package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The application's stylesheet is well formed: an unclosed block makes the browser read every
 * later rule as part of it, so whole screens (the check-in page once) silently lose their layout.
 */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed_and_none_closes_twice() throws Exception {
        String css = Files.readString(Path.of("frontend/styles/tandem.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("a block closed twice near line %d (comments removed)", line)
                        .isNotNegative();
            }
            assertThat(depth)
                    .as("blocks nest at most two deep (a rule inside @media), near line %d", line)
                    .isLessThanOrEqualTo(2);
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
