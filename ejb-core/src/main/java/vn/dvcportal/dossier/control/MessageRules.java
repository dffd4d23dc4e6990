package vn.dvcportal.dossier.control;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.identity.control.ValidationFailure;

/** What a message on a dossier may be: 1 to 4000 characters of text, kept as typed. */
public final class MessageRules {

    /** Control characters other than line breaks and tabs are never kept. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private MessageRules() {
    }

    /**
     * The body as stored: NFC, control characters removed, line breaks as {@code \n}, trimmed.
     *
     * @throws ValidationFailure on {@code body} when empty or too long
     */
    public static String body(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("").strip();
        if (text.isEmpty()) {
            throw ValidationFailure.of("body", "Vui lòng nhập nội dung trao đổi.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > DossierMessage.MAX_BODY) {
            throw ValidationFailure.of("body", "Nội dung trao đổi dài tối đa "
                    + DossierMessage.MAX_BODY + " ký tự (đã nhập " + length + ").");
        }
        return text;
    }
}
