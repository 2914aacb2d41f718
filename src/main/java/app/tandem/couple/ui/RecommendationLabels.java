package app.tandem.couple.ui;

/** Short words for a stored recommendation code (the assessment engine's output). */
public final class RecommendationLabels {

    private RecommendationLabels() {
    }

    public static String of(String code) {
        if (code == null) {
            return "—";
        }
        String key = "recommendationLabel." + code;
        return app.tandem.text.Texts.shared().has(key) ? app.tandem.text.Texts.shared().get(key) : code;
    }
}
