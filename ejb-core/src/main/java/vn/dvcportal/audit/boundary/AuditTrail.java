package vn.dvcportal.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dvcportal.audit.control.AuditTexts;
import vn.dvcportal.audit.entity.AuditEvent;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.identity.entity.Roles;

/**
 * The log of security events: every part of the portal that signs someone in, changes an
 * account or its roles reports here, and administrators search it.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /**
     * Records an event now. The record is committed on its own, so it survives the rollback of
     * the work it reports, a failed sign-in for instance.
     *
     * @param type          what happened
     * @param actor         login name of whoever acted, {@code null} if nobody was signed in
     * @param subject       login name of the account concerned, or {@code null}
     * @param clientAddress where the request came from, or {@code null}
     * @param detail        a short free text, never a password or a token
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEventType type, String actor, String subject, String clientAddress,
            String detail) {
        Objects.requireNonNull(type, "type");
        em.persist(new AuditEvent(Instant.now(), type,
                AuditTexts.clip(actor, AuditEvent.NAME_LENGTH),
                AuditTexts.clip(subject, AuditEvent.NAME_LENGTH),
                AuditTexts.clip(clientAddress, AuditEvent.ADDRESS_LENGTH),
                AuditTexts.clip(detail, AuditEvent.DETAIL_LENGTH)));
    }

    /**
     * One page of the events that match, newest first. Events are not tied to an agency, so
     * only the system administrator reads them: an agency's administrator would see others'.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditPage search(AuditQuery q) {
        Objects.requireNonNull(q, "query");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(q, parameters);
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> page = em.createQuery("SELECT e FROM AuditEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<AuditEntry> entries = new ArrayList<>();
        if (q.first() < total) {
            for (AuditEvent e : page.setFirstResult(q.first()).setMaxResults(q.size())
                    .getResultList()) {
                entries.add(new AuditEntry(e.getId(), e.getOccurredAt(), e.getType(),
                        e.getActor(), e.getSubject(), e.getClientAddress(), e.getDetail()));
            }
        }
        return new AuditPage(entries, total, q.first(), q.size());
    }

    /** The WHERE clause of a query, its parameters added to the map. */
    static String where(AuditQuery q, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", q.from());
        }
        if (q.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", q.to());
        }
        if (q.type() != null) {
            conditions.add("e.type = :type");
            parameters.put("type", q.type());
        }
        if (q.actor() != null) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", AuditTexts.clip(q.actor(), AuditEvent.NAME_LENGTH));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
