package vn.dvcportal.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The portal's one authentication mechanism. A person signs in on the sign-in page (password or
 * national identity), which hands the credential over through
 * {@code SecurityContext.authenticate}; the command line sends HTTP Basic to the API. Once
 * signed in, the session carries the identity. A protected page asked for without it leads to
 * the sign-in page, which comes back to the page afterwards; the API answers 401 instead.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Where the sign-in page lives; the query parameter {@value #NEXT} says where to go after. */
    public static final String SIGN_IN = "/dang-nhap";
    public static final String NEXT = "tiep";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        Credential given = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (given != null) {
            CredentialValidationResult result = identityStores.validate(given);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        boolean api = isApi(request);
        String header = request.getHeader("Authorization");
        if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = basic(header.substring(6).trim());
            CredentialValidationResult result = basic == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return challenge(response);
        }
        String signIn = request.getContextPath() + SIGN_IN + "?" + NEXT + "="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A plain redirect would be followed by the page's script and then thrown away: a
            // session that ended behind an open form must take the user to sign in, visibly.
            return ajaxRedirect(response, signIn);
        }
        return context.redirect(signIn);
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        response.setContentType("text/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"" + url.replace("&", "&amp;")
                            .replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"></redirect></partial-response>");
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"DVC Portal\", charset=\"UTF-8\"");
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The user name and password of a Basic header, or null when it is not well formed. */
    static UsernamePasswordCredential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon),
                new Password(decoded.substring(colon + 1)));
    }

    /** The page asked for, as a path within the portal, to come back to after signing in. */
    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
