package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.boundary.CatalogImports;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.ProcedureSummary;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.Fee;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

/** Searching and reading the national catalogue as stored in the server's database. */
@ExtendWith(ArquillianExtension.class)
class CatalogSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CatalogSearchIT.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    CatalogImports imports;

    @Inject
    AsAdministrator admin;

    @BeforeEach
    void nationalCatalogueLoaded() throws Exception {
        var file = SharedData.nationalCatalog();
        if (catalog.findByCode("1.001193").isEmpty()) {
            admin.call(() -> imports.importNow(file));
        }
    }

    @Test
    void searchIgnoresCaseDiacriticsAndUnicodeForm() {
        List<String> plain = codes("dang ky khai sinh");

        assertEquals(plain, codes("ĐĂNG KÝ KHAI SINH"));
        assertEquals(plain, codes("Đăng ký khai sinh"));
        assertEquals(plain, codes(Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD)));
        assertTrue(plain.subList(0, 3).contains("1.001193"),
                "the procedure named exactly so ranks near the top: " + plain);
    }

    @Test
    void searchFindsTheCodeAndForgivesATypo() {
        assertEquals("1.000771", codes("1.000771").get(0));
        assertTrue(codes("dang ky khai sihn").contains("1.001193"));
        assertTrue(codes("gia han tam tru").contains("1.000771"));
    }

    @Test
    void filtersNarrowTheList() {
        long fieldId = catalog.fields().stream()
                .filter(f -> f.label().equals("Hộ tịch")).findFirst()
                .map(f -> Long.valueOf(f.value()))
                .orElseThrow();
        CatalogSearch.Page all = catalog.search(query("khai sinh", null, null));
        CatalogSearch.Page online = catalog.search(query("khai sinh", fieldId, ChannelKind.ONLINE));

        assertTrue(online.total() > 0 && online.total() < all.total());
        online.items().forEach(p -> {
            assertEquals(fieldId, p.fieldId());
            assertTrue(p.channels().contains(ChannelKind.ONLINE));
        });
    }

    @Test
    void hostileQueriesReturnNormally() {
        assertEquals(0, catalog.search(query("x".repeat(10_000), null, null)).total());
        catalog.search(query("' OR 1=1 -- <script>alert(1)</script>", null, null));
        catalog.search(query("%_\\", null, null));
    }

    @Test
    void detailCarriesEveryPartOfTheRecord() {
        Procedure visa = catalog.findByCode("1.000771").orElseThrow();

        assertEquals("Quản lý xuất nhập cảnh", visa.getField().getName());
        assertEquals(List.of("Cấp bộ"), visa.getLevels());
        assertEquals(3, visa.getChannels().size());
        ProcedureChannel online = visa.getChannels().stream()
                .filter(c -> c.getKind() == ChannelKind.ONLINE).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(online.getTimeValue()));
        assertEquals(ProcessingTimeUnit.WORKING_DAY, online.getTimeUnit());
        Fee fee = online.getFees().get(0);
        assertEquals("USD", fee.getCurrency());
        assertEquals(0, new BigDecimal("10").compareTo(fee.getAmount()));
        assertTrue(visa.getDocuments().size() >= 3);
        assertTrue(visa.getLegalBases().stream()
                .anyMatch(l -> "51/2019/QH14".equals(l.getNumber())));
        assertEquals("KQ.G01.000074", visa.getResults().get(0).getCode());
        assertTrue(visa.getConditions().startsWith("+ Có hộ chiếu"));
    }

    private List<String> codes(String text) {
        return catalog.search(query(text, null, null)).items().stream()
                .map(ProcedureSummary::code).toList();
    }

    private static SearchQuery query(String text, Long fieldId, ChannelKind channel) {
        return new SearchQuery(text, fieldId, null, null, null, channel, 0, 20);
    }
}
