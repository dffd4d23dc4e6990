package vn.dvcportal.text.control;

import java.text.Normalizer;
import java.util.List;

/**
 * Folds text to the form used for searching and comparing: no tone marks, no case, đ as d,
 * single spaces between words.
 *
 * <p>The folded form is only ever compared, never shown, so it may lose information freely.
 * Procedure codes such as {@code 1.000771} must survive as one word, which is why a dot between
 * two digits is kept while every other punctuation character separates words.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Returns the folded form of {@code text}; never {@code null}. NFC and NFD input, upper and
     * lower case and text with or without Vietnamese diacritics all fold to the same string.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return splitWords(plainLowerCase(text));
    }

    /**
     * Returns {@code text} normalised to NFC with leading and trailing white space removed, or
     * {@code null} for {@code null}. This is the form in which text is stored and displayed.
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Returns the folded words of {@code text}, in order; empty when it has none. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * Decomposes, drops every combining mark and lower-cases. Separators are still in place so
     * that the next step can look ahead past a dot.
     */
    private static String plainLowerCase(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isCombiningMark(cp)) {
                continue;
            }
            plain.appendCodePoint(Character.toLowerCase(foldD(cp)));
        }
        return plain.toString();
    }

    private static String splitWords(String plain) {
        StringBuilder out = new StringBuilder(plain.length());
        boolean gap = false;
        int i = 0;
        while (i < plain.length()) {
            int cp = plain.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else if (cp == '.' && !gap && endsWithDigit(out) && startsWithDigit(plain, next)) {
                out.append('.');
            } else {
                gap = true;
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Đ has no Unicode decomposition, so stripping marks alone would leave it. Text converted from
     * legacy Vietnamese encodings sometimes carries the look-alike Icelandic eth (Ð, ð) instead.
     */
    private static int foldD(int cp) {
        switch (cp) {
            case '\u0111', '\u0110', '\u00f0', '\u00d0':
                return 'd';
            default:
                return cp;
        }
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean endsWithDigit(StringBuilder out) {
        return out.length() > 0 && Character.isDigit(out.codePointBefore(out.length()));
    }

    private static boolean startsWithDigit(String text, int index) {
        return index < text.length() && Character.isDigit(text.codePointAt(index));
    }
}
