package vn.dvcportal.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the server's mail session {@code java:jboss/mail/Dvc}, whose
 * SMTP host, port and sender address are part of the server configuration, not of the
 * application.
 *
 * <p>Subject and body are normalised to NFC and sent as UTF-8, the subject encoded as RFC 2047
 * requires, so that Vietnamese text arrives intact in every mail client.
 */
@ApplicationScoped
public class Mailer {

    static final String SESSION_NAME = "java:jboss/mail/Dvc";

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Resource(lookup = SESSION_NAME)
    Session session;

    public Mailer() {
        // for the container
    }

    /** Sends through the given session instead of the server's. */
    Mailer(Session session) {
        this.session = session;
    }

    /**
     * Sends one message and returns once the mail server has accepted it.
     *
     * @param to a single address
     * @param subject one line; line breaks are replaced by spaces
     * @param text the body, plain text
     * @throws MailFailure when the address is not valid or the mail server refused or could not
     *     be reached; the reason is logged
     */
    public void send(String to, String subject, String text) {
        InternetAddress recipient = recipient(to);
        try {
            MimeMessage message = compose(recipient, subject, text);
            Transport.send(message);
            LOG.log(Level.FINE, "Mail \"{0}\" sent to {1}", new Object[] {subject, recipient});
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail \"{0}\" to {1} not sent: {2}",
                    new Object[] {subject, recipient, e});
            LOG.log(Level.FINE, "Mail failure", e);
            throw new MailFailure("Không gửi được thư điện tử đến " + recipient.getAddress()
                    + ". Xin vui lòng thử lại sau ít phút.", e);
        }
    }

    MimeMessage compose(InternetAddress recipient, String subject, String text)
            throws MessagingException {
        if (session == null) {
            throw new MessagingException("No mail session " + SESSION_NAME);
        }
        MimeMessage message = new MimeMessage(session);
        // The sender is the session's mail.from, set by the server configuration.
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(oneLine(nfc(subject)), UTF_8);
        message.setText(nfc(text), UTF_8);
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(String to) {
        try {
            if (to == null || to.isBlank()) {
                throw new AddressException("empty");
            }
            InternetAddress address = new InternetAddress(to.strip(), true);
            if (address.isGroup() || address.getAddress().indexOf('@') < 1) {
                throw new AddressException("not a single mailbox", to);
            }
            return address;
        } catch (AddressException e) {
            LOG.log(Level.WARNING, "Mail not sent: invalid address {0}", e.getMessage());
            throw new MailFailure("Địa chỉ thư điện tử không hợp lệ.", e);
        }
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
