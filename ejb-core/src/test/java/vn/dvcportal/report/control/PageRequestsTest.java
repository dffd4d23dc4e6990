package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestsTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /, 200, true",
        "GET, /thu-tuc, 200, true",
        "GET, /thu-tuc/1.001193, 200, true",
        "HEAD, /gioi-thieu, 200, true",
        "GET, /ho-so-cua-toi/SYT-250314-0001, 200, true",
        "GET, /procedure.xhtml, 200, true",
        "POST, /dang-nhap, 200, false",
        "POST, /dang-nhap, 302, false",
        "GET, /dang-nhap, 302, false",
        "GET, /khong-co, 404, false",
        "GET, /thu-tuc, 500, false",
        "GET, /resources/css/portal.css, 200, false",
        "GET, /jakarta.faces.resource/core.js.xhtml, 200, false",
        "GET, /api/admin/import, 200, false",
        "GET, /tep/123, 200, false",
        "GET, /favicon.ico, 200, false",
        "GET, /robots.txt, 200, false",
        "GET, /sitemap.xml, 200, false",
        "GET, /resources/images/emblem.SVG, 200, false",
        "GET, /so-do-cong, 304, false"
    })
    void tellsPageViews(String method, String path, int status, boolean page) {
        assertEquals(page, PageRequests.isPageView(method, path, status),
                method + " " + path + " " + status);
    }

    @ParameterizedTest
    @CsvSource({"/, /", "/thu-tuc/, /thu-tuc", "/thu-tuc, /thu-tuc", "//, /"})
    void pagesLoseTheirTrailingSlash(String path, String page) {
        assertEquals(page, PageRequests.page(path));
    }
}
