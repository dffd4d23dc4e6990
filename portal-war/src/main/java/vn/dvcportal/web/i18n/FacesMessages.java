package vn.dvcportal.web.i18n;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The validation and conversion messages that faces-config.xml names as the message bundle,
 * and the same texts for PrimeFaces' checks in the browser, which otherwise use translations
 * of their own.
 */
public final class FacesMessages {

    public static final String BUNDLE = "vn.dvcportal.web.i18n.faces";

    /** What the file picker checks before anything is sent. */
    public static final List<String> FILE_CHECKS = List.of(
            "primefaces.FileValidator.ALLOW_TYPES",
            "primefaces.FileValidator.ALLOW_TYPES_detail",
            "primefaces.FileValidator.SIZE_LIMIT",
            "primefaces.FileValidator.SIZE_LIMIT_detail",
            "primefaces.FileValidator.FILE_LIMIT",
            "primefaces.FileValidator.FILE_LIMIT_detail");

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FacesMessages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, FacesMessages.class.getClassLoader(),
                CONTROL);
    }

    /**
     * The messages as a JSON object for the browser. The browser fills in {@code {0}} itself
     * and knows nothing of MessageFormat's quoting, so doubled quotes are undone here.
     */
    public static String forBrowser(Locale locale, List<String> keys) {
        ResourceBundle bundle = bundle(locale);
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String key : keys) {
            try {
                json.add(key, bundle.getString(key).replace("''", "'"));
            } catch (MissingResourceException e) {
                // Left out: the browser then keeps its own text for this one.
            }
        }
        return json.build().toString();
    }
}
