package vn.dvcportal.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's labels for code that runs outside a page: formatters, the REST API, the site map.
 * Pages read the same bundle as {@code #{msg}}.
 */
public final class Texts {

    public static final String BUNDLE = "vn.dvcportal.web.i18n.messages";

    /** No fallback to the server's own locale: Vietnamese is the base bundle, not English. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), CONTROL);
    }

    /** The text of a key; the key itself when it is missing, so a gap shows but breaks nothing. */
    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A text with {@code {0}}-style arguments, numbers formatted for the locale. */
    public static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(text(locale, key), locale).format(args);
    }
}
