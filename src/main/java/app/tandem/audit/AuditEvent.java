package app.tandem.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audited action. Immutable: the application only ever inserts these rows. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    /** Long enough for the plain-words summary of a data-access copy. */
    public static final int DETAIL_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "audit_event_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "object_type", updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(name = "outcome", nullable = false, updatable = false)
    private String outcome;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            Long actorId,
            String actorEmail,
            AuditAction action,
            String objectType,
            String objectId,
            String outcome,
            String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = truncate(actorEmail, 254);
        this.action = action;
        this.objectType = objectType;
        this.objectId = truncate(objectId, 64);
        this.outcome = outcome;
        this.detail = truncate(detail, DETAIL_MAX_LENGTH);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
