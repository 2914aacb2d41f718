package app.tandem.couple.ui;

/** Short words for a stored recommendation code (the assessment engine's output). */
public final class RecommendationLabels {

    private RecommendationLabels() {
    }

    public static String of(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "INSUFFICIENT_DATA" -> "Not enough data yet";
            case "CONTINUE" -> "Continue";
            case "COUPLES_THERAPY" -> "Couples therapy";
            case "RETREAT" -> "Retreat";
            case "SAFETY_REFERRAL" -> "Safety referral";
            default -> code;
        };
    }
}
