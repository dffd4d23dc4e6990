package vn.dvcportal.web.account;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Signs out: the form in the header posts here with the session's sign-out token. The session
 * ends with everything in it. Only a post with the token signs out, so that neither a link nor
 * a form of another site can.
 */
@WebServlet(name = "signOut", urlPatterns = PrettyUrls.SIGN_OUT)
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The name of the form field that carries the token. */
    public static final String TOKEN = "token";

    /** The reason the sign-in page shows afterwards. */
    static final String SIGNED_OUT = "da-dang-xuat";

    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            response.sendRedirect(request.getContextPath() + PrettyUrls.HOME);
            return;
        }
        if (!SignedInSession.isSignOutToken(session, request.getParameter(TOKEN))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            accounts.signedOut(request.getRemoteAddr());
        } catch (AccessDenied | EJBException e) {
            LOG.log(Level.FINE, "Sign-out of {0} not audited: {1}",
                    new Object[] {request.getUserPrincipal().getName(), e});
        }
        signOut(request);
        response.sendRedirect(request.getContextPath() + PrettyUrls.SIGN_IN + "?ly-do="
                + SIGNED_OUT);
    }

    /** Ends the container's identity and the session. */
    static void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Logout failed: {0}", e.toString());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // Ended already.
            }
        }
    }
}
