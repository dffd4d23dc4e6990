package vn.dvcportal.dossier.control;

import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.text.control.FreeText;

/** What a message on a dossier may be: 1 to 4000 characters of text, kept as typed. */
public final class MessageRules {

    /**
     * Messages one author may write on one dossier in a day: far above a real exchange, low
     * enough that a script cannot fill the agency's inbox and the mail queue.
     */
    public static final int MAX_PER_DAY = 50;

    private MessageRules() {
    }

    /**
     * @param sentToday the messages the author already wrote on the dossier today
     * @throws ValidationFailure on {@code body} when the day's share is used up
     */
    public static void requireRoomToday(long sentToday) {
        if (sentToday >= MAX_PER_DAY) {
            throw ValidationFailure.of("body", "Mỗi ngày chỉ gửi được tối đa " + MAX_PER_DAY
                    + " tin nhắn về một hồ sơ. Vui lòng gửi tiếp vào ngày mai.");
        }
    }

    /**
     * The body as stored: see {@link FreeText#clean}.
     *
     * @throws ValidationFailure on {@code body} when empty or too long
     */
    public static String body(String typed) {
        String text = typed == null ? "" : FreeText.clean(typed);
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
