package vn.dvcportal.text.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text typed freely (reasons, notes, questions, answers, messages, addresses) as it is stored:
 * NFC, line breaks as {@code \n}, without control, format, private-use or unassigned
 * characters. Those are invisible on screen yet reorder (U+202E) or cut (NUL) what papers,
 * mails and exports show, so they are never kept; the same set the e-form drops.
 */
public final class FreeText {

    /** Everything invisible except the line break. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n]]");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

    private FreeText() {
    }

    /**
     * The text as stored, trimmed; {@code null} for {@code null}. Invisible characters go
     * before NFC: one between a letter and its tone mark would keep them from composing.
     */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** As {@link #clean}, on one line: line breaks become a comma and a space. */
    public static String oneLine(String typed) {
        String text = clean(typed);
        return text == null ? null : LINE_BREAKS.matcher(text).replaceAll(", ");
    }
}
