package vn.dvcportal.federation.control;

import java.net.URI;
import java.util.List;

/**
 * The part of the provider's discovery document the portal uses (OpenID Connect Discovery 1.0,
 * section 3).
 *
 * @param issuer the issuer exactly as the provider writes it in its tokens
 * @param authorizationEndpoint where the browser is sent
 * @param tokenEndpoint where the code is exchanged
 * @param jwksUri the provider's signing keys
 * @param tokenEndpointAuthMethods the client authentication methods the provider accepts;
 *     empty when the document does not say
 */
record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        List<String> tokenEndpointAuthMethods) {
}
