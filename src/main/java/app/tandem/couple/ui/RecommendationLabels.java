package app.tandem.couple.ui;

import app.tandem.text.Texts;

/** Short words for a stored recommendation code (the assessment engine's output). */
public final class RecommendationLabels {

    private RecommendationLabels() {}

    public static String of(String code) {
        if (code == null) {
            return "—";
        }
        String key = "recommendationLabel." + code;
        return Texts.shared().has(key) ? Texts.shared().get(key) : code;
    }
}
