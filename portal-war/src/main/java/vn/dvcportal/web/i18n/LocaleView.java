package vn.dvcportal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import vn.dvcportal.web.site.PrettyUrlFilter;
import vn.dvcportal.web.site.Urls;

/**
 * The language a visitor reads the portal in: Vietnamese unless they chose English with
 * {@code ?lang=en}. The choice lasts for the session.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String PARAM = "lang";

    private Locale locale = VIETNAMESE;

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

    /** Switches language; an unknown value is ignored. */
    public void select(String lang) {
        Locale chosen = parse(lang);
        if (chosen != null) {
            locale = chosen;
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguageTag() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The address of the page being shown, in the other language. */
    public String switchUrl(String lang) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        String uri = attribute(request, PrettyUrlFilter.PUBLIC_URI);
        String query = attribute(request, PrettyUrlFilter.PUBLIC_QUERY);
        if (uri == null) {
            uri = attribute(request, RequestDispatcher.ERROR_REQUEST_URI);
            query = null;
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return uri + "?" + Urls.replaceParam(query, PARAM, lang);
    }

    private static String attribute(HttpServletRequest request, String name) {
        Object value = request.getAttribute(name);
        return value == null ? null : value.toString();
    }
}
