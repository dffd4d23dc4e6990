package vn.dvcportal.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The request behind the page being processed, and the way out of it. */
final class Pages {

    private Pages() {
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    /** Ends the page with a redirect to a path inside the portal. */
    static void redirect(String path) {
        ExternalContext external = external();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * A request parameter that no component of the page reads: its trimmed value, null when it
     * was sent empty, or the fallback when it was not sent at all.
     */
    static String posted(String name, String fallback) {
        Map<String, String> params = external().getRequestParameterMap();
        if (!params.containsKey(name)) {
            return fallback;
        }
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The characters of a typed password; an empty array for nothing. */
    static char[] chars(String typed) {
        return typed == null ? new char[0] : typed.toCharArray();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
