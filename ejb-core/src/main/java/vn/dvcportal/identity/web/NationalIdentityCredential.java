package vn.dvcportal.identity.web;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;
import vn.dvcportal.federation.control.VerifiedIdentity;

/** What the national identity provider vouched for, handed to the identity store. */
public final class NationalIdentityCredential implements Credential {

    private final VerifiedIdentity identity;

    public NationalIdentityCredential(VerifiedIdentity identity) {
        this.identity = Objects.requireNonNull(identity);
    }

    public VerifiedIdentity identity() {
        return identity;
    }
}
