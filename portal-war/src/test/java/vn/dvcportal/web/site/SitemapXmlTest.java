package vn.dvcportal.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapXmlTest {

    @Test
    void baseUrlOmitsDefaultPorts() {
        assertEquals("https://dichvucong.example.vn",
                SitemapXml.baseUrl("https", "dichvucong.example.vn", 443, ""));
        assertEquals("http://localhost:8080",
                SitemapXml.baseUrl("http", "localhost", 8080, ""));
        assertEquals("http://localhost/portal",
                SitemapXml.baseUrl("http", "localhost", 80, "/portal"));
        assertEquals("http://[::1]:8080", SitemapXml.baseUrl("http", "::1", 8080, ""));
    }

    @Test
    void writesAbsoluteEscapedLocations() throws IOException {
        StringWriter out = new StringWriter();
        SitemapXml.write(out, "https://dvc.example.vn",
                List.of("/", "/thu-tuc?linh-vuc=3&trang=2", "/thu-tuc/1.000771"));
        String xml = out.toString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertTrue(xml.contains("xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""));
        assertTrue(xml.contains("<loc>https://dvc.example.vn/</loc>"));
        assertTrue(xml.contains(
                "<loc>https://dvc.example.vn/thu-tuc?linh-vuc=3&amp;trang=2</loc>"));
        assertTrue(xml.contains("<loc>https://dvc.example.vn/thu-tuc/1.000771</loc>"));
        assertTrue(xml.trim().endsWith("</urlset>"));
    }
}
