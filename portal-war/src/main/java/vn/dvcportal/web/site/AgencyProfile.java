package vn.dvcportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.web.i18n.LanguagePreference;

/**
 * Who runs this portal, as the header and footer of every page show it: the agency's name and
 * logo, the person responsible, address, phone, e-mail and copyright. Each deploying agency
 * writes its own in {@code dvc-portal.properties} in the server's configuration folder; the
 * copy inside the application fills any key the file leaves out. A key with the suffix
 * {@code .en} gives the English text.
 */
@Named
@ApplicationScoped
public class AgencyProfile {

    static final String FILE_NAME = "dvc-portal.properties";
    static final String DEFAULTS = "/vn/dvcportal/web/site/" + FILE_NAME;
    static final String ENGLISH_SUFFIX = ".en";

    private static final Logger LOG = Logger.getLogger(AgencyProfile.class.getName());

    @Inject
    LanguagePreference languagePreference;

    private Map<String, String> values = Map.of();

    @PostConstruct
    void load() {
        Map<String, String> merged = new HashMap<>();
        try (InputStream defaults = AgencyProfile.class.getResourceAsStream(DEFAULTS)) {
            if (defaults != null) {
                merged.putAll(read(defaults));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in agency profile cannot be read", e);
        }
        String configDir = System.getProperty("jboss.server.config.dir");
        Path file = configDir == null ? null : Path.of(configDir, FILE_NAME);
        if (file != null && Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                merged.putAll(read(in));
                LOG.log(Level.INFO, "Agency profile read from {0}", file);
            } catch (IOException e) {
                Logs.log(LOG, Level.WARNING, e,
                        "Agency profile {0} cannot be read; the built-in one is shown", file);
            }
        } else {
            LOG.log(Level.INFO, "No {0} in the server configuration: the built-in agency"
                    + " profile is shown", FILE_NAME);
        }
        values = Map.copyOf(merged);
    }

    /** Reads a properties file as UTF-8, every value trimmed and normalised to NFC. */
    static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key,
                Normalizer.normalize(properties.getProperty(key).strip(),
                        Normalizer.Form.NFC)));
        return map;
    }

    /**
     * The value of a key in a language: the {@code .en} key for English when it is set, the
     * plain key otherwise, an empty string when neither exists.
     */
    static String resolve(Map<String, String> values, String key, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            String english = values.get(key + ENGLISH_SUFFIX);
            if (english != null && !english.isEmpty()) {
                return english;
            }
        }
        return values.getOrDefault(key, "");
    }

    public String text(String key) {
        return resolve(values, key, languagePreference.getLocale());
    }

    public String getAgencyName() {
        return text("agency.name");
    }

    public String getPortalName() {
        return text("portal.name");
    }

    /** The logo's address: an image of the portal's own, or an absolute https URL. */
    public String logoUrl(String contextPath) {
        String logo = text("agency.logo");
        if (logo.isEmpty()) {
            logo = "/resources/images/emblem.svg";
        }
        return logo.startsWith("/") ? contextPath + logo : logo;
    }

    public String getFooterAgency() {
        return text("footer.agency");
    }

    public String getResponsible() {
        return text("footer.responsible");
    }

    public String getAddress() {
        return text("footer.address");
    }

    public String getPhone() {
        return text("footer.phone");
    }

    /** The phone number for a {@code tel:} link: digits and a leading plus only. */
    public String getPhoneLink() {
        String phone = getPhone();
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.isEmpty() ? "" : "tel:" + digits;
    }

    public String getEmail() {
        return text("footer.email");
    }

    public String getCopyright() {
        return text("footer.copyright");
    }
}
