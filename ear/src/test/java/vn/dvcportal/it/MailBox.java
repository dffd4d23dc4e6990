package vn.dvcportal.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone's mailbox on the test mail server, read over IMAP as a mail program would. Works in
 * the test client and inside the server alike, as both have Jakarta Mail.
 */
final class MailBox {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s<>\"]+\\?token=[A-Za-z0-9_-]+");

    private final String address;

    MailBox(String address) {
        this.address = address;
    }

    /** How many messages have arrived so far. */
    int count() throws MessagingException {
        Store store = connect();
        try {
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return 0;
            }
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /**
     * The first link to the given page in a message that arrived after the first {@code seen},
     * waiting for one as long as {@code wait}.
     *
     * @throws AssertionError when none arrives in time
     */
    String link(String page, int seen, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String found = find(page, seen);
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail with a link to " + page + " reached "
                        + address + " in " + wait.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    /** The subject and text of the newest message, or null when there is none. */
    String[] newest() throws Exception {
        Store store = connect();
        try {
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return null;
            }
            inbox.open(Folder.READ_ONLY);
            try {
                int n = inbox.getMessageCount();
                if (n == 0) {
                    return null;
                }
                Message m = inbox.getMessage(n);
                return new String[] {m.getSubject(), text(m)};
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** A message as it arrived: its subject, its text and its attached files by name. */
    record Letter(String subject, String text, Map<String, byte[]> attachments) {
    }

    /**
     * The first message that arrived after the first {@code seen} with the words in its
     * subject, waiting for one as long as {@code wait}.
     *
     * @throws AssertionError when none arrives in time
     */
    Letter await(String subjectPart, int seen, Duration wait) throws Exception {
        String wanted = Normalizer.normalize(subjectPart, Normalizer.Form.NFC);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Letter found = findLetter(wanted, seen);
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail with \"" + subjectPart + "\" in its subject"
                        + " reached " + address + " in " + wait.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private Letter findLetter(String subjectPart, int seen) throws Exception {
        Store store = connect();
        try {
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return null;
            }
            inbox.open(Folder.READ_ONLY);
            try {
                for (int i = seen + 1; i <= inbox.getMessageCount(); i++) {
                    Message m = inbox.getMessage(i);
                    String subject = m.getSubject() == null ? ""
                            : Normalizer.normalize(m.getSubject(), Normalizer.Form.NFC);
                    if (subject.contains(subjectPart)) {
                        Map<String, byte[]> files = new LinkedHashMap<>();
                        attachments(m, files);
                        return new Letter(subject, text(m), files);
                    }
                }
                return null;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void attachments(Part part, Map<String, byte[]> into)
            throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                attachments(multipart.getBodyPart(i), into);
            }
        } else if (part.getFileName() != null) {
            try (java.io.InputStream in = part.getInputStream()) {
                into.put(part.getFileName(), in.readAllBytes());
            }
        }
    }

    private String find(String page, int seen) throws Exception {
        Store store = connect();
        try {
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return null;
            }
            inbox.open(Folder.READ_ONLY);
            try {
                for (int i = seen + 1; i <= inbox.getMessageCount(); i++) {
                    Matcher m = LINK.matcher(text(inbox.getMessage(i)));
                    while (m.find()) {
                        if (m.group().contains(page + "?token=")) {
                            return m.group();
                        }
                    }
                }
                return null;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private Store connect() throws MessagingException {
        Properties props = new Properties();
        props.put("mail.store.protocol", "imap");
        props.put("mail.imap.host", LocalMail.HOST);
        props.put("mail.imap.port", String.valueOf(LocalMail.IMAP_PORT));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        // The test server takes any password.
        store.connect(LocalMail.HOST, LocalMail.IMAP_PORT, address, address);
        return store;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                all.append(text(body)).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
