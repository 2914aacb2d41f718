package app.tandem.casefile;

import app.tandem.text.Texts;
import java.util.HashMap;
import java.util.Map;

/**
 * The reader's problem sentences, from {@code seeds/texts/case-file.yaml}: {@code caseFile.problem.*}
 * and the names of wrong values ({@code caseFile.kind.*}). Plain Java: the command-line jar carries
 * the texts too.
 */
final class Sentences {

    private Sentences() {}

    /** The problem {@code key} with its placeholders filled from name/value pairs. */
    static String say(String key, Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Texts.shared().format("caseFile.problem." + key, params);
    }

    /** How a wrong value is named: {@code kind} is a key of {@code caseFile.kind}. */
    static String kind(String kind, Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Texts.shared().format("caseFile.kind." + kind, params);
    }
}
