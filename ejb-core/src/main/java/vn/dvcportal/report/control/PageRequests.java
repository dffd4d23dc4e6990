package vn.dvcportal.report.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests of the access log are page views: a GET (or HEAD) answered with success, for
 * an address of the portal's HTML pages, not a style sheet, a script, an image, a download, the
 * programming interface or a redirect. The portal's pages have no suffix ({@code /thu-tuc}) or
 * a code with dots in their last segment ({@code /thu-tuc/1.001193}), so a file is told by a
 * known suffix rather than by any dot.
 */
public final class PageRequests {

    private static final List<String> NON_PAGE_PREFIXES = List.of("/resources/",
            "/jakarta.faces.resource/", "/javax.faces.resource/", "/api/", "/tep/",
            "/arquillian-tests/", "/.well-known/");

    private static final Set<String> FILE_SUFFIXES = Set.of("css", "js", "mjs", "map", "png",
            "jpg", "jpeg", "gif", "svg", "ico", "webp", "avif", "bmp", "woff", "woff2", "ttf",
            "otf", "eot", "txt", "xml", "json", "jsonl", "gz", "zip", "pdf", "doc", "docx",
            "xls", "xlsx", "csv", "mp4", "webm", "mp3", "webmanifest");

    private PageRequests() {
    }

    /**
     * True for a page view.
     *
     * @param method HTTP method
     * @param path   request path without query, as the access log keeps it
     * @param status HTTP status of the response
     */
    public static boolean isPageView(String method, String path, int status) {
        if (method == null || path == null || status < 200 || status >= 300) {
            return false;
        }
        if (!"GET".equalsIgnoreCase(method) && !"HEAD".equalsIgnoreCase(method)) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String prefix : NON_PAGE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return false;
            }
        }
        int slash = lower.lastIndexOf('/');
        String last = lower.substring(slash + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 || !FILE_SUFFIXES.contains(last.substring(dot + 1));
    }

    /**
     * The page a path is counted under: the path itself, without a trailing slash, which
     * the portal redirects away anyway; the home page is "/".
     */
    public static String page(String path) {
        String page = path;
        while (page.length() > 1 && page.endsWith("/")) {
            page = page.substring(0, page.length() - 1);
        }
        return page;
    }
}
