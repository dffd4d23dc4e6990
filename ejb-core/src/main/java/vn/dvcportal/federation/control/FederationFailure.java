package vn.dvcportal.federation.control;

import jakarta.ejb.ApplicationException;

/**
 * A sign-in through the identity provider that did not succeed: the provider could not be
 * reached, refused the code, or returned an identity that does not verify. The message is in
 * Vietnamese and may be shown to the user; the technical reason is logged, never shown.
 */
@ApplicationException(rollback = true)
public class FederationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FederationFailure(String message) {
        super(message);
    }

    public FederationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
