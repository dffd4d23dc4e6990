package vn.dvcportal.mail.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.text.Normalizer;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends through a real SMTP server on the loopback interface and reads what arrived. */
class MailerTest {

    private static final int PORT = 3125;
    private static final String SUBJECT = "Xác nhận địa chỉ thư điện tử — Cổng Dịch vụ công";
    private static final String BODY = "Kính gửi ông Nguyễn Văn Đức,\n\n"
            + "Để hoàn tất đăng ký tài khoản, xin mở đường dẫn sau trong vòng 24 giờ:\n"
            + "https://dichvucong.example.vn/xac-nhan?token=abc\n\n"
            + "Trân trọng,\nBộ phận Một cửa tỉnh Quảng Ngãi";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void sendsVietnameseSubjectAndBodyIntact() throws Exception {
        new Mailer(session(PORT)).send("cong.dan@example.vn", SUBJECT, BODY);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals(SUBJECT, message.getSubject());
        assertEquals(BODY, ((String) message.getContent()).replace("\r\n", "\n"));
        assertEquals("dichvucong@localhost",
                ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("cong.dan@example.vn",
                ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertTrue(message.isMimeType("text/plain"));
        assertEquals("UTF-8", new jakarta.mail.internet.ContentType(message.getContentType())
                .getParameter("charset").toUpperCase());
        String rawSubject = message.getHeader("Subject", null);
        assertTrue(rawSubject.contains("=?UTF-8?"), "the subject is encoded: " + rawSubject);
        assertTrue(rawSubject.chars().allMatch(c -> c < 128), "the header is ASCII");
        assertTrue(message.getSentDate() != null);
    }

    @Test
    void normalisesToNfcAndKeepsTheSubjectOnOneLine() throws Exception {
        String decomposed = Normalizer.normalize("Đặt lại mật khẩu", Normalizer.Form.NFD);
        new Mailer(session(PORT)).send("a@example.vn", decomposed + "\r\nBcc: x@example.vn",
                Normalizer.normalize("Mật khẩu mới", Normalizer.Form.NFD));

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertEquals("Đặt lại mật khẩu Bcc: x@example.vn", message.getSubject());
        assertEquals("Mật khẩu mới", ((String) message.getContent()).strip());
        assertEquals(1, message.getAllRecipients().length);
    }

    @Test
    void sendsAnAttachmentUnderItsVietnameseName() throws Exception {
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        String name = "Giấy tiếp nhận hồ sơ STP-250305-0007 - Nguyễn Thị Hương.pdf";
        new Mailer(session(PORT)).send("cong.dan@example.vn", SUBJECT, BODY, List.of(
                new Mailer.Attachment(Normalizer.normalize(name, Normalizer.Form.NFD),
                        "application/pdf", pdf)));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals(SUBJECT, message.getSubject());
        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());

        BodyPart text = parts.getBodyPart(0);
        assertTrue(text.isMimeType("text/plain"));
        assertEquals("UTF-8", new jakarta.mail.internet.ContentType(text.getContentType())
                .getParameter("charset").toUpperCase());
        assertEquals(BODY, ((String) text.getContent()).replace("\r\n", "\n"));

        BodyPart file = parts.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals(name, file.getFileName());
        assertTrue(file.isMimeType("application/pdf"), file.getContentType());
        assertArrayEquals(pdf, file.getInputStream().readAllBytes());

        // Every header on the wire is ASCII: the name travels encoded, not as raw UTF-8.
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        for (byte b : raw.toByteArray()) {
            assertTrue(b >= 0, "7-bit message");
        }
        String disposition = file.getHeader("Content-Disposition")[0];
        assertTrue(disposition.contains("filename*"), disposition);
        assertTrue(disposition.toUpperCase().contains("UTF-8''"), disposition);
    }

    @Test
    void attachmentNamesLoseTheirPathAndDefaultSensibly() throws Exception {
        new Mailer(session(PORT)).send("a@example.vn", SUBJECT, BODY, List.of(
                new Mailer.Attachment("C:\\Users\\huong\\Tờ khai.docx", null, new byte[] {1}),
                new Mailer.Attachment("../../etc/passwd", "not a type", new byte[] {2}),
                new Mailer.Attachment(" ", "text/plain", new byte[] {3})));

        MimeMultipart parts = (MimeMultipart) SMTP.getReceivedMessages()[0].getContent();
        assertEquals(4, parts.getCount());
        assertEquals("Tờ khai.docx", parts.getBodyPart(1).getFileName());
        assertTrue(parts.getBodyPart(1).isMimeType("application/octet-stream"));
        assertEquals("passwd", parts.getBodyPart(2).getFileName());
        assertTrue(parts.getBodyPart(2).isMimeType("application/octet-stream"));
        assertEquals("tep-dinh-kem", parts.getBodyPart(3).getFileName());
        assertEquals(Part.ATTACHMENT, parts.getBodyPart(3).getDisposition());
    }

    @Test
    void withoutAttachmentsTheMessageStaysPlainText() throws Exception {
        new Mailer(session(PORT)).send("a@example.vn", SUBJECT, BODY, List.of());
        new Mailer(session(PORT)).send("a@example.vn", SUBJECT, BODY, null);

        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertTrue(message.isMimeType("text/plain"));
            assertEquals(BODY, ((String) message.getContent()).replace("\r\n", "\n"));
        }
        assertEquals(2, SMTP.getReceivedMessages().length);
    }

    @Test
    void refusesAnInvalidAddressWithoutSending() {
        Mailer mailer = new Mailer(session(PORT));
        for (String bad : new String[] {null, " ", "khong-phai-dia-chi", "a@b.vn, c@d.vn",
                "x@example.vn\r\nBcc: y@example.vn"}) {
            MailFailure failure = assertThrows(MailFailure.class,
                    () -> mailer.send(bad, SUBJECT, BODY));
            assertEquals("Địa chỉ thư điện tử không hợp lệ.", failure.getMessage());
        }
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void reportsAnUnreachableServerInVietnamese() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        MailFailure failure = assertThrows(MailFailure.class,
                () -> new Mailer(session(closed)).send("a@example.vn", SUBJECT, BODY));
        assertTrue(failure.getMessage().startsWith("Không gửi được thư điện tử đến a@example.vn"),
                failure.getMessage());
        assertFalse(failure.getCause() == null);
    }

    @Test
    void reportsAMissingSession() {
        assertThrows(MailFailure.class, () -> new Mailer().send("a@example.vn", SUBJECT, BODY));
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", "5000");
        p.setProperty("mail.smtp.timeout", "5000");
        p.setProperty("mail.from", "dichvucong@localhost");
        return Session.getInstance(p);
    }
}
