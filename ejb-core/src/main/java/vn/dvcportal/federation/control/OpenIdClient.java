package vn.dvcportal.federation.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs users in through the national identity provider by OpenID Connect: the authorization
 * code flow with PKCE (S256), state and nonce, and a client secret when one is configured.
 *
 * <p>The provider is named by its issuer only; everything else comes from its discovery
 * document, which is cached. Only URLs of the issuer's own origin are ever called, so a
 * tampered discovery document cannot make the server fetch anything else. The identity token
 * is accepted only when signed (RS256 or ES256) by a key of the provider's key set, issued by
 * the issuer, addressed to this client, unexpired, and carrying the nonce of the request.
 *
 * <p>Configuration, from system properties or the environment: {@code dvc.oidc.issuer}
 * ({@code DVC_OIDC_ISSUER}), {@code dvc.oidc.client-id}, {@code dvc.oidc.client-secret},
 * {@code dvc.oidc.personal-id-claim} (default {@code personal_id}), and optionally
 * {@code dvc.oidc.scope} and {@code dvc.oidc.client-auth} ({@code client_secret_basic} or
 * {@code client_secret_post}; by default the first the provider supports).
 */
@ApplicationScoped
public class OpenIdClient {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final Duration METADATA_TTL = Duration.ofHours(1);
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);
    static final Duration KEYS_MIN_REFRESH = Duration.ofSeconds(30);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_RESPONSE_BYTES = 512 * 1024;

    static final String NOT_CONFIGURED =
            "Chức năng đăng nhập bằng tài khoản định danh điện tử chưa được cấu hình.";
    static final String UNREACHABLE = "Không kết nối được với hệ thống định danh điện tử. "
            + "Xin vui lòng thử lại sau ít phút.";
    static final String EXPIRED = "Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. "
            + "Xin vui lòng đăng nhập lại.";
    static final String REFUSED = "Hệ thống định danh điện tử không chấp nhận yêu cầu đăng nhập. "
            + "Xin vui lòng đăng nhập lại.";
    static final String NOT_VERIFIED = "Không xác thực được thông tin đăng nhập do hệ thống "
            + "định danh điện tử trả về. Xin vui lòng đăng nhập lại.";

    private static final Logger LOG = Logger.getLogger(OpenIdClient.class.getName());
    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Object lock = new Object();
    private final SecureRandom random = new SecureRandom();

    private OidcSettings settings;
    private HttpClient http;
    private Clock clock;

    private volatile Cached<ProviderMetadata> metadata;
    private volatile Cached<JWKSet> keys;

    public OpenIdClient() {
        // for the container; configured in init()
    }

    OpenIdClient(OidcSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        settings = OidcSettings.fromEnvironment();
        clock = Clock.systemUTC();
        http = newHttpClient();
        if (settings.isComplete()) {
            LOG.log(Level.INFO, "OpenID Connect sign-in through {0}", settings.issuer());
        }
    }

    /** An HTTP client that follows no redirect, so that only the issuer's URLs are called. */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Whether an issuer and a client id are configured; without them nothing else works. */
    public boolean isConfigured() {
        return settings.isComplete();
    }

    /**
     * Starts a sign-in: the caller keeps the returned request in the user's session and sends
     * the browser to its URL.
     *
     * @param redirectUri the absolute URL of the page the provider sends the browser back to,
     *     exactly as registered with the provider
     * @throws FederationFailure when not configured or the provider cannot be reached
     */
    public AuthorizationRequest begin(String redirectUri) {
        requireConfigured();
        checkRedirectUri(redirectUri);
        ProviderMetadata provider = metadata();
        String state = randomToken();
        String nonce = randomToken();
        String verifier = randomToken();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String endpoint = provider.authorizationEndpoint().toString();
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + form(query);
        return new AuthorizationRequest(url, state, nonce, verifier);
    }

    /**
     * Finishes a sign-in whose returned {@code state} the caller has already matched, for
     * instance by finding {@code begun} under that state in the session. Prefer
     * {@link #complete(String, String, String, AuthorizationRequest)}, which compares it here.
     *
     * @throws FederationFailure when the code is refused or the identity does not verify
     */
    public VerifiedIdentity complete(String code, String redirectUri, AuthorizationRequest begun) {
        return complete(code, begun == null ? null : begun.state(), redirectUri, begun);
    }

    /**
     * Finishes a sign-in: checks the state the provider returned, exchanges the code for
     * tokens and verifies the identity token.
     *
     * @param code the {@code code} parameter of the provider's redirect
     * @param returnedState the {@code state} parameter of the provider's redirect
     * @param redirectUri the same redirect URI as given to {@link #begin(String)}
     * @param begun what {@link #begin(String)} returned for this browser, {@code null} when
     *     the session holds none (expired, or a request the user never started)
     * @throws FederationFailure when the state does not match, the code is refused, or the
     *     identity does not verify
     */
    public VerifiedIdentity complete(String code, String returnedState, String redirectUri,
            AuthorizationRequest begun) {
        requireConfigured();
        if (begun == null || returnedState == null || !same(returnedState, begun.state())) {
            throw fail(EXPIRED, "the state of the response does not match the request", null);
        }
        if (code == null || code.isBlank()) {
            throw fail(REFUSED, "the response has no authorization code", null);
        }
        checkRedirectUri(redirectUri);
        ProviderMetadata provider = metadata();
        String idToken = exchange(provider, code, redirectUri, begun.codeVerifier());
        JWTClaimsSet claims = verify(idToken, begun.nonce());
        VerifiedIdentity identity = identity(provider.issuer(), claims);
        LOG.log(Level.FINE, "Identity token of {0} verified", identity.subject());
        return identity;
    }

    // ---- token exchange

    private String exchange(ProviderMetadata provider, String code, String redirectUri,
            String verifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(provider.tokenEndpoint())
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded");
        String secret = settings.clientSecret();
        if (secret == null) {
            body.put("client_id", settings.clientId());
        } else if (clientAuth(provider) == OidcSettings.ClientAuth.CLIENT_SECRET_POST) {
            body.put("client_id", settings.clientId());
            body.put("client_secret", secret);
        } else {
            String pair = encode(settings.clientId()) + ":" + encode(secret);
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        request.POST(HttpRequest.BodyPublishers.ofString(form(body)));
        Reply reply = call(request.build());
        Map<String, Object> json = json(reply, REFUSED);
        if (reply.status() != 200) {
            throw fail(REFUSED, "the token endpoint answered " + reply.status() + " "
                    + text(json, "error") + " " + text(json, "error_description"), null);
        }
        String idToken = text(json, "id_token");
        if (idToken == null) {
            throw fail(REFUSED, "the token response has no id_token", null);
        }
        return idToken;
    }

    private OidcSettings.ClientAuth clientAuth(ProviderMetadata provider) {
        if (settings.clientAuth() != null) {
            return settings.clientAuth();
        }
        List<String> supported = provider.tokenEndpointAuthMethods();
        // Basic is the default of RFC 6749 and of the discovery document.
        if (supported.isEmpty() || supported.contains("client_secret_basic")) {
            return OidcSettings.ClientAuth.CLIENT_SECRET_BASIC;
        }
        return supported.contains("client_secret_post")
                ? OidcSettings.ClientAuth.CLIENT_SECRET_POST
                : OidcSettings.ClientAuth.CLIENT_SECRET_BASIC;
    }

    // ---- identity token

    /**
     * Verifies the identity token and returns its claims.
     *
     * @throws FederationFailure when anything about the token is wrong
     */
    JWTClaimsSet verify(String idToken, String expectedNonce) {
        SignedJWT signed = signed(idToken);
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw fail(NOT_VERIFIED, "the identity token is signed with "
                    + signed.getHeader().getAlgorithm() + ", not RS256 or ES256", null);
        }
        ProviderMetadata provider = metadata();
        JWKSet keySet = keys(provider, signed);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keySet)));
        processor.setJWTClaimsSetVerifier(claimsVerifier(provider));
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (BadJOSEException | JOSEException e) {
            throw fail(NOT_VERIFIED, "the identity token is rejected: " + e.getMessage(), e);
        }
        Date issued = claims.getIssueTime();
        if (issued.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw fail(NOT_VERIFIED, "the identity token is issued in the future", null);
        }
        List<String> audience = claims.getAudience();
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !settings.clientId().equals(azp)) {
            throw fail(NOT_VERIFIED, "the identity token is authorized for " + azp, null);
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String s) || expectedNonce == null || !same(s, expectedNonce)) {
            throw fail(NOT_VERIFIED, "the nonce of the identity token does not match", null);
        }
        return claims;
    }

    private SignedJWT signed(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw fail(NOT_VERIFIED, "the identity token cannot be read", e);
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        throw fail(NOT_VERIFIED, "the identity token is not signed", null);
    }

    private DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(ProviderMetadata provider) {
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                Set.of(settings.clientId()),
                new JWTClaimsSet.Builder().issuer(provider.issuer()).build(),
                Set.of("sub", "iat", "exp"), null) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        return verifier;
    }

    private VerifiedIdentity identity(String issuer, JWTClaimsSet claims) {
        String name = nfc(claimText(claims, "name"));
        if (name == null) {
            // Vietnamese names are written family name first.
            StringJoiner parts = new StringJoiner(" ");
            for (String claim : List.of("family_name", "middle_name", "given_name")) {
                String part = claimText(claims, claim);
                if (part != null) {
                    parts.add(part);
                }
            }
            name = parts.length() == 0 ? null : nfc(parts.toString());
        }
        String email = claimText(claims, "email");
        if (email != null && Boolean.FALSE.equals(claims.getClaim("email_verified"))) {
            email = null;
        }
        return new VerifiedIdentity(issuer, claims.getSubject(), personalId(claims), name,
                email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    private String personalId(JWTClaimsSet claims) {
        Object value = claims.getClaim(settings.personalIdClaim());
        if (value instanceof Number number) {
            // A number loses the leading zeros of the province code; the number has 12 digits.
            return String.format(Locale.ROOT, "%012d", number.longValue());
        }
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static String claimText(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    // ---- provider metadata and keys

    ProviderMetadata metadata() {
        Cached<ProviderMetadata> cached = metadata;
        if (cached != null && cached.freshAt(clock.instant())) {
            return cached.value();
        }
        synchronized (lock) {
            cached = metadata;
            Instant now = clock.instant();
            if (cached != null && cached.freshAt(now)) {
                return cached.value();
            }
            try {
                ProviderMetadata fresh = discover();
                metadata = new Cached<>(fresh, now.plus(METADATA_TTL), now);
                return fresh;
            } catch (FederationFailure e) {
                if (cached == null) {
                    throw e;
                }
                // The provider's endpoints rarely change: keep using what was read.
                metadata = new Cached<>(cached.value(), now.plus(RETRY_AFTER_FAILURE), now);
                return cached.value();
            }
        }
    }

    private ProviderMetadata discover() {
        String issuer = settings.issuer();
        URI issuerUri = issuerUri();
        if (!"https".equalsIgnoreCase(issuerUri.getScheme()) && !loopback(issuerUri)) {
            throw fail(NOT_CONFIGURED, "the issuer " + issuer + " does not use https", null);
        }
        URI discovery = URI.create(stripSlash(issuer) + WELL_KNOWN);
        Reply reply = call(HttpRequest.newBuilder(discovery)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET().build());
        if (reply.status() != 200) {
            throw fail(UNREACHABLE, "the discovery document answered " + reply.status(), null);
        }
        Map<String, Object> json = json(reply, UNREACHABLE);
        try {
            String declared = JSONObjectUtils.getString(json, "issuer");
            if (declared == null || !stripSlash(declared).equals(stripSlash(issuer))) {
                throw fail(UNREACHABLE, "the discovery document names the issuer " + declared,
                        null);
            }
            List<String> methods = JSONObjectUtils.getStringList(json,
                    "token_endpoint_auth_methods_supported");
            List<String> challenges = JSONObjectUtils.getStringList(json,
                    "code_challenge_methods_supported");
            if (challenges != null && !challenges.contains("S256")) {
                LOG.log(Level.WARNING, "The provider {0} does not declare PKCE S256", issuer);
            }
            return new ProviderMetadata(declared,
                    endpoint(json, "authorization_endpoint"),
                    endpoint(json, "token_endpoint"),
                    endpoint(json, "jwks_uri"),
                    methods == null ? List.of() : List.copyOf(methods));
        } catch (ParseException e) {
            throw fail(UNREACHABLE, "the discovery document is malformed: " + e.getMessage(), e);
        }
    }

    private URI endpoint(Map<String, Object> json, String name) throws ParseException {
        URI uri = JSONObjectUtils.getURI(json, name);
        if (uri == null || !uri.isAbsolute()) {
            throw fail(UNREACHABLE, "the discovery document has no absolute " + name, null);
        }
        if (!sameOrigin(uri, issuerUri())) {
            throw fail(UNREACHABLE, "the discovery document points " + name + " to " + uri
                    + ", outside the issuer", null);
        }
        return uri;
    }

    /** The key set, fetched again when the token names a key it does not hold (rotation). */
    private JWKSet keys(ProviderMetadata provider, SignedJWT token) {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(token.getHeader());
        Cached<JWKSet> cached = keys;
        Instant now = clock.instant();
        if (cached != null && cached.freshAt(now) && holds(cached.value(), matcher)) {
            return cached.value();
        }
        synchronized (lock) {
            cached = keys;
            now = clock.instant();
            if (cached != null && cached.freshAt(now)
                    && (holds(cached.value(), matcher)
                    || cached.fetched().plus(KEYS_MIN_REFRESH).isAfter(now))) {
                // An unknown key does not make every request fetch the key set again.
                return cached.value();
            }
            JWKSet fresh = fetchKeys(provider.jwksUri());
            keys = new Cached<>(fresh, now.plus(METADATA_TTL), now);
            return fresh;
        }
    }

    private static boolean holds(JWKSet set, JWKMatcher matcher) {
        return matcher != null && !set.filter(matcher).isEmpty();
    }

    private JWKSet fetchKeys(URI jwksUri) {
        Reply reply = call(HttpRequest.newBuilder(jwksUri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET().build());
        if (reply.status() != 200) {
            throw fail(UNREACHABLE, "the key set answered " + reply.status(), null);
        }
        try {
            return JWKSet.parse(reply.body()).toPublicJWKSet();
        } catch (ParseException e) {
            throw fail(UNREACHABLE, "the key set is malformed: " + e.getMessage(), e);
        }
    }

    // ---- HTTP

    private record Reply(int status, String body) {
    }

    private Reply call(HttpRequest request) {
        if (!sameOrigin(request.uri(), issuerUri())) {
            // Unreachable by construction; kept so that no later change can call elsewhere.
            throw fail(UNREACHABLE, "refusing to call " + request.uri(), null);
        }
        try {
            HttpResponse<InputStream> response =
                    http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw fail(UNREACHABLE, request.uri() + " answered too much", null);
                }
                return new Reply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw fail(UNREACHABLE, request.uri() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(UNREACHABLE, "interrupted while calling " + request.uri(), e);
        }
    }

    private static Map<String, Object> json(Reply reply, String userMessage) {
        try {
            return JSONObjectUtils.parse(reply.body());
        } catch (ParseException e) {
            throw fail(userMessage, "the answer (" + reply.status() + ") is not JSON", e);
        }
    }

    private static String text(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value instanceof String s ? s : null;
    }

    // ---- small helpers

    private void requireConfigured() {
        if (!isConfigured()) {
            throw new FederationFailure(NOT_CONFIGURED);
        }
    }

    private URI issuerUri() {
        return URI.create(settings.issuer());
    }

    private static void checkRedirectUri(String redirectUri) {
        URI uri = redirectUri == null ? null : URI.create(redirectUri);
        if (uri == null || !uri.isAbsolute() || uri.getFragment() != null
                || !("https".equalsIgnoreCase(uri.getScheme())
                || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("Not an absolute http(s) URL: " + redirectUri);
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean loopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        // Only literal addresses are checked: no name is looked up here.
        if (host.matches("[0-9.]+") || host.startsWith("[")) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        StringJoiner joiner = new StringJoiner("&");
        fields.forEach((k, v) -> joiner.add(encode(k) + "=" + encode(v)));
        return joiner.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static FederationFailure fail(String userMessage, String reason, Throwable cause) {
        LOG.log(Level.WARNING, "OpenID Connect sign-in failed: {0}", reason);
        return new FederationFailure(userMessage, cause);
    }

    /** A value read from the provider, and until when it is used without asking again. */
    private record Cached<T>(T value, Instant freshUntil, Instant fetched) {
        boolean freshAt(Instant now) {
            return now.isBefore(freshUntil);
        }
    }
}
