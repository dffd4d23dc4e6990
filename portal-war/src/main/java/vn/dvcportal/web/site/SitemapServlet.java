package vn.dvcportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.control.FilterOption;
import vn.dvcportal.web.catalog.CatalogUrls;

/**
 * The files search engines ask for: {@code /sitemap.xml} with every page, every field's list and
 * every procedure, and {@code /robots.txt} pointing at it. Addresses are absolute, built from
 * the request, so they are right behind whatever host name the portal is reached by.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String base = SitemapXml.baseUrl(request.getScheme(), request.getServerName(),
                request.getServerPort(), request.getContextPath());
        response.setCharacterEncoding("UTF-8");
        if (request.getServletPath().endsWith("robots.txt")) {
            response.setContentType("text/plain");
            try (Writer out = response.getWriter()) {
                out.write("User-agent: *\n");
                out.write("Disallow: /quan-tri/\n");
                out.write("Disallow: /api/\n");
                out.write("Sitemap: " + base + "/sitemap.xml\n");
            }
            return;
        }
        response.setContentType("application/xml");
        List<String> paths = new ArrayList<>(PrettyUrls.pagePaths());
        paths.remove(PrettyUrls.CATALOG_IMPORT);
        for (FilterOption field : catalog.fields()) {
            paths.add(CatalogUrls.fieldList(field.value()));
        }
        for (String code : catalog.codes()) {
            paths.add(PrettyUrls.procedurePath(code));
        }
        try (Writer out = response.getWriter()) {
            SitemapXml.write(out, base, paths);
        }
    }
}
