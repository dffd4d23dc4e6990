package vn.dvcportal.audit.boundary;

import jakarta.ejb.ApplicationException;

/** A search the audit log cannot answer; the message is Vietnamese and meant for the user. */
@ApplicationException
public class InvalidAuditQuery extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidAuditQuery(String message) {
        super(message);
    }
}
