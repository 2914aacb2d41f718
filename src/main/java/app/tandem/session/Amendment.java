package app.tandem.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A correction of a signed note, with author, time and reason; never changed itself. */
@Entity
@Immutable
@Table(name = "session_amendment")
public class Amendment {

    public static final int REASON_MAX_LENGTH = 500;
    public static final int TEXT_MAX_LENGTH = 10_000;

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

    protected Amendment() {
    }

    Amendment(CounselingSession session, Instant amendedAt, String author, String reason, String text) {
        this.session = session;
        this.amendedAt = amendedAt;
        this.author = author;
        this.reason = reason;
        this.text = text;
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
