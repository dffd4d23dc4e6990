package vn.dvcportal.web.catalog;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of a procedure list exactly as they travel in its address, before any parsing,
 * so that links to other pages of the same list repeat what the visitor chose.
 */
public record ListFilter(String text, String field, String agency, String level,
        String audience, String channel) implements Serializable {

    public static final ListFilter NONE = new ListFilter(null, null, null, null, null, null);

    public static ListFilter ofField(String fieldId) {
        return new ListFilter(null, fieldId, null, null, null, null);
    }

    public static ListFilter ofAgency(String agencyId) {
        return new ListFilter(null, null, agencyId, null, null, null);
    }

    public static ListFilter ofChannel(String channel) {
        return new ListFilter(null, null, null, null, null, channel);
    }

    /** The parameters in the order the address shows them; blank ones are dropped later. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(CatalogUrls.TEXT, text);
        params.put(CatalogUrls.FIELD, field);
        params.put(CatalogUrls.AGENCY, agency);
        params.put(CatalogUrls.LEVEL, level);
        params.put(CatalogUrls.AUDIENCE, audience);
        params.put(CatalogUrls.CHANNEL, channel);
        return params;
    }

    /** True when any filter other than the text is set. */
    public boolean hasFilters() {
        return !isBlank(field) || !isBlank(agency) || !isBlank(level) || !isBlank(audience)
                || !isBlank(channel);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
