package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.CitizenRegistration;
import vn.dvcportal.identity.control.SignInResult;

/**
 * Signing in through the national identity provider, against a real OpenID provider started
 * here: the portal sends the browser there and back, verifies the identity token and signs in
 * the local account that holds the personal identification number the provider asserts.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInIT {

    static final String BASE = System.getProperty("dvc.it.base-url", "http://localhost:8180/");
    static final String PERSONAL_ID = "079085000201";
    static final String NAME = "Hoàng Thị Bảy";
    static final String EMAIL = "it-vneid-1@example.org";

    /** Started by the first test that runs in the client; client side only. */
    private static AutoCloseable provider;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(OidcSignInIT.class, TestAccounts.class, MailBox.class,
                LocalMail.class, IdentityProvider.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    AdministrativeUnits units;

    /** Runs in the server: the citizen the provider will vouch for has a verified account. */
    @Test
    @Order(1)
    void aVerifiedCitizenHasAnAccount() throws Exception {
        MailBox mail = new MailBox(EMAIL);
        int seen = mail.count();
        String[] place = TestAccounts.place(units);
        registrations.registerCitizen(new CitizenRegistration(PERSONAL_ID, NAME,
                LocalDate.of(1985, 2, 3), EMAIL, "0987654321", place[0], place[1],
                "Số 7 đường Thử nghiệm", TestAccounts.PASSWORD.toCharArray()),
                TestAccounts.VERIFY);
        String link = mail.link("/xac-thuc-email", seen, TestAccounts.MAIL_WAIT);
        registrations.verifyEmail(TestAccounts.token(link));
        assertEquals(SignInResult.Status.OK, accounts.signIn(PERSONAL_ID,
                TestAccounts.PASSWORD.toCharArray(), TestAccounts.CLIENT).status());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theProviderSignsTheCitizenIn() throws Exception {
        IdentityProvider idp = provider();
        idp.signsInNext("vneid-subject-7", PERSONAL_ID, NAME);
        HttpClient browser = browser();

        HttpResponse<String> page = get(browser, "dang-nhap/vneid?tiep=%2Fca-nhan");

        assertEquals(200, page.statusCode(), page.uri().toString());
        assertTrue(page.uri().getPath().endsWith("/ca-nhan"), page.uri().toString());
        assertTrue(page.body().contains(NAME), "the personal page shows who signed in");
        assertTrue(page.body().contains(PERSONAL_ID));

        HttpResponse<String> again = get(browser, "ca-nhan");
        assertEquals(200, again.statusCode());
        assertTrue(again.uri().getPath().endsWith("/ca-nhan"), "still signed in");
    }

    @Test
    @Order(3)
    @RunAsClient
    void someoneWithoutAnAccountIsAskedToRegister() throws Exception {
        provider().signsInNext("vneid-subject-8", "001090888888", "Người Chưa Đăng Ký");
        HttpClient browser = browser();

        HttpResponse<String> page = get(browser, "dang-nhap/vneid");

        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/dang-nhap"), page.uri().toString());
        assertTrue(page.body().contains("chưa có tài khoản nào"), "says why, in Vietnamese");
        assertTrue(page.body().contains("/dang-ky"), "offers registration");
        HttpResponse<String> personal = get(browser, "ca-nhan");
        assertTrue(personal.uri().getPath().endsWith("/dang-nhap"), "not signed in");
    }

    @Test
    @Order(4)
    @RunAsClient
    void anAnswerThatWasNotAskedForIsRefused() throws Exception {
        provider().signsInNext("vneid-subject-7", PERSONAL_ID, NAME);
        HttpClient browser = browser();

        HttpResponse<String> page = get(browser, "dang-nhap/vneid/ve?code=abc&state=forged");

        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/dang-nhap"), page.uri().toString());
        assertFalse(page.body().contains(PERSONAL_ID));
        HttpResponse<String> personal = get(browser, "ca-nhan");
        assertTrue(personal.uri().getPath().endsWith("/dang-nhap"), "not signed in");
    }

    @AfterAll
    static void stopProvider() throws Exception {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    private static IdentityProvider provider() throws Exception {
        if (provider == null) {
            provider = new IdentityProvider();
        }
        return (IdentityProvider) provider;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept-Language", "vi").timeout(Duration.ofSeconds(30)).GET().build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
