package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CatalogUrlsTest {

    @Test
    void theFirstPageOfTheWholeListIsThePlainPath() {
        assertEquals("/thu-tuc", CatalogUrls.list(ListFilter.NONE, 1));
        assertEquals("/thu-tuc?trang=3", CatalogUrls.list(ListFilter.NONE, 3));
    }

    @Test
    void filtersKeepAFixedOrderAndAreEncoded() {
        ListFilter filter = new ListFilter("khai sinh", "12", "7", "Cấp xã", "Công dân Việt Nam",
                "ONLINE");
        assertEquals("/thu-tuc?q=khai%20sinh&linh-vuc=12&co-quan=7&cap=C%E1%BA%A5p%20x%C3%A3"
                + "&doi-tuong=C%C3%B4ng%20d%C3%A2n%20Vi%E1%BB%87t%20Nam&kenh=ONLINE&trang=2",
                CatalogUrls.list(filter, 2));
    }

    @Test
    void hostileTextStaysInsideItsParameter() {
        String url = CatalogUrls.list(new ListFilter("' OR 1=1 --&trang=9", null, null, null,
                null, null), 1);
        assertEquals("/thu-tuc?q=%27%20OR%201%3D1%20--%26trang%3D9", url);
    }

    @Test
    void shortcutsForFieldsAndAgencies() {
        assertEquals("/thu-tuc?linh-vuc=4", CatalogUrls.fieldList("4"));
        assertEquals("/thu-tuc?co-quan=9", CatalogUrls.agencyList("9"));
        assertEquals("/thu-tuc/1.000771", CatalogUrls.procedure("1.000771"));
    }

    @Test
    void onlyRealFiltersCountAsFilters() {
        assertFalse(new ListFilter("x", null, " ", null, null, null).hasFilters());
        assertTrue(ListFilter.ofChannel("POSTAL").hasFilters());
    }
}
