package vn.dvcportal.federation.control;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the portal reaches the identity provider, read from system properties or, failing those,
 * the environment, so that no secret is ever stored with the application.
 *
 * @param issuer the provider's issuer identifier, {@code null} when sign-in by the provider is
 *     not configured
 * @param clientId the portal's client identifier at the provider
 * @param clientSecret the portal's client secret, {@code null} for a public client
 * @param personalIdClaim the claim that carries the personal identification number
 * @param scope the scopes asked for, {@code openid} among them
 * @param clientAuth how the portal authenticates at the token endpoint, {@code null} to choose
 *     from what the provider supports
 */
record OidcSettings(String issuer, String clientId, String clientSecret, String personalIdClaim,
        String scope, ClientAuth clientAuth) {

    static final String DEFAULT_PERSONAL_ID_CLAIM = "personal_id";
    static final String DEFAULT_SCOPE = "openid profile email";

    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    /** Client authentication methods at the token endpoint (RFC 6749, section 2.3.1). */
    enum ClientAuth {
        CLIENT_SECRET_BASIC, CLIENT_SECRET_POST;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ClientAuth of(String value) {
            for (ClientAuth a : values()) {
                if (a.value().equalsIgnoreCase(value.strip())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("Unsupported client authentication " + value);
        }
    }

    OidcSettings {
        issuer = blankToNull(issuer);
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        personalIdClaim = personalIdClaim == null || personalIdClaim.isBlank()
                ? DEFAULT_PERSONAL_ID_CLAIM : personalIdClaim.strip();
        scope = scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope.strip();
        if (!(" " + scope + " ").contains(" openid ")) {
            scope = "openid " + scope;
        }
    }

    /** Settings from {@code dvc.oidc.*} system properties, else {@code DVC_OIDC_*} variables. */
    static OidcSettings fromEnvironment() {
        return from(name -> {
            String value = System.getProperty("dvc.oidc." + name);
            return value != null ? value : System.getenv(
                    "DVC_OIDC_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        });
    }

    static OidcSettings from(UnaryOperator<String> lookup) {
        String auth = blankToNull(lookup.apply("client-auth"));
        ClientAuth clientAuth = null;
        if (auth != null) {
            try {
                clientAuth = ClientAuth.of(auth);
            } catch (IllegalArgumentException e) {
                // A typo must not disable the sign-in: the provider's own list decides then.
                LOG.log(Level.WARNING, "Unknown client authentication {0} ignored", auth);
            }
        }
        return new OidcSettings(lookup.apply("issuer"), lookup.apply("client-id"),
                lookup.apply("client-secret"), lookup.apply("personal-id-claim"),
                lookup.apply("scope"), clientAuth);
    }

    boolean isComplete() {
        return issuer != null && clientId != null;
    }

    @Override
    public String toString() {
        // The secret stays out of logs.
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", personalIdClaim="
                + personalIdClaim + ", scope=" + scope + ", clientAuth=" + clientAuth + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
