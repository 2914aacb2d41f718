package app.tandem.session;

import app.tandem.casefile.CaseFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who brought a session, amendment or safety review into Tandem from a case file, and when. A
 * record without one was made here; Hibernate leaves the field null when both columns are.
 */
@Embeddable
public class ImportMark {

    @Column(name = "imported_at")
    private Instant at;

    @Column(name = "imported_by")
    private String by;

    protected ImportMark() {}

    ImportMark(String by, Instant at) {
        this.by = by;
        this.at = at;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    /** The mark as the case file writes it; null for a record made here. */
    public static CaseFile.Imported toCaseFile(ImportMark mark) {
        return mark == null ? null : new CaseFile.Imported(mark.at, mark.by);
    }
}
