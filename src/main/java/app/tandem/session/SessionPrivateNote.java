package app.tandem.session;

import app.tandem.casefile.PartnerId;
import jakarta.persistence.Column;
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

/**
 * What one partner told the counselor alone at a session. Kept in a row of its own, not in the
 * session row, so that erasing one partner's private content never touches a signed session: the
 * database refuses to add or change a private note of a signed session, and deletes one only
 * after that partner's erasure was recorded (see V0012_2).
 */
@Entity
@Table(name = "session_private_note")
public class SessionPrivateNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "session_private_note_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counseling_session_id")
    private CounselingSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false)
    private PartnerId partner;

    @Column(name = "text", nullable = false)
    private String text;

    protected SessionPrivateNote() {}

    SessionPrivateNote(CounselingSession session, PartnerId partner, String text) {
        this.session = session;
        this.partner = partner;
        this.text = text;
    }

    void setText(String text) {
        this.text = text;
    }

    public CounselingSession getSession() {
        return session;
    }

    public PartnerId getPartner() {
        return partner;
    }

    public String getText() {
        return text;
    }
}
