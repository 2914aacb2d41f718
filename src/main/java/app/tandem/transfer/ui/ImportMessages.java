package app.tandem.transfer.ui;

import app.tandem.casefile.CaseFileProblems;
import app.tandem.text.Texts;
import java.util.Map;

/**
 * Import problems for people: each problem in words with its JSON path in brackets, as
 * {@link CaseFileProblems} says it (the command line says the same), under a heading that counts them.
 */
final class ImportMessages {

    private ImportMessages() {}

    /** "Session 4, partner B's score for emotional safety: …" for "sessions[3].scores.B.emotionalSafety: …". */
    static String inWords(String problem) {
        return CaseFileProblems.inWords(problem);
    }

    static String heading(int count) {
        Texts texts = Texts.shared();
        return count == 1
                ? texts.get("import.nothingImported.one")
                : texts.format("import.nothingImported.other", Map.of("count", count));
    }
}
