package vn.dvcportal.mail.control;

import jakarta.ejb.ApplicationException;

/**
 * A message that could not be handed to the mail server. The message of the exception is in
 * Vietnamese and may be shown to the user; the cause, logged by the {@link Mailer}, is not.
 *
 * <p>It rolls back the transaction it crosses: an account whose verification mail never left
 * must not stay half-registered, and the user can simply try again.
 */
@ApplicationException(rollback = true)
public class MailFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailure(String message) {
        super(message);
    }

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
