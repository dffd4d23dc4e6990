package vn.dvcportal.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dvcportal.web.site.Urls;

/**
 * Applies {@code ?lang=vi|en} before any page is built. It also runs on forwards, because the
 * public paths reach their views by forward and filter order is not guaranteed. Only the query
 * string is read: asking for a request parameter would make the container parse a posted body,
 * file uploads included, before the servlet that owns it.
 */
@WebFilter(filterName = "locale", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleView localeView;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? forwarded.toString() : request.getQueryString();
        String lang = Urls.param(query, LocaleView.PARAM);
        if (LocaleView.parse(lang) != null) {
            localeView.select(lang);
        }
        chain.doFilter(request, response);
    }
}
