package vn.dvcportal.identity.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The current password given to authorise a change was wrong. Unlike other validation
 * failures it keeps the transaction, so the failure counts towards the lockout: a session left
 * open must not become a way to guess the password without limit.
 */
@ApplicationException(rollback = false)
public class WrongPassword extends ValidationFailure {

    private static final long serialVersionUID = 1L;

    public WrongPassword(String field, String message) {
        super(Map.of(field, message));
    }
}
