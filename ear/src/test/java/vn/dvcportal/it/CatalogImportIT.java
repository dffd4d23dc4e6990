package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.boundary.CatalogImports;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.Procedure;

/** Importing the national catalogue into the real database of the running server. */
@ExtendWith(ArquillianExtension.class)
class CatalogImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CatalogImportIT.class);
    }

    @Inject
    CatalogImports imports;

    @Inject
    Catalog catalog;

    @Inject
    AsAdministrator admin;

    @Test
    void nationalCatalogueImportsWholeAndAgainChangesNothing() throws Exception {
        Path file = SharedData.nationalCatalog();

        ImportReport first = admin.call(() -> imports.importNow(file));
        ImportReport second = admin.call(() -> imports.importNow(file));

        assertEquals(SharedData.NATIONAL_PROCEDURES, first.read());
        assertEquals(List.of(), first.failures(), "no record may be lost");
        assertEquals(SharedData.NATIONAL_PROCEDURES, first.imported());
        assertEquals(SharedData.NATIONAL_PROCEDURES, second.unchanged(),
                "a second import of the same file changes nothing");
        assertEquals(0, second.created() + second.updated());
        assertTrue(catalog.count() >= SharedData.NATIONAL_PROCEDURES);
    }

    @Test
    void malformedRecordsAreReportedAndTheOthersImported() throws Exception {
        Path file = Files.createTempFile("catalog", ".jsonl");
        Files.writeString(file, String.join("\n",
                record("9.990001", "Thủ tục thử nghiệm nhập danh mục"),
                "{\"ma_thu_tuc\": \"9.990002\", \"ten_thu_tuc\": \"không đóng ngoặc\"",
                record("", "Thủ tục thiếu mã"),
                record("9.990003", "Thủ tục thử nghiệm thứ hai"),
                record("9.990004", "Thủ tục có số quyết định dài quá cột", "QĐ-".repeat(100))),
                StandardCharsets.UTF_8);

        ImportReport report = admin.call(() -> imports.importNow(file));

        assertEquals(5, report.read());
        assertEquals(2, report.imported());
        assertEquals(List.of(2, 3, 5), report.failures().stream()
                .map(ImportReport.Failure::line).toList());
        report.failures().forEach(f -> assertTrue(f.reason() != null && !f.reason().isBlank(),
                "every skipped record says why"));
        Procedure imported = catalog.findByCode("9.990003").orElseThrow();
        assertEquals("Thủ tục thử nghiệm thứ hai", imported.getName());
        assertTrue(catalog.findByCode("9.990004").isEmpty(), "the refused record is not stored");
        assertEquals(1, catalog.search(new SearchQuery("9.990003", null, null, null, null, null,
                0, 10)).total(), "the search index shows what was stored");
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        Path file = Files.createTempFile("catalog", ".jsonl");
        Files.writeString(file, record("9.990009", "Không được nhập"), StandardCharsets.UTF_8);

        assertThrows(EJBAccessException.class, () -> imports.importNow(file));
        assertTrue(catalog.findByCode("9.990009").isEmpty());
    }

    @Test
    void demoCatalogueReadsWithoutALoss() throws Exception {
        Path demo = Files.createTempFile("catalog-demo", ".jsonl");
        try (InputStream in = Catalog.class.getResourceAsStream("/demo/catalog-demo.jsonl")) {
            Files.copy(in, demo, StandardCopyOption.REPLACE_EXISTING);
        }

        ImportReport report = admin.call(() -> imports.importNow(demo));

        assertEquals(36, report.read());
        assertEquals(List.of(), report.failures());
        Procedure birth = catalog.findByCode("9.000001").orElseThrow();
        assertEquals("Đăng ký khai sinh", birth.getName());
        assertTrue(!birth.getChannels().isEmpty() && !birth.getDocuments().isEmpty());
    }

    private static String record(String code, String name) {
        return record(code, name, "");
    }

    private static String record(String code, String name, String decision) {
        return "{\"ma_thu_tuc\": \"" + code + "\", \"ten_thu_tuc\": \"" + name + "\","
                + " \"so_quyet_dinh\": \"" + decision + "\", \"cap_thuc_hien\": \"Cấp tỉnh\","
                + " \"loai_thu_tuc\": \"TTHC được luật giao quy định chi tiết\","
                + " \"linh_vuc\": \"Hộ tịch\", \"doi_tuong_thuc_hien\": \"Công dân Việt Nam\","
                + " \"co_quan_co_tham_quyen\": \"Sở Tư pháp\","
                + " \"co_quan_thuc_hien\": \"Sở Tư pháp\","
                + " \"cach_thuc_thuc_hien\": \"Hình thức nộpThời gianPhí, lệ phíMô tả"
                + "Trực tiếp05 Ngày làm việcLệ phí : 8.000 Đồng\"}";
    }
}
