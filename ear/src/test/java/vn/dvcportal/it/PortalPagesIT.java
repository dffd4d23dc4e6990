package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public pages over HTTP, as a browser or a search engine receives them. */
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT {

    static final String BASE = System.getProperty("dvc.it.base-url", "http://localhost:8180/");

    /**
     * A procedure that is surely there: the server imports the national catalogue when it has
     * the file, and loads the demo catalogue when it does not.
     */
    static final String CODE =
            Files.isReadable(SharedData.dir().resolve(SharedData.NATIONAL_CATALOG))
                    ? "1.001193" : "9.000001";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageHasHeaderMainAndFooter() throws Exception {
        for (String path : new String[] {"", "thu-tuc", "thu-tuc/" + CODE, "gioi-thieu",
                "tra-cuu-ho-so", "hoi-dap", "so-do-cong"}) {
            HttpResponse<String> page = get(path);

            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("<header"), path);
            assertTrue(page.body().contains("<main"), path);
            assertTrue(page.body().contains("<footer"), path);
            assertTrue(page.body().contains("Ủy ban nhân dân tỉnh Mẫu"), "agency name on " + path);
        }
    }

    @Test
    void searchIsAPlainLinkableAddress() throws Exception {
        HttpResponse<String> page = get("thu-tuc?q=" + encode("dang ky khai sinh"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/thu-tuc/" + CODE + "\""),
                "the procedure is found and linked by its stable address");
    }

    @Test
    void procedurePageShowsTheRecord() throws Exception {
        HttpResponse<String> page = get("thu-tuc/" + CODE);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(CODE));
        assertTrue(page.body().contains("Trình tự thực hiện"));
        assertTrue(page.body().contains("Thành phần hồ sơ"));
    }

    @Test
    void unknownProcedureIsA404WithAReference() throws Exception {
        HttpResponse<String> page = get("thu-tuc/0.000000");

        assertEquals(404, page.statusCode());
        assertTrue(referenceIn(page.body()) != null, "a reference id is shown");
        assertFalse(hasStackTrace(page.body()), "no stack trace reaches the user");
    }

    @Test
    void errorReferenceIsWrittenToTheLog() throws Exception {
        HttpResponse<String> page = get("khong-co-trang-nay");
        String reference = referenceIn(page.body());

        assertEquals(404, page.statusCode());
        Path log = Path.of(System.getProperty("it.dir"),
                System.getProperty("dvc.it.database", "h2"),
                "log", "server.log");
        assertTrue(Files.readString(log).contains(reference), "the log names " + reference);
    }

    @Test
    void hostileSearchesReturnANormalEscapedPage() throws Exception {
        String script = "<script>alert('x')</script>";
        for (String q : new String[] {"a".repeat(10_000), script, "' OR 1=1 --", "%00%"}) {
            HttpResponse<String> page = get("thu-tuc?q=" + encode(q));

            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains(script), "nothing is reflected unescaped");
            assertFalse(hasStackTrace(page.body()));
        }
    }

    @Test
    void siteMapListsEveryProcedure() throws Exception {
        HttpResponse<String> xml = get("sitemap.xml");

        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").contains("xml"));
        assertTrue(xml.body().contains("<urlset"));
        assertTrue(xml.body().contains("/thu-tuc/" + CODE + "</loc>"));
    }

    @Test
    void anAjaxPostAfterTheSessionEndedIsSentToSignInThePartialWay() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(BASE + "ho-so-cua-toi"))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build();
        HttpResponse<String> answer = http.send(post,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("xml"));
        assertTrue(answer.body().contains("<redirect url=\"/dang-nhap?tiep=%2Fho-so-cua-toi\">"),
                answer.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept-Language", "vi").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean hasStackTrace(String body) {
        return body.contains("Caused by")
                || Pattern.compile("\\.java:\\d+\\)").matcher(body).find();
    }

    private static String referenceIn(String body) {
        Matcher m = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(body);
        return m.find() ? m.group() : null;
    }
}
