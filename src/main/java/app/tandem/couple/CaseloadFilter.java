package app.tandem.couple;

import app.tandem.casefile.CaseFile.CoupleStatus;
import java.util.Locale;

/**
 * What the caseload grid is narrowed to: a search text (name or reference), a status and, for
 * supervisors, a counselor. Nulls mean "any".
 */
public record CaseloadFilter(String search, CoupleStatus status, Long counselorId) {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null, null);
    }

    String searchPattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return escaped + "%";
    }
}
