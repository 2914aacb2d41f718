package app.tandem.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    List<AuditEvent> findByActionOrderByIdAsc(AuditAction action);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:actor is null or e.actorEmail like concat('%', :actor, '%'))
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.id desc""")
    Slice<AuditEvent> search(AuditAction action, String actor, Instant from, Instant to, Pageable pageable);
}
