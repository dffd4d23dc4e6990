package vn.dvcportal.audit.control;

import java.text.Normalizer;

/**
 * Makes free text fit for a log column: one line, NFC, no longer than the column allows. A
 * line break in a user-supplied name must not let it pass for a second record when the log is
 * read as text.
 */
public final class AuditTexts {

    private AuditTexts() {
    }

    /**
     * The text on one line, control characters turned into spaces, trimmed and cut to at most
     * {@code maxChars} characters without splitting a surrogate pair; {@code null} when nothing
     * is left.
     */
    public static String clip(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(normalised.length(), maxChars));
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            int width = Character.charCount(cp);
            if (out.length() + width > maxChars) {
                break;
            }
            boolean control = Character.isISOControl(cp)
                    || cp == '\u2028' || cp == '\u2029';
            out.appendCodePoint(control ? ' ' : cp);
            i += width;
        }
        String result = out.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
