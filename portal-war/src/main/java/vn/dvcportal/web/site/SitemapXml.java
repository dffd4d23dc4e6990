package vn.dvcportal.web.site;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the XML site map of the sitemaps.org protocol, the form search engines read. */
public final class SitemapXml {

    /** The protocol's limit for one file; the catalogue stays far below it. */
    public static final int MAX_URLS = 50_000;

    private SitemapXml() {
    }

    /**
     * The absolute address of the application root, without a trailing slash and without the
     * port when it is the scheme's default.
     */
    public static String baseUrl(String scheme, String host, int port, String contextPath) {
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80
                || "https".equals(scheme) && port == 443;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port)
                + (contextPath == null ? "" : contextPath);
    }

    /** Writes one {@code <url>} per path, each path appended to the base address. */
    public static void write(Writer out, String baseUrl, List<String> paths) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths.subList(0, Math.min(paths.size(), MAX_URLS))) {
            out.write("  <url><loc>");
            out.write(escape(baseUrl + path));
            out.write("</loc></url>\n");
        }
        out.write("</urlset>\n");
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
