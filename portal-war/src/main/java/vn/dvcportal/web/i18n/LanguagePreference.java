package vn.dvcportal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import vn.dvcportal.web.site.PrettyUrlFilter;
import vn.dvcportal.web.site.Urls;

/**
 * The language a visitor reads the portal in: Vietnamese unless they chose English with
 * {@code ?lang=en}. The choice is kept in a cookie rather than a server session, so that
 * anonymous visitors cost the server nothing between two pages; it is read again for every
 * request.
 */
@Named
@RequestScoped
public class LanguagePreference {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The name of the query parameter and of the cookie. */
    public static final String PARAM = "lang";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    @Inject
    HttpServletRequest request;

    private Locale locale;

    /** The locale for a {@code lang} parameter value, or {@code null} for anything else. */
    public static Locale parse(String lang) {
        if (lang == null) {
            return null;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "vi", "vi-vn" -> VIETNAMESE;
            case "en", "en-gb", "en-us" -> ENGLISH;
            default -> null;
        };
    }

    /**
     * The language of a request: the one named in its address, else the one its cookie
     * remembers, else Vietnamese. An unknown value in either place is ignored.
     */
    public static Locale resolve(String fromQuery, String fromCookie) {
        Locale chosen = parse(fromQuery);
        if (chosen == null) {
            chosen = parse(fromCookie);
        }
        return chosen == null ? VIETNAMESE : chosen;
    }

    /**
     * The {@code Set-Cookie} value that remembers a language for a year. Written by hand
     * because the servlet API has no portable way to add {@code SameSite}.
     */
    public static String cookieHeader(Locale locale, String contextPath, boolean secure) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
        return PARAM + "=" + locale.getLanguage() + "; Path=" + path
                + "; Max-Age=" + COOKIE_LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /** The value of the {@code lang} parameter in the address the visitor requested. */
    public static String queryLanguage(HttpServletRequest request) {
        Object publicQuery = request.getAttribute(PrettyUrlFilter.PUBLIC_QUERY);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = publicQuery != null ? publicQuery.toString()
                : forwarded != null ? forwarded.toString() : request.getQueryString();
        return Urls.param(query, PARAM);
    }

    /** The value of the {@code lang} cookie, or {@code null}. */
    public static String cookieLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (PARAM.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(queryLanguage(request), cookieLanguage(request));
        }
        return locale;
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguageTag() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    /** The address of the page being shown, in the other language. */
    public String switchUrl(String lang) {
        HttpServletRequest current = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        String uri = attribute(current, PrettyUrlFilter.PUBLIC_URI);
        String query = attribute(current, PrettyUrlFilter.PUBLIC_QUERY);
        if (uri == null) {
            uri = attribute(current, RequestDispatcher.ERROR_REQUEST_URI);
            query = null;
        }
        if (uri == null) {
            uri = current.getRequestURI();
            query = current.getQueryString();
        }
        return uri + "?" + Urls.replaceParam(query, PARAM, lang);
    }

    private static String attribute(HttpServletRequest request, String name) {
        Object value = request.getAttribute(name);
        return value == null ? null : value.toString();
    }
}
