package vn.dvcportal.web.catalog;

import java.util.Map;
import vn.dvcportal.web.site.PrettyUrls;
import vn.dvcportal.web.site.Urls;

/**
 * Addresses of procedure lists and procedures. Lists are plain GET addresses, so every page of
 * every filtered list can be bookmarked, shared and indexed.
 */
public final class CatalogUrls {

    public static final String TEXT = "q";
    public static final String FIELD = "linh-vuc";
    public static final String AGENCY = "co-quan";
    public static final String LEVEL = "cap";
    public static final String AUDIENCE = "doi-tuong";
    public static final String CHANNEL = "kenh";
    public static final String PAGE = "trang";

    private CatalogUrls() {
    }

    /** One page (1-based) of a filtered list; the first page carries no page number. */
    public static String list(ListFilter filter, int page) {
        Map<String, String> params = filter.params();
        if (page > 1) {
            params.put(PAGE, String.valueOf(page));
        }
        return PrettyUrls.PROCEDURES + Urls.query(params);
    }

    public static String fieldList(String fieldId) {
        return list(ListFilter.ofField(fieldId), 1);
    }

    public static String agencyList(String agencyId) {
        return list(ListFilter.ofAgency(agencyId), 1);
    }

    public static String procedure(String code) {
        return PrettyUrls.procedurePath(code);
    }
}
