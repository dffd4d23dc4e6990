package vn.dvcportal.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.web.PortalAuthentication;
import vn.dvcportal.identity.web.PortalIdentityStore;
import vn.dvcportal.web.site.PrettyUrlFilter;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Ends a session that the account has left behind: after "sign out everywhere", a password
 * change or reset, new roles, or a disabled account, the account's epoch has moved past the
 * one the session was signed in at. The person is then signed out and, for a page, sent to
 * the sign-in page with a word on why.
 *
 * <p>It also runs on forwards, once per request, because the public paths reach their views
 * by forward and the order of filters is not guaranteed.
 */
@WebFilter(filterName = "sessionEpoch", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SessionEpochFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The reason the sign-in page shows after a session was ended here. */
    static final String ENDED = "het-phien";

    private static final String DONE = SessionEpochFilter.class.getName() + ".done";
    private static final Logger LOG = Logger.getLogger(SessionEpochFilter.class.getName());

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (request.getAttribute(DONE) == null) {
            request.setAttribute(DONE, Boolean.TRUE);
            if (isStale(request)) {
                end(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isStale(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null || isResource(request)) {
            return false;
        }
        Object epoch;
        try {
            epoch = session.getAttribute(PortalIdentityStore.EPOCH);
        } catch (IllegalStateException e) {
            return false;
        }
        return epoch instanceof Integer signedInAt
                && accounts.sessionEpoch(principal.getName()) != signedInAt;
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static void end(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String login = request.getUserPrincipal().getName();
        LOG.log(Level.INFO, "Ending a session of {0} left behind by its account", login);
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.FINE, "Logout of {0} failed: {1}", new Object[] {login, e});
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // Already ended by a request running alongside.
            }
        }
        String path = publicPath(request);
        if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String location = request.getContextPath() + PrettyUrls.SIGN_IN + "?ly-do=" + ENDED;
        if ("GET".equals(request.getMethod()) && NextPage.isLocal(path)) {
            location += "&" + PortalAuthentication.NEXT + "="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        response.sendRedirect(location);
    }

    /** The path and query the visitor asked for, before any forward to a view. */
    private static String publicPath(HttpServletRequest request) {
        Object uri = request.getAttribute(PrettyUrlFilter.PUBLIC_URI);
        Object query = request.getAttribute(PrettyUrlFilter.PUBLIC_QUERY);
        String fullUri = uri != null ? uri.toString() : request.getRequestURI();
        String rawQuery = uri != null ? (query == null ? null : query.toString())
                : request.getQueryString();
        String path = fullUri.substring(Math.min(fullUri.length(),
                request.getContextPath().length()));
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
