package app.tandem.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Score anchors per version, as the session form, the Progress tab and (later) check-ins load them. */
class ScoreAnchorsTest {

    @Test
    void both_versions_load_with_every_anchor_and_new_sessions_use_version_two() {
        ScoreAnchors anchors = ScoreAnchors.shared();

        assertThat(anchors.versions()).containsExactly(1, 2);
        assertThat(anchors.current()).isEqualTo(2);
        assertThat(anchors.name(2)).isEqualTo("anchors v2");
        assertThat(anchors.label(1, "emotionalSafety")).isEqualTo("Emotional safety");
        assertThat(anchors.label(2, "emotionalSafety")).isEqualTo("Emotional openness");
        assertThat(anchors.anchorLines(2, "reciprocalEffort"))
                .startsWith("0: None.")
                .contains("\n10: More than daily");
    }

    @Test
    void version_two_scores_observable_behaviour_over_a_stated_window_and_reaching_out_in_absolute_terms() {
        ScoreAnchors anchors = ScoreAnchors.shared();

        assertThat(anchors.scoringNote(2)).contains("past 7").contains("before you look at earlier scores");
        assertThat(anchors.question(2, "reciprocalEffort")).contains("In the past 7 days, how many times");
        assertThat(anchors.anchor(2, "reciprocalEffort", "0")).isEqualTo("None.");
        assertThat(anchors.anchor(1, "reciprocalEffort", "10"))
                .as("version 1, relative to the other partner")
                .contains("as often as the other partner");
        for (String level : ScoreAnchors.LEVELS) {
            assertThat(anchors.anchor(2, "clearCommunication", level)).doesNotContain("feel heard");
        }
    }

    @Test
    void a_version_missing_an_anchor_fails_naming_the_key() {
        Texts broken = Texts.fromYaml(Map.of("a.yaml", """
                scoreAnchors:
                  current: 1
                  v1:
                    scoringNote: Score.
                    emotionalSafety:
                      label: A
                      question: Q
                      anchors: {"0": a, "2": b, "4": c, "6": d, "8": e}
                """));

        assertThatThrownBy(() -> new ScoreAnchors(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scoreAnchors.v1.emotionalSafety.anchors.10");
    }

    @Test
    void a_current_version_without_anchors_fails() {
        String v1 = ScoreAnchors.METRICS.stream()
                .map(m -> "    " + m + ":\n      label: L\n      question: Q\n      anchors: "
                        + "{\"0\": a, \"2\": b, \"4\": c, \"6\": d, \"8\": e, \"10\": f}\n")
                .reduce("", String::concat);
        Texts texts = Texts.fromYaml(Map.of("a.yaml", "scoreAnchors:\n  current: 3\n  v1:\n    scoringNote: S\n" + v1));

        assertThatThrownBy(() -> new ScoreAnchors(texts))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scoreAnchors.current is 3");
    }
}
