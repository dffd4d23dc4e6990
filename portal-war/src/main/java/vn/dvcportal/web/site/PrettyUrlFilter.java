package vn.dvcportal.web.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the Vietnamese public paths ({@code /thu-tuc}, {@code /thu-tuc/1.000771}...) by
 * forwarding to their views, and redirects requests that name a view directly. A forward keeps
 * the query string, so filters and page numbers reach the view unchanged. Paths with encoded
 * separators or parent steps are refused with 400 before anything is decoded or forwarded, and
 * the administration's views are forwarded to only for administrators, whatever the
 * container's constraints on the public path say.
 */
@WebFilter(filterName = "prettyUrls", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PrettyUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request URI as sent, before the forward to a view. */
    public static final String PUBLIC_URI = "vn.dvcportal.web.site.publicUri";
    /** The query string as sent, before the forward to a view; may be absent. */
    public static final String PUBLIC_QUERY = "vn.dvcportal.web.site.publicQuery";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (PrettyUrls.isUnsafeRawPath(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String path = pathOf(request);
        Optional<String> target = PrettyUrls.forwardTarget(path);
        if (target.isPresent()) {
            if (PrettyUrls.isAdminView(target.get())
                    && !request.isUserInRole(PrettyUrls.ADMIN_ROLE)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            // Error pages and the language switch need the address the visitor sees.
            request.setAttribute(PUBLIC_URI, request.getRequestURI());
            request.setAttribute(PUBLIC_QUERY, request.getQueryString());
            request.getRequestDispatcher(target.get()).forward(request, response);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            Optional<PrettyUrls.Redirect> redirect =
                    PrettyUrls.redirectFor(path, request.getQueryString());
            if (redirect.isPresent()) {
                String location = request.getContextPath() + redirect.get().location();
                response.setStatus(redirect.get().permanent()
                        ? HttpServletResponse.SC_MOVED_PERMANENTLY
                        : HttpServletResponse.SC_FOUND);
                response.setHeader("Location", response.encodeRedirectURL(location));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The path as the browser sent it, decoded. The request URI is used rather than the
     * servlet path, which the container may already have rewritten to a welcome file.
     */
    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String inside = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        int semicolon = inside.indexOf(';');
        if (semicolon >= 0) {
            inside = inside.substring(0, semicolon);
        }
        return inside.isEmpty() ? "/" : Urls.decodePath(inside);
    }
}
