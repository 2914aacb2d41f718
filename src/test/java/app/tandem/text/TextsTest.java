package app.tandem.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void loads_every_listed_file_with_dotted_keys() {
        Texts texts = Texts.shared();

        assertThat(texts.get("assessment.ruleName.R3")).isEqualTo("hostility or secrecy");
        assertThat(texts.has("assessment.reason.NO_SAFETY_FLAG")).isTrue();
    }

    @Test
    void formats_placeholders_by_name() {
        Texts texts = Texts.fromYaml(Map.of("t.yaml", "greeting:\n  hello: \"Hello {name}, day {day}\"\n"));

        assertThat(texts.format("greeting.hello", Map.of("name", "Maya", "day", 7)))
                .isEqualTo("Hello Maya, day 7");
    }

    @Test
    void list_items_get_their_index() {
        Texts texts = Texts.fromYaml(Map.of("t.yaml", "anchors:\n  - low\n  - high\n"));

        assertThat(texts.get("anchors.1")).isEqualTo("high");
    }

    @Test
    void missing_key_fails_naming_it() {
        assertThatThrownBy(() -> Texts.shared().get("assessment.nothing.here"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("assessment.nothing.here");
    }

    @Test
    void missing_parameter_fails_naming_it() {
        Texts texts = Texts.fromYaml(Map.of("t.yaml", "a: \"{who} came\"\n"));

        assertThatThrownBy(() -> texts.format("a", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'who'");
    }

    @Test
    void a_key_defined_in_two_files_fails() {
        assertThatThrownBy(() -> Texts.fromYaml(
                        new java.util.TreeMap<>(Map.of("a.yaml", "x:\n  y: one\n", "b.yaml", "x:\n  y: two\n"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.y");
    }

    @Test
    void a_listed_file_that_is_missing_fails_loudly() {
        ClassLoader onlyIndex = new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return name.equals(Texts.INDEX) ? new java.io.ByteArrayInputStream("missing.yaml\n".getBytes()) : null;
            }
        };

        assertThatThrownBy(() -> Texts.load(onlyIndex))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seeds/texts/missing.yaml");
    }
}
