package vn.dvcportal.it;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID provider (mock-oauth2-server) standing in for the national identity provider
 * at the issuer arquillian.xml names, http://127.0.0.1:8199/vneid. It signs whoever is asked
 * for in without a login form. Only the test client loads this class.
 */
final class IdentityProvider implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 8199;
    static final String ISSUER_ID = "vneid";
    static final String CLIENT_ID = "dvc-portal";

    private final MockOAuth2Server server = new MockOAuth2Server();

    IdentityProvider() throws Exception {
        server.start(InetAddress.getByName(HOST), PORT);
    }

    /** The next sign-in at the provider is this person's. */
    void signsInNext(String subject, String personalId, String name) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
                List.of(CLIENT_ID), Map.of("personal_id", personalId, "name", name), 3600));
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
