package vn.dvcportal.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.audit.entity.AuditEventType;

/** One audit record as an administrator reads it. */
public record AuditEntry(long id, Instant at, AuditEventType type, String actor, String subject,
        String clientAddress, String detail) implements Serializable {
}
