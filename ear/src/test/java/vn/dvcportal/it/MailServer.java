package vn.dvcportal.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as the portal's SMTP relay, accepting mail for any address and letting anyone read
 * any mailbox over IMAP. Only the test client loads this class; the server has no GreenMail.
 */
final class MailServer {

    private MailServer() {
    }

    static AutoCloseable start(String host, int smtpPort, int imapPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)});
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return mail::stop;
    }
}
