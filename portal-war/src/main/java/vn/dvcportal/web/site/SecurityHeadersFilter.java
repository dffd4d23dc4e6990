package vn.dvcportal.web.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response: pages, resources, the API, error pages.
 * When PrimeFaces writes its own policy for a page, only its nonce is kept, folded into the
 * portal's policy, so that each response has exactly one policy. It runs on forwards and error
 * pages as well because that is where pages are rendered.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", dispatcherTypes = {
    DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        SecurityHeaders.FIXED.forEach(response::setHeader);
        if (!response.containsHeader(SecurityHeaders.CSP)) {
            response.setHeader(SecurityHeaders.CSP, SecurityHeaders.policy(null));
        }
        chain.doFilter(request, new PolicyResponse(response));
    }

    /** Turns any policy added further down into the portal's policy with that nonce. */
    static final class PolicyResponse extends HttpServletResponseWrapper {

        PolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(SecurityHeaders.CSP,
                        SecurityHeaders.policy(SecurityHeaders.nonceOf(value)));
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
