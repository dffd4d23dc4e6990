package vn.dvcportal.web.dossier;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.dvcportal.identity.control.AccessDenied;

/** The ways a dossier page ends other than by showing itself: a redirect or a 404. */
public final class PageExits {

    private PageExits() {
    }

    /** Ends the page with a redirect to a path inside the portal. */
    public static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Ends the page with the portal's 404 page: for a dossier that does not exist and for one
     * the caller may not see alike, so that a guessed number or code tells nothing.
     */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The request behind the page. */
    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
    }

    /**
     * True for a refusal of the business core: a role the caller lacks (the container's
     * {@link EJBAccessException}) or an object outside their reach ({@link AccessDenied}),
     * also when it arrives wrapped in another exception.
     */
    public static boolean isRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied || t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The session's idle limit less a margin, in milliseconds, for the idle warning. */
    public static long idleWarningMillis(HttpServletRequest request, int marginSeconds) {
        int limit = request.getSession().getMaxInactiveInterval();
        if (limit <= 0) {
            // Sessions that never end need no warning; an hour between checks is plenty.
            return 3_600_000L;
        }
        return Math.max(60, limit - marginSeconds) * 1000L;
    }
}
