package app.tandem.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule of a data-access copy as {@code docs/data-access-copy.md} states it: one row per field
 * and kind of record. Read from the document itself, so the test checks the copy against what the
 * practice reads, not against a second copy of the rule.
 */
final class RuleTable {

    static final Path DOCUMENT = Path.of("docs/data-access-copy.md");

    /** {@code field|records} → rule. */
    private final Map<String, String> rules = new LinkedHashMap<>();

    private RuleTable() {}

    static RuleTable read() {
        RuleTable table = new RuleTable();
        String text;
        try {
            text = Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body =
                text.substring(text.indexOf("<!-- rule-table:start -->"), text.indexOf("<!-- rule-table:end -->"));
        for (String line : body.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String field = cells[1].strip().replace("`", "");
            String records = cells[2].strip();
            String rule = cells[3].strip();
            if (table.rules.put(field + "|" + records, rule) != null) {
                throw new IllegalStateException("Two rows for " + field + " (" + records + ")");
            }
        }
        return table;
    }

    /** The rule for {@code field} in a record of kind {@code records}, else its row for every kind, else null. */
    String rule(String field, String records) {
        String specific = rules.get(field + "|" + records);
        return specific != null ? specific : rules.get(field + "|—");
    }

    /**
     * Whether the table has a row for {@code field}, for an object that contains it, or (for an
     * object or list) for a field inside it.
     */
    boolean covers(String field) {
        for (String key : rules.keySet()) {
            String f = key.substring(0, key.indexOf('|'));
            if (field.equals(f)
                    || field.startsWith(f + ".")
                    || field.startsWith(f + "[")
                    || f.startsWith(field + ".")
                    || f.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return rules.size();
    }
}
