package vn.dvcportal.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the mail server the portal sends to during a test class (see arquillian.xml): SMTP on
 * 127.0.0.1:3125, and IMAP on 127.0.0.1:3143 for {@link MailBox} to read what arrived. It runs
 * beside the test client only, never inside the server, where the same class is loaded again
 * for the tests that run there.
 */
final class LocalMail implements BeforeAllCallback, AfterAllCallback {

    static final String HOST = "127.0.0.1";
    static final int SMTP_PORT = 3125;
    static final int IMAP_PORT = 3143;

    private AutoCloseable server;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!insideServer(context)) {
            server = MailServer.start(HOST, SMTP_PORT, IMAP_PORT);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** True where Arquillian runs the test inside the server. */
    static boolean insideServer(ExtensionContext context) {
        return Boolean.parseBoolean(context.getConfigurationParameter("insideArquillian")
                .orElse("false"));
    }
}
