package vn.dvcportal.web.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.federation.control.AuthorizationRequest;
import vn.dvcportal.federation.control.FederationFailure;
import vn.dvcportal.federation.control.OpenIdClient;
import vn.dvcportal.federation.control.VerifiedIdentity;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.web.NationalIdentityCredential;
import vn.dvcportal.identity.web.PortalAuthentication;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Signing in through the national identity provider (VNeID) by OpenID Connect. The first
 * address sends the browser to the provider and keeps what the return must match in the
 * session; the second takes the provider's answer, has the identity verified and signs the
 * person in to the local account that holds their personal identification number.
 */
@WebServlet(name = "nationalSignIn",
        urlPatterns = {PrettyUrls.NATIONAL_SIGN_IN, PrettyUrls.NATIONAL_RETURN})
public class NationalSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The reason the sign-in page shows when no local account has the person's number. */
    static final String NO_ACCOUNT = "vneid-chua-co-tai-khoan";

    static final String BEGUN = NationalSignInServlet.class.getName() + ".begun";
    static final String NEXT = NationalSignInServlet.class.getName() + ".next";
    static final String PREFILL = NationalSignInServlet.class.getName() + ".prefill";

    private static final Logger LOG = Logger.getLogger(NationalSignInServlet.class.getName());

    /** What the provider said about someone who has no account yet, for the registration. */
    public record Prefill(String personalId, String fullName, String email)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    OpenIdClient openId;

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!openId.isConfigured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (PrettyUrls.NATIONAL_RETURN.equals(request.getServletPath())) {
            complete(request, response);
        } else {
            begin(request, response);
        }
    }

    private void begin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession();
        String next = request.getParameter(PortalAuthentication.NEXT);
        try {
            AuthorizationRequest begun = openId.begin(redirectUri(request));
            session.setAttribute(BEGUN, begun);
            session.setAttribute(NEXT, NextPage.isLocal(next) ? next : null);
            response.sendRedirect(begun.url());
        } catch (FederationFailure e) {
            backToSignIn(request, response, e.getMessage(), null);
        }
    }

    private void complete(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession();
        Object begun = session.getAttribute(BEGUN);
        Object next = session.getAttribute(NEXT);
        // One answer per request sent: a replayed answer finds nothing to match.
        session.removeAttribute(BEGUN);
        session.removeAttribute(NEXT);
        if (request.getParameter("error") != null) {
            LOG.log(Level.INFO, "The identity provider answered {0}",
                    safe(request.getParameter("error")));
            backToSignIn(request, response, text(request, "signIn.national.cancelled"), null);
            return;
        }
        VerifiedIdentity identity;
        try {
            identity = openId.complete(request.getParameter("code"),
                    request.getParameter("state"), redirectUri(request),
                    begun instanceof AuthorizationRequest a ? a : null);
        } catch (FederationFailure e) {
            backToSignIn(request, response, e.getMessage(), null);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new NationalIdentityCredential(identity))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            request.getSession().setAttribute(PREFILL, new Prefill(identity.personalId(),
                    identity.name(), identity.email()));
            response.setStatus(HttpServletResponse.SC_OK);
            backToSignIn(request, response, null, NO_ACCOUNT);
            return;
        }
        AccountSummary account = accounts.current();
        SignedInSession.started(request, account);
        String target = NextPage.after(next == null ? null : next.toString(), account.roles());
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String redirectUri(HttpServletRequest request) {
        return PublicAddress.of(request, PrettyUrls.NATIONAL_RETURN);
    }

    private static void backToSignIn(HttpServletRequest request, HttpServletResponse response,
            String notice, String reason) throws IOException {
        if (notice != null) {
            SignedInSession.notice(request.getSession(), notice);
        }
        response.sendRedirect(request.getContextPath() + PrettyUrls.SIGN_IN
                + (reason == null ? "" : "?ly-do=" + reason));
    }

    private static String text(HttpServletRequest request, String key) {
        Locale locale = LanguagePreference.resolve(null,
                LanguagePreference.cookieLanguage(request));
        return Texts.text(locale, key);
    }

    /** A value from the query fit for the log: short, letters, digits and a few signs. */
    private static String safe(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
