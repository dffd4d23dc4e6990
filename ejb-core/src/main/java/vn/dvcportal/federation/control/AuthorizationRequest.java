package vn.dvcportal.federation.control;

import java.io.Serializable;

/**
 * A sign-in that was sent to the identity provider and has not come back yet. It is kept in
 * the user's HTTP session until the provider redirects back, and never shown to anyone: the
 * code verifier and the nonce are what make a stolen code or token useless.
 *
 * @param url where to send the browser
 * @param state the value the provider must return unchanged with the code
 * @param nonce the value the identity token must carry
 * @param codeVerifier the PKCE secret whose S256 challenge is in the URL
 */
public record AuthorizationRequest(String url, String state, String nonce, String codeVerifier)
        implements Serializable {

    @Override
    public String toString() {
        // The secrets stay out of logs.
        return "AuthorizationRequest[" + url + "]";
    }
}
