package vn.dvcportal.identity.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns what someone types in the login field into the login name as stored, so that
 * "0100109106001", "0100109106 - 001" and "0100109106-001" reach the same business, and
 * "Nguyen.An" the official "nguyen.an".
 */
public final class LoginNames {

    /** Longer input is no login name nor e-mail address; it is refused unread. */
    public static final int MAX_TYPED = 254;

    private LoginNames() {
    }

    /** The login name as stored, or an e-mail address in lower case; "" for nothing. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00a0]", "");
        if (s.matches("[0-9]{13}")) {
            s = s.substring(0, 10) + "-" + s.substring(10);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the normalised text is an e-mail address rather than a login name. */
    public static boolean isEmail(String normalised) {
        return normalised.indexOf('@') > 0;
    }
}
