package vn.dvcportal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's visit to the portal over HTTP, as a browser without scripts makes it: cookies
 * kept, redirects followed, forms posted with their view state. Usable in the test client and
 * inside the server alike, since it needs only the JDK.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

    private final HttpClient http;
    private final String base;

    WebSession() {
        this(TestAccounts.PORTAL);
    }

    WebSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A page, by its path within the portal. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "vi").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A download, by its path within the portal. */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form, the fields in the order given. */
    HttpResponse<String> post(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Signs in on the sign-in page with the password.
     *
     * @return the page the portal leads to afterwards
     * @throws AssertionError when the portal shows the sign-in page again
     */
    HttpResponse<String> signIn(String login, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get("/dang-nhap");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sign-in", "sign-in");
        form.put("sign-in:login", login);
        form.put("sign-in:password", password);
        form.put("sign-in:submit", "Đăng nhập");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        HttpResponse<String> after = post(page.uri().getRawPath(), form);
        if (after.uri().getPath().startsWith("/dang-nhap")) {
            throw new AssertionError("Sign-in of " + login + " refused; the page says: "
                    + excerpt(after.body(), "sign-in-error"));
        }
        return after;
    }

    /** The view state of the first form of a page. */
    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No form on the page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    /** Some text around an id, to say in a failure what a page showed. */
    static String excerpt(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            return "(no element " + id + ")";
        }
        return html.substring(at, Math.min(html.length(), at + 400));
    }

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
