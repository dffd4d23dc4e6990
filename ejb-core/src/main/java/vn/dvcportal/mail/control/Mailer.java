package vn.dvcportal.mail.control;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the server's mail session {@code java:jboss/mail/Dvc}, whose
 * SMTP host, port and sender address are part of the server configuration, not of the
 * application.
 *
 * <p>Subject and body are normalised to NFC and sent as UTF-8, the subject encoded as RFC 2047
 * requires, so that Vietnamese text arrives intact in every mail client. Attachments (a receipt
 * as PDF, for instance) go in a multipart/mixed message after the text, their file names
 * encoded in UTF-8 as RFC 2231 describes.
 */
@ApplicationScoped
public class Mailer {

    static final String SESSION_NAME = "java:jboss/mail/Dvc";

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final String UNNAMED = "tep-dinh-kem";

    /**
     * A file sent with a message.
     *
     * @param name the file name shown to the recipient, Vietnamese letters allowed; any path
     *     is dropped
     * @param mediaType e.g. {@code application/pdf}; {@code null} or unparsable sends it as
     *     {@code application/octet-stream}
     * @param content the bytes, not copied
     */
    public record Attachment(String name, String mediaType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(content, "content");
        }
    }

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
        send(to, subject, text, List.of());
    }

    /**
     * Sends one message with files attached and returns once the mail server has accepted it.
     * Without attachments it is the same plain-text message as {@link #send(String, String,
     * String)}.
     *
     * @throws MailFailure as {@link #send(String, String, String)}
     */
    public void send(String to, String subject, String text, List<Attachment> attachments) {
        InternetAddress recipient = recipient(to);
        List<Attachment> files = attachments == null ? List.of()
                : attachments.stream().filter(Objects::nonNull).toList();
        try {
            MimeMessage message = compose(recipient, subject, text, files);
            Transport.send(message);
            LOG.log(Level.FINE, "Mail \"{0}\" sent to {1} with {2} attachment(s)",
                    new Object[] {subject, recipient, files.size()});
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail \"{0}\" to {1} not sent: {2}",
                    new Object[] {subject, recipient, e});
            LOG.log(Level.FINE, "Mail failure", e);
            throw new MailFailure("Không gửi được thư điện tử đến " + recipient.getAddress()
                    + ". Xin vui lòng thử lại sau ít phút.", e);
        }
    }

    MimeMessage compose(InternetAddress recipient, String subject, String text,
            List<Attachment> attachments) throws MessagingException {
        if (session == null) {
            throw new MessagingException("No mail session " + SESSION_NAME);
        }
        MimeMessage message = new MimeMessage(session);
        // The sender is the session's mail.from, set by the server configuration.
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(oneLine(nfc(subject)), UTF_8);
        if (attachments.isEmpty()) {
            message.setText(nfc(text), UTF_8);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(nfc(text), UTF_8);
            mixed.addBodyPart(body);
            for (Attachment attachment : attachments) {
                mixed.addBodyPart(part(attachment));
            }
            message.setContent(mixed);
        }
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /**
     * The file name goes in both Content-Disposition and the older Content-Type "name", each
     * with an explicit UTF-8 charset: left to itself the mail library would encode it in the
     * JVM's default charset, which is not UTF-8 on every server.
     */
    private static MimeBodyPart part(Attachment attachment) throws MessagingException {
        String name = fileName(attachment.name());
        ContentType type;
        try {
            type = new ContentType(attachment.mediaType() == null || attachment.mediaType()
                    .isBlank() ? OCTET_STREAM : attachment.mediaType().strip());
        } catch (ParseException e) {
            LOG.log(Level.FINE, "Unparsable media type {0} sent as {1}",
                    new Object[] {attachment.mediaType(), OCTET_STREAM});
            type = new ContentType(OCTET_STREAM);
        }
        ParameterList typeParameters = type.getParameterList() == null
                ? new ParameterList() : type.getParameterList();
        typeParameters.set("name", name, UTF_8);
        type.setParameterList(typeParameters);
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(
                new ByteArrayDataSource(attachment.content(), type.toString())));
        ParameterList dispositionParameters = new ParameterList();
        dispositionParameters.set("filename", name, UTF_8);
        ContentDisposition disposition =
                new ContentDisposition(Part.ATTACHMENT, dispositionParameters);
        part.setHeader("Content-Disposition", disposition.toString());
        return part;
    }

    /** NFC, without any directory part or control character; never empty. */
    static String fileName(String name) {
        String clean = nfc(name).replaceAll("\\p{Cntrl}", "");
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1)
                .strip();
        return clean.isEmpty() ? UNNAMED : clean;
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
