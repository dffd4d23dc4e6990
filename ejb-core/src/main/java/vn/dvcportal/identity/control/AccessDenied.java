package vn.dvcportal.identity.control;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds the role a method requires but not over this object: an agency
 * administrator reaching into another agency, or anyone acting on an account they may not
 * manage. The message is in Vietnamese and may be shown.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}
