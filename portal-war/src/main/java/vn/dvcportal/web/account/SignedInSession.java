package vn.dvcportal.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.web.PortalIdentityStore;

/**
 * What the session of a signed-in person holds besides the identity the container keeps: who
 * they are for the header, the account's sign-out epoch, the token that the sign-out form
 * carries, and a one-time notice for the next page.
 */
public final class SignedInSession {

    static final String ACCOUNT = SignedInSession.class.getName() + ".account";
    static final String SIGN_OUT_TOKEN = SignedInSession.class.getName() + ".signOutToken";
    static final String NOTICE = SignedInSession.class.getName() + ".notice";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignedInSession() {
    }

    /**
     * Completes a sign-in the container has accepted: a new session id, so that an id known
     * before signing in is worth nothing after it, and the account for the pages.
     */
    public static void started(HttpServletRequest request, AccountSummary account) {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(ACCOUNT, account);
        session.setAttribute(PortalIdentityStore.EPOCH, account.sessionEpoch());
        session.removeAttribute(SIGN_OUT_TOKEN);
    }

    /** The account kept at sign-in, or null. */
    public static AccountSummary account(HttpSession session) {
        Object account = session == null ? null : session.getAttribute(ACCOUNT);
        return account instanceof AccountSummary summary ? summary : null;
    }

    static void keep(HttpSession session, AccountSummary account) {
        session.setAttribute(ACCOUNT, account);
    }

    /**
     * The token the sign-out form carries, made when first asked for. A page of another site
     * cannot read it, so it cannot sign anyone out behind their back.
     */
    public static String signOutToken(HttpSession session) {
        if (session == null) {
            return "";
        }
        Object token = session.getAttribute(SIGN_OUT_TOKEN);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SIGN_OUT_TOKEN, token);
        }
        return token.toString();
    }

    /** True when the posted token is the session's; compared in constant time. */
    static boolean isSignOutToken(HttpSession session, String posted) {
        Object token = session == null ? null : session.getAttribute(SIGN_OUT_TOKEN);
        return token != null && posted != null && MessageDigest.isEqual(
                token.toString().getBytes(StandardCharsets.UTF_8),
                posted.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves a notice, already in the reader's words, for the next page to show once. */
    static void notice(HttpSession session, String text) {
        session.setAttribute(NOTICE, text);
    }

    /** The notice left for this page, which is then gone; null when there is none. */
    static String takeNotice(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object text = session.getAttribute(NOTICE);
        if (text != null) {
            session.removeAttribute(NOTICE);
        }
        return text == null ? null : text.toString();
    }
}
