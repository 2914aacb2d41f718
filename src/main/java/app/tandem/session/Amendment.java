package app.tandem.session;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.AmendmentScope;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A correction of a signed note, with author, time, reason and scope (the shared note or one
 * partner's private note); never changed itself.
 */
@Entity
@Immutable
@Table(name = "session_amendment")
public class Amendment {

    public static final int REASON_MAX_LENGTH = FieldLimits.AMENDMENT_REASON;
    public static final int TEXT_MAX_LENGTH = FieldLimits.AMENDMENT_TEXT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "session_amendment_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counseling_session_id")
    private CounselingSession session;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private AmendmentScope scope = AmendmentScope.SHARED;

    @Embedded
    private ImportMark imported;

    protected Amendment() {}

    Amendment(
            CounselingSession session,
            Instant amendedAt,
            String author,
            String reason,
            String text,
            AmendmentScope scope) {
        this.session = session;
        this.amendedAt = amendedAt;
        this.author = author;
        this.reason = reason;
        this.text = text;
        this.scope = scope == null ? AmendmentScope.SHARED : scope;
    }

    /** An amendment from a case file, marked with who imported it and when. */
    static Amendment imported(CounselingSession session, CaseFile.Amendment a, String importedBy, Instant importedAt) {
        Amendment amendment = new Amendment(session, a.at(), a.author(), a.reason(), a.text(), a.scope());
        amendment.imported = new ImportMark(importedBy, importedAt);
        return amendment;
    }

    /** Shared, or private to one partner (then it follows that partner's private-note rules). */
    public AmendmentScope getScope() {
        return scope;
    }

    /** Who imported it and when; null when written in Tandem. */
    public ImportMark getImported() {
        return imported;
    }

    public boolean isImported() {
        return imported != null;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public CounselingSession getSession() {
        return session;
    }
}
