package vn.dvcportal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The page the verification link of a registration leads to. Opening it is the proof that the
 * address reaches its owner; the account may sign in from then on.
 */
@Named
@RequestScoped
public class VerifyEmailView {

    @Inject
    Registrations registrations;

    private String token;
    private String code;
    private boolean verified;
    private String problem;

    /** Redeems the link's token, once. */
    public void verify() {
        String given = token != null && !token.isBlank() ? token : code;
        if (given == null || given.isBlank()) {
            problem = "";
            return;
        }
        try {
            registrations.verifyEmail(given.strip());
            verified = true;
        } catch (ValidationFailure e) {
            problem = e.problems().values().iterator().next();
        }
    }

    public boolean isVerified() {
        return verified;
    }

    /** The core's word on a bad link; empty when no link was given at all. */
    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The same token under the portal's own parameter name, {@code ?ma=}. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
