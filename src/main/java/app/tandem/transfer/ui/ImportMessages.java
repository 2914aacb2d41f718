package app.tandem.transfer.ui;

import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import problems for people: the case-file reader names each place by its JSON path
 * ({@code sessions[3].scores.B.emotionalSafety}); the screen says it in words ("Session 4, partner
 * B's score for emotional safety") and keeps the path in brackets for whoever fixes the file.
 */
final class ImportMessages {

    private static final Pattern PROBLEM = Pattern.compile("^([$\\w\\[\\].-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)]$");
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("sessions", "session"), Map.entry("homework", "homework assignment"),
            Map.entry("safetyReviews", "safety review"), Map.entry("amendments", "amendment"),
            Map.entry("referrals", "referral"), Map.entry("goals", "goal"), Map.entry("reports", "report"),
            Map.entry("statusHistory", "status change"), Map.entry("flags", "safety flag"),
            Map.entry("consents", "consent"), Map.entry("ipvScreens", "screening"), Map.entry("examples", "example"),
            Map.entry("checkIns", "check-in"));

    private ImportMessages() {
    }

    /** "Session 4, partner B's score for emotional safety: …" for "sessions[3].scores.B.emotionalSafety: …". */
    static String inWords(String problem) {
        Matcher m = PROBLEM.matcher(problem);
        if (!m.matches()) {
            return problem;
        }
        String path = m.group(1);
        String what = m.group(2);
        if (path.equals("$")) {
            return Texts.shared().get("import.wholeFile") + ": " + what;
        }
        String words = pathInWords(path);
        return words + ": " + what + " (" + path.replaceFirst("^\\$\\.", "") + ")";
    }

    static String pathInWords(String path) {
        String[] parts = path.replaceFirst("^\\$\\.?", "").split("\\.");
        List<String> out = new ArrayList<>();
        String partner = null;
        boolean score = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Matcher idx = INDEXED.matcher(part);
            String word;
            if (idx.matches()) {
                word = SINGULAR.getOrDefault(idx.group(1), words(idx.group(1))) + " " + (Integer.parseInt(idx.group(2)) + 1);
            } else if ((part.equals("A") || part.equals("B")) && i > 0) {
                partner = "partner " + part;
                continue;
            } else if (part.equals("scores")) {
                score = true;
                continue;
            } else if (part.equals("partners") || part.equals("couple")) {
                continue;
            } else {
                word = words(part);
            }
            // "scores.B.emotionalSafety" reads "partner B's score for emotional safety".
            if (score) {
                word = "score for " + word;
                score = false;
            }
            if (partner != null) {
                word = partner + "'s " + word;
                partner = null;
            }
            out.add(word);
        }
        if (partner != null) {
            out.add(partner);
        }
        String sentence = String.join(", ", out).strip();
        return sentence.isEmpty() ? path : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** "emotionalSafety" → "emotional safety". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }

    static String heading(int count) {
        Texts texts = Texts.shared();
        return count == 1 ? texts.get("import.nothingImported.one")
                : texts.format("import.nothingImported.other", Map.of("count", count));
    }
}
