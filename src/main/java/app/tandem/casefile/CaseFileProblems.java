package app.tandem.casefile;

import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-file problems for people. {@link CaseFileException#errors()} names each place by its JSON
 * path ({@code sessions[3].scores.B.emotionalSafety: …}); this says it in words ("Session 4,
 * partner B's score for emotional safety: …") and keeps the path in brackets for whoever fixes
 * the file. The import screen and the command line show the same sentence. The words come from
 * {@code seeds/texts/case-file.yaml} ({@code caseFile.place.*}).
 */
public final class CaseFileProblems {

    private static final Pattern PROBLEM = Pattern.compile("^([$\\w\\[\\].-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)]$");

    private CaseFileProblems() {}

    /** Every problem of {@code e}, in words. */
    public static List<String> inWords(CaseFileException e) {
        return e.errors().stream().map(CaseFileProblems::inWords).toList();
    }

    /** "Session 4, partner B's score for emotional safety: … (sessions[3]…)" for "sessions[3].scores.B.emotionalSafety: …". */
    public static String inWords(String problem) {
        Matcher m = PROBLEM.matcher(problem);
        if (!m.matches()) {
            return problem;
        }
        Texts texts = Texts.shared();
        String path = m.group(1);
        String what = m.group(2);
        if (path.equals("$")) {
            return texts.format(
                    "caseFile.place.wholeFileProblem",
                    Map.of("words", texts.get("caseFile.place.wholeFile"), "problem", what));
        }
        return texts.format(
                "caseFile.place.problem",
                Map.of("words", pathInWords(path), "problem", what, "path", path.replaceFirst("^\\$\\.", "")));
    }

    /** "Session 4, partner B's score for emotional safety" for "sessions[3].scores.B.emotionalSafety". */
    public static String pathInWords(String path) {
        Texts texts = Texts.shared();
        String[] parts = path.replaceFirst("^\\$\\.?", "").split("\\.");
        List<String> out = new ArrayList<>();
        String partner = null;
        boolean score = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Matcher idx = INDEXED.matcher(part);
            String word;
            if (idx.matches()) {
                word = texts.format(
                        "caseFile.place.item",
                        Map.of("noun", noun(texts, idx.group(1)), "n", Integer.parseInt(idx.group(2)) + 1));
            } else if (part.matches("[A-Z]") && i > 0) {
                // A partner key: A or B, or a wrong one such as C, which the problem then explains.
                partner = texts.format("caseFile.place.partner", Map.of("partner", part));
                continue;
            } else if (part.equals("scores")) {
                score = true;
                continue;
            } else if (part.equals("partners") || part.equals("couple")) {
                continue;
            } else {
                word = field(texts, part);
            }
            // "scores.B.emotionalSafety" reads "partner B's score for emotional safety".
            if (score) {
                word = texts.format("caseFile.place.score", Map.of("metric", word));
                score = false;
            }
            if (partner != null) {
                word = texts.format("caseFile.place.partnersField", Map.of("partner", partner, "field", word));
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

    private static String noun(Texts texts, String list) {
        String key = "caseFile.place.noun." + list;
        return texts.has(key) ? texts.get(key) : words(list);
    }

    /** A field's name in words: as {@code caseFile.place.field} says, else from its camel case. */
    private static String field(Texts texts, String name) {
        String key = "caseFile.place.field." + name;
        return texts.has(key) ? texts.get(key) : words(name);
    }

    /** "emotionalSafety" → "emotional safety". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }
}
