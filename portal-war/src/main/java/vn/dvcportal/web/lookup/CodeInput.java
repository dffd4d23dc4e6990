package vn.dvcportal.web.lookup;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A dossier code as typed into the lookup form: trimmed, in NFC, and checked against the
 * characters codes are made of (letters without marks, digits, dot, hyphen, underscore), so
 * that a typo is explained instead of being looked up in vain. A code that passes is upper-cased:
 * codes are issued in capitals, and one typed in small letters is the same code.
 */
public final class CodeInput {

    /** Longer than any dossier code format in use; more is not worth echoing back. */
    public static final int MAX_LENGTH = 60;

    /** What is wrong with the typed code, as a bundle key; NONE when it may be looked up. */
    public enum Problem {
        NONE(null),
        BLANK("lookup.blank"),
        TOO_LONG("lookup.tooLong"),
        BAD_CHARACTERS("lookup.badCharacters");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The cleaned code (at most {@link #MAX_LENGTH} characters) and its problem. */
    public record Checked(String code, Problem problem) {

        public boolean ok() {
            return problem == Problem.NONE;
        }
    }

    private CodeInput() {
    }

    public static Checked check(String typed) {
        if (typed == null) {
            return new Checked(null, Problem.BLANK);
        }
        String code = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        // Spaces and invisible characters pasted around a code from a mail or a PDF.
        code = code.replaceAll("[\\p{Cf}\\p{Z}]+$", "").replaceAll("^[\\p{Cf}\\p{Z}]+", "");
        if (code.isEmpty()) {
            return new Checked(null, Problem.BLANK);
        }
        if (code.codePointCount(0, code.length()) > MAX_LENGTH) {
            return new Checked(code.substring(0, code.offsetByCodePoints(0, MAX_LENGTH)),
                    Problem.TOO_LONG);
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
            if (!allowed) {
                return new Checked(code, Problem.BAD_CHARACTERS);
            }
        }
        return new Checked(code.toUpperCase(Locale.ROOT), Problem.NONE);
    }
}
