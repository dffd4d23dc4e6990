package vn.dvcportal.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.dvcportal.audit.control.AccessLogWriter;
import vn.dvcportal.audit.entity.AccessLogEntry;
import vn.dvcportal.identity.entity.Roles;

/**
 * The record of every HTTP request served, input of the access reports. Requests hand their
 * record over and go on; it reaches the database a moment later, in a batch.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccessLog {

    /** Most records {@link #between} returns at once. */
    public static final int MAX_RECORDS = 10_000;

    @EJB
    AccessLogWriter writer;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /**
     * Queues a record for writing and returns at once. When the writer cannot keep up the
     * record is dropped rather than keep the request waiting.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void enqueue(AccessRecord r) {
        if (r != null) {
            writer.offer(r);
        }
    }

    /**
     * Records of requests that arrived from {@code from} (included) to {@code to} (excluded),
     * oldest first, at most {@code max} of them. Records still queued are not seen yet.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<AccessRecord> between(Instant from, Instant to, int max) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidAuditQuery("Khoảng thời gian không hợp lệ: thời điểm bắt đầu"
                    + " phải trước thời điểm kết thúc.");
        }
        if (max < 1 || max > MAX_RECORDS) {
            throw new InvalidAuditQuery("Số bản ghi phải từ 1 đến " + MAX_RECORDS + ".");
        }
        return em.createQuery("SELECT e FROM AccessLogEntry e"
                        + " WHERE e.requestedAt >= :from AND e.requestedAt < :to"
                        + " ORDER BY e.requestedAt, e.id", AccessLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultStream()
                .map(e -> new AccessRecord(e.getRequestedAt(), e.getUserName(),
                        e.getClientAddress(), e.getMethod(), e.getPath(), e.getStatus(),
                        e.getDurationMillis(), e.getUserAgent()))
                .toList();
    }
}
