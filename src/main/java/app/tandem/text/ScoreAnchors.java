package app.tandem.text;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score anchors of the three success metrics, per version ({@code seeds/texts/score-anchors-vN.yaml}).
 * Every session records the version its scores were given under, so an old score is read with
 * the anchors it was given under; new sessions use {@link #current()}. Every version found is
 * checked when this is made: each has a scoring note and, for each metric, a label, a question
 * and the six anchors, or this fails naming the missing key.
 */
public final class ScoreAnchors {

    /** The data keys of the three metrics, as sessions and case files name them. */
    public static final List<String> METRICS = List.of("emotionalSafety", "reciprocalEffort", "clearCommunication");
    /** The scores that carry an anchor; odd scores sit between two. */
    public static final List<String> LEVELS = List.of("0", "2", "4", "6", "8", "10");

    private static final Pattern VERSION_KEY = Pattern.compile("^scoreAnchors\\.v(\\d+)\\.");
    private static volatile ScoreAnchors shared;

    private final Texts texts;
    private final List<Integer> versions;
    private final int current;

    /** The anchors in {@code texts}; fails when a version lacks a key or the current version is unknown. */
    public ScoreAnchors(Texts texts) {
        this.texts = texts;
        TreeSet<Integer> found = new TreeSet<>();
        for (String key : texts.keys()) {
            Matcher m = VERSION_KEY.matcher(key);
            if (m.find()) {
                found.add(Integer.parseInt(m.group(1)));
            }
        }
        this.versions = List.copyOf(found);
        for (int v : versions) {
            check(v);
        }
        this.current = Integer.parseInt(texts.get("scoreAnchors.current").strip());
        if (!found.contains(current)) {
            throw new IllegalStateException("scoreAnchors.current is " + current
                    + ", but no anchors of that version are in " + Texts.FOLDER + " (found: " + versions + ")");
        }
    }

    /** The anchors of Tandem's own texts. */
    public static ScoreAnchors shared() {
        ScoreAnchors s = shared;
        if (s == null) {
            synchronized (ScoreAnchors.class) {
                s = shared;
                if (s == null) {
                    s = new ScoreAnchors(Texts.shared());
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The version new sessions are scored under. */
    public int current() {
        return current;
    }

    /** Every version there are anchors for, oldest first. */
    public List<Integer> versions() {
        return versions;
    }

    public boolean known(int version) {
        return versions.contains(version);
    }

    /** "anchors v2": how screens and reports name a version. */
    public String name(int version) {
        return texts.format("scoreAnchors.versionName", Map.of("version", version));
    }

    public String scoringNote(int version) {
        return get(version, "scoringNote");
    }

    /** The counselor's name of a metric under a version ({@code emotionalSafety} → "Emotional openness"). */
    public String label(int version, String metric) {
        return get(version, metric + ".label");
    }

    public String question(int version, String metric) {
        return get(version, metric + ".question");
    }

    /** The anchor of {@code level} (one of {@link #LEVELS}). */
    public String anchor(int version, String metric, String level) {
        return get(version, metric + ".anchors." + level);
    }

    /** The six anchors of a metric, one per line ("0: …"), for a tooltip or a printed sheet. */
    public String anchorLines(int version, String metric) {
        StringBuilder sb = new StringBuilder();
        for (String level : LEVELS) {
            sb.append(level).append(": ").append(anchor(version, metric, level)).append('\n');
        }
        return sb.toString().strip();
    }

    private String get(int version, String key) {
        if (!known(version)) {
            throw new IllegalArgumentException("No score anchors of version " + version + " (known: " + versions + ")");
        }
        return texts.get("scoreAnchors.v" + version + "." + key).strip();
    }

    private void check(int version) {
        String prefix = "scoreAnchors.v" + version + ".";
        texts.get(prefix + "scoringNote");
        for (String metric : METRICS) {
            texts.get(prefix + metric + ".label");
            texts.get(prefix + metric + ".question");
            for (String level : LEVELS) {
                texts.get(prefix + metric + ".anchors." + level);
            }
        }
    }
}
