package vn.dvcportal.federation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the whole sign-in against a real OpenID provider started on the loopback interface,
 * following its redirect the way a browser would.
 */
class OpenIdClientTest {

    private static final String CLIENT_ID = "dvc-portal";
    private static final String SECRET = "bí-mật-thử";
    private static final String REDIRECT = "http://localhost/dang-nhap/dinh-danh";
    private static final String PERSONAL_ID = "001085012345";
    private static final String NAME = "Nguyễn Thị Hồng Nhung";

    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final String OTHER = "OTHER";

    private MockOAuth2Server provider;
    /** A port of our own that no request may reach. */
    private ServerSocket elsewhere;
    private String issuer;
    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startProvider() throws Exception {
        elsewhere = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        provider = new MockOAuth2Server(new OAuth2Config(), craftedDiscovery());
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        // The provider names itself after the host it is called by: only 127.0.0.1 is used.
        issuer = provider.issuerUrl("default").newBuilder().host("127.0.0.1").build()
                .toString();
    }

    @AfterEach
    void stopProvider() throws Exception {
        provider.shutdown();
        elsewhere.close();
    }

    @Test
    void signsInAndReadsThePersonalIdNameAndEmail() throws Exception {
        OpenIdClient client = client(null);
        assertTrue(client.isConfigured());
        provider.enqueueCallback(callback(Map.of(
                "personal_id", PERSONAL_ID, "name", NAME, "email", "Nhung@Example.VN")));

        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> query = query(URI.create(begun.url()));
        assertEquals("code", query.get("response_type"));
        assertEquals(CLIENT_ID, query.get("client_id"));
        assertEquals(REDIRECT, query.get("redirect_uri"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(OpenIdClient.challenge(begun.codeVerifier()), query.get("code_challenge"));
        assertEquals(begun.state(), query.get("state"));
        assertEquals(begun.nonce(), query.get("nonce"));
        assertTrue(query.get("scope").startsWith("openid"));

        Map<String, String> back = authorize(begun);
        VerifiedIdentity identity =
                client.complete(back.get("code"), back.get("state"), REDIRECT, begun);

        assertEquals(issuer, identity.issuer());
        assertEquals("cong-dan-1", identity.subject());
        assertEquals(PERSONAL_ID, identity.personalId());
        assertEquals(NAME, identity.name());
        assertEquals("nhung@example.vn", identity.email());
        RecordedRequest token = tokenRequest();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + "b%C3%AD-m%E1%BA%ADt-th%E1%BB%AD")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(basic, token.getHeaders().get("Authorization"));
        assertTrue(token.getBody().readUtf8().contains("code_verifier=" + begun.codeVerifier()));
    }

    @Test
    void sendsTheSecretInTheBodyWhenConfiguredSo() throws Exception {
        OpenIdClient client = client(OidcSettings.ClientAuth.CLIENT_SECRET_POST);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);

        VerifiedIdentity identity = client.complete(back.get("code"), REDIRECT, begun);

        assertEquals(PERSONAL_ID, identity.personalId());
        assertNull(identity.name());
        assertNull(identity.email());
        RecordedRequest token = tokenRequest();
        assertNull(token.getHeaders().get("Authorization"));
        String body = token.getBody().readUtf8();
        assertTrue(body.contains("client_id=" + CLIENT_ID), body);
        assertTrue(body.contains("client_secret=b%C3%AD-m%E1%BA%ADt-th%E1%BB%AD"), body);
    }

    @Test
    void readsANumericPersonalIdAndAComposedName() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", 1085012345L,
                "family_name", "Trần", "given_name", "Bình", "email", "b@example.vn",
                "email_verified", false)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);

        VerifiedIdentity identity =
                client.complete(back.get("code"), back.get("state"), REDIRECT, begun);

        assertEquals("001085012345", identity.personalId());
        assertEquals("Trần Bình", identity.name());
        assertNull(identity.email(), "an unverified address is not passed on");
    }

    @Test
    void acceptsAnEs256SignedToken() throws Exception {
        OAuth2TokenProvider ecTokens = new OAuth2TokenProvider(
                new KeyProvider(List.of(), JWSAlgorithm.ES256.getName()), () -> Instant.now());
        MockOAuth2Server ecProvider = new MockOAuth2Server(
                new OAuth2Config(false, null, null, false, ecTokens));
        ecProvider.start(InetAddress.getByName("127.0.0.1"), 0);
        try {
            String ecIssuer = ecProvider.issuerUrl("default").newBuilder().host("127.0.0.1")
                    .build().toString();
            OpenIdClient client = new OpenIdClient(new OidcSettings(ecIssuer, CLIENT_ID, SECRET,
                    null, null, null), OpenIdClient.newHttpClient(), Clock.systemUTC());
            ecProvider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
            AuthorizationRequest begun = client.begin(REDIRECT);
            Map<String, String> back = authorize(begun);

            VerifiedIdentity identity =
                    client.complete(back.get("code"), back.get("state"), REDIRECT, begun);

            assertEquals(PERSONAL_ID, identity.personalId());
            assertEquals(JWSAlgorithm.ES256, ecProvider.issueToken("default", CLIENT_ID,
                    callback(Map.of())).getHeader().getAlgorithm());
        } finally {
            ecProvider.shutdown();
        }
    }

    @Test
    void refusesAWrongState() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), "trang-thai-khac", REDIRECT, begun));
        assertEquals(OpenIdClient.EXPIRED, failure.getMessage());
        assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), null, REDIRECT, begun));
        assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, null));
    }

    @Test
    void refusesAWrongNonce() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID,
                "nonce", "gia-tri-khac")));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, begun));
        assertEquals(OpenIdClient.NOT_VERIFIED, failure.getMessage());
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID,
                "aud", "ung-dung-khac")));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, begun));
        assertEquals(OpenIdClient.NOT_VERIFIED, failure.getMessage());
    }

    @Test
    void refusesAWrongCodeVerifier() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);
        AuthorizationRequest forged = new AuthorizationRequest(begun.url(), begun.state(),
                begun.nonce(), "x".repeat(43));

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, forged));
        assertEquals(OpenIdClient.REFUSED, failure.getMessage());
    }

    @Test
    void refusesACodeUsedTwice() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);
        client.complete(back.get("code"), back.get("state"), REDIRECT, begun);

        assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, begun));
    }

    @Test
    void verifiesAGenuineTokenButNotATamperedOne() throws Exception {
        OpenIdClient client = client(null);
        SignedJWT genuine = issued();
        assertEquals(PERSONAL_ID, client.verify(genuine.serialize(), "n-1")
                .getStringClaim("personal_id"));

        JWTClaimsSet changed = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .claim("personal_id", "079090000001").build();
        String[] parts = genuine.serialize().split("\\.");
        String tampered = parts[0] + "." + Base64URL.encode(changed.toString()) + "." + parts[2];

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.verify(tampered, "n-1"));
        assertEquals(OpenIdClient.NOT_VERIFIED, failure.getMessage());
        assertThrows(FederationFailure.class,
                () -> client.verify(parts[0] + "." + parts[1] + ".", "n-1"));
        assertThrows(FederationFailure.class, () -> client.verify("khong-phai-token", "n-1"));
    }

    @Test
    void refusesTokensNotSignedByTheProvider() throws Exception {
        OpenIdClient client = client(null);
        SignedJWT genuine = issued();
        JWTClaimsSet claims = genuine.getJWTClaimsSet();

        // Same key id as the provider's, another key.
        RSAKey foreign = new RSAKeyGenerator(2048)
                .keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(foreign.getKeyID()).build(), claims);
        forged.sign(new RSASSASigner(foreign));
        assertThrows(FederationFailure.class, () -> client.verify(forged.serialize(), "n-1"));

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(new byte[32]));
        assertThrows(FederationFailure.class, () -> client.verify(hmac.serialize(), "n-1"));

        String unsigned = new PlainJWT(claims).serialize();
        assertThrows(FederationFailure.class, () -> client.verify(unsigned, "n-1"));
    }

    @Test
    void refusesAnExpiredTokenButToleratesSmallSkew() throws Exception {
        SignedJWT genuine = issued();
        Instant expiry = genuine.getJWTClaimsSet().getExpirationTime().toInstant();

        OpenIdClient slightlyLate = client(null, Clock.fixed(expiry.plusSeconds(30),
                ZoneOffset.UTC));
        assertEquals(PERSONAL_ID, slightlyLate.verify(genuine.serialize(), "n-1")
                .getStringClaim("personal_id"));

        OpenIdClient late = client(null, Clock.fixed(expiry.plusSeconds(300), ZoneOffset.UTC));
        assertThrows(FederationFailure.class, () -> late.verify(genuine.serialize(), "n-1"));

        Instant issued = genuine.getJWTClaimsSet().getIssueTime().toInstant();
        OpenIdClient early = client(null, Clock.fixed(issued.minusSeconds(600), ZoneOffset.UTC));
        assertThrows(FederationFailure.class, () -> early.verify(genuine.serialize(), "n-1"));
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        OpenIdClient client = client(null);
        SignedJWT other = provider.issueToken("khac", CLIENT_ID, callback(Map.of(
                "personal_id", PERSONAL_ID, "nonce", "n-1")));
        assertThrows(FederationFailure.class, () -> client.verify(other.serialize(), "n-1"));

        Map<String, Object> claims = new HashMap<>(Map.of("personal_id", PERSONAL_ID,
                "nonce", "n-1", "iss", "https://ke-mao-danh.example/"));
        SignedJWT renamed = provider.issueToken("default", CLIENT_ID, callback(claims));
        assertThrows(FederationFailure.class, () -> client.verify(renamed.serialize(), "n-1"));
    }

    @Test
    void callsNothingOutsideTheIssuer() throws Exception {
        elsewhere.setSoTimeout(300);
        for (String issuerId : List.of("token-khac", "khoa-khac", "ten-khac", "chuyen-huong")) {
            String crafted = issuer.replace("/default", "/" + issuerId);
            OpenIdClient client = new OpenIdClient(new OidcSettings(crafted, CLIENT_ID, SECRET,
                    null, null, null), OpenIdClient.newHttpClient(), Clock.systemUTC());
            FederationFailure failure = assertThrows(FederationFailure.class,
                    () -> client.begin(REDIRECT), issuerId);
            assertEquals(OpenIdClient.UNREACHABLE, failure.getMessage());
        }
        assertThrows(SocketTimeoutException.class, elsewhere::accept,
                "nothing connected to the other origin");
    }

    @Test
    void reportsAProviderThatIsDown() throws Exception {
        OpenIdClient client = client(null);
        provider.enqueueCallback(callback(Map.of("personal_id", PERSONAL_ID)));
        AuthorizationRequest begun = client.begin(REDIRECT);
        Map<String, String> back = authorize(begun);
        provider.shutdown();

        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.complete(back.get("code"), back.get("state"), REDIRECT, begun));
        assertEquals(OpenIdClient.UNREACHABLE, failure.getMessage());

        FederationFailure first = assertThrows(FederationFailure.class,
                () -> client(null).begin(REDIRECT));
        assertEquals(OpenIdClient.UNREACHABLE, first.getMessage());
    }

    @Test
    void saysWhenNotConfigured() {
        OpenIdClient client = new OpenIdClient(OidcSettings.from(name -> null),
                OpenIdClient.newHttpClient(), Clock.systemUTC());
        assertFalse(client.isConfigured());
        FederationFailure failure = assertThrows(FederationFailure.class,
                () -> client.begin(REDIRECT));
        assertEquals(OpenIdClient.NOT_CONFIGURED, failure.getMessage());
    }

    @Test
    void refusesAPlainHttpIssuerOutsideThisMachine() {
        OpenIdClient client = new OpenIdClient(new OidcSettings("http://idp.example.vn/",
                CLIENT_ID, SECRET, null, null, null), OpenIdClient.newHttpClient(),
                Clock.systemUTC());
        assertTrue(client.isConfigured());
        assertThrows(FederationFailure.class, () -> client.begin(REDIRECT));
    }

    @Test
    void comparesOrigins() {
        URI issuerUri = URI.create("https://sso.dichvucong.gov.vn/realms/dvc");
        assertTrue(OpenIdClient.sameOrigin(
                URI.create("https://SSO.dichvucong.gov.vn:443/token"), issuerUri));
        assertFalse(OpenIdClient.sameOrigin(
                URI.create("https://sso.dichvucong.gov.vn:8443/token"), issuerUri));
        assertFalse(OpenIdClient.sameOrigin(
                URI.create("http://sso.dichvucong.gov.vn/token"), issuerUri));
        assertFalse(OpenIdClient.sameOrigin(URI.create("https://169.254.169.254/"), issuerUri));
    }

    @Test
    void readsSettingsWithDefaults() {
        OidcSettings s = OidcSettings.from(Map.of("issuer", " https://sso.example.vn ",
                "client-id", "dvc", "client-auth", "client_secret_post", "scope", "profile")::get);
        assertEquals("https://sso.example.vn", s.issuer());
        assertEquals("personal_id", s.personalIdClaim());
        assertEquals("openid profile", s.scope());
        assertNull(s.clientSecret());
        assertEquals(OidcSettings.ClientAuth.CLIENT_SECRET_POST, s.clientAuth());
        assertFalse(s.toString().contains("secret="));
        assertNull(OidcSettings.from(Map.of("client-auth", "basic")::get).clientAuth());
        assertTrue(OidcSettings.from(Map.of("client-id", "dvc", "client-secret", "bí mật")::get)
                .toString().indexOf("bí mật") < 0, "the secret stays out of logs");
    }

    // ---- helpers

    private OpenIdClient client(OidcSettings.ClientAuth auth) {
        return client(auth, Clock.systemUTC());
    }

    private OpenIdClient client(OidcSettings.ClientAuth auth, Clock clock) {
        return new OpenIdClient(new OidcSettings(issuer, CLIENT_ID, SECRET, "personal_id", null,
                auth), OpenIdClient.newHttpClient(), clock);
    }

    /** Discovery documents that point outside their issuer, or name another issuer. */
    private Route[] craftedDiscovery() {
        return new Route[] {
            discovery("token-khac", "/default/authorize", OTHER + "/token", "/default/jwks"),
            discovery("khoa-khac", "/default/authorize", "/default/token", OTHER + "/jwks"),
            discovery("ten-khac", "/default/authorize", "/default/token", "/default/jwks"),
            OAuth2HttpRouterKt.get("/chuyen-huong" + WELL_KNOWN, request ->
                    new OAuth2HttpResponse(Headers.of("Location", other() + WELL_KNOWN), 302,
                            null, null))
        };
    }

    private Route discovery(String issuerId, String authorize, String token, String jwks) {
        return OAuth2HttpRouterKt.get("/" + issuerId + WELL_KNOWN, request -> {
            String base = "http://127.0.0.1:" + request.getUrl().port();
            String iss = issuerId.equals("ten-khac") ? "https://ke-mao-danh.example"
                    : base + "/" + issuerId;
            String body = "{\"issuer\":\"" + iss + "\",\"authorization_endpoint\":\""
                    + absolute(base, authorize) + "\",\"token_endpoint\":\""
                    + absolute(base, token) + "\",\"jwks_uri\":\"" + absolute(base, jwks)
                    + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
                    body, null);
        });
    }

    private String absolute(String base, String path) {
        return path.startsWith(OTHER) ? other() + path.substring(OTHER.length()) : base + path;
    }

    private String other() {
        return "http://127.0.0.1:" + elsewhere.getLocalPort();
    }

    /** A token issued outside the flow, as the provider would have issued it through it. */
    private SignedJWT issued() {
        return provider.issueToken("default", CLIENT_ID, callback(Map.of(
                "personal_id", PERSONAL_ID, "nonce", "n-1", "iss", issuer)));
    }

    private static DefaultOAuth2TokenCallback callback(Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("default", "cong-dan-1", "JWT", List.of(CLIENT_ID),
                claims, Duration.ofMinutes(10).toSeconds());
    }

    /** What the browser does: follows the URL and reads the redirect back to the portal. */
    private Map<String, String> authorize(AuthorizationRequest begun) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                URI.create(begun.url())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertTrue(location.toString().startsWith(REDIRECT + "?"), location.toString());
        return query(location);
    }

    private RecordedRequest tokenRequest() throws InterruptedException {
        for (RecordedRequest r = provider.takeRequest(5, TimeUnit.SECONDS); r != null;
                r = provider.takeRequest(5, TimeUnit.SECONDS)) {
            if (r.getPath().startsWith("/default/token")) {
                return r;
            }
        }
        throw new AssertionError("no token request");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
