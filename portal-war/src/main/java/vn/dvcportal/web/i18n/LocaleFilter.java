package vn.dvcportal.web.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.dvcportal.web.site.Urls;

/**
 * Remembers a {@code ?lang=vi|en} choice in the {@code lang} cookie before any page is built;
 * {@link LanguagePreference} reads the choice back on every request. It also runs on forwards,
 * because the public paths reach their views by forward and filter order is not guaranteed.
 * Only the query string is read: asking for a request parameter would make the container parse
 * a posted body, file uploads included, before the servlet that owns it.
 */
@WebFilter(filterName = "locale", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Marks a request whose cookie is already written, so a forward does not repeat it. */
    private static final String DONE = LocaleFilter.class.getName() + ".done";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (request.getAttribute(DONE) == null) {
            request.setAttribute(DONE, Boolean.TRUE);
            Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String query = forwarded != null ? forwarded.toString() : request.getQueryString();
            Locale chosen = LanguagePreference.parse(Urls.param(query, LanguagePreference.PARAM));
            if (chosen != null) {
                response.addHeader("Set-Cookie", LanguagePreference.cookieHeader(chosen,
                        request.getContextPath(), request.isSecure()));
            }
        }
        chain.doFilter(request, response);
    }
}
