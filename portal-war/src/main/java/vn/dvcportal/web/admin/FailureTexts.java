package vn.dvcportal.web.admin;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.dvcportal.web.i18n.Texts;

/**
 * What an administrator reads about a skipped record or a stopped import. The import states
 * its reasons in Vietnamese ("Thủ tục 1.000178: thiếu tên thủ tục") but may append an
 * exception's own text after a colon, and a stopped import carries only the exception's text.
 * Such details are in English, mean nothing to most administrators and belong in the server
 * log, so the page and the API show a sentence instead.
 */
public final class FailureTexts {

    private static final String SEPARATOR = ": ";
    /** What Java's gzip reader and zlib say about a damaged or cut-off .gz file. */
    private static final Pattern ARCHIVE = Pattern.compile("(?i)\\b(gzip|zlib|zip)\\b"
            + "|^invalid (block type|stored block lengths|distance|code|literal)"
            + "|^incorrect (header|data|length) check|^too many length");
    /** A part that starts with an exception's class name, whatever words follow. */
    private static final Pattern EXCEPTION =
            Pattern.compile("^[a-z][\\w$]*(\\.[\\w$]+)*\\.[A-Z][\\w$]*(Exception|Error)\\b.*");

    private FailureTexts() {
    }

    /**
     * Where the technical detail of a reason starts: the first colon-separated part that is
     * not Vietnamese prose. -1 when the whole reason is the import's own words.
     */
    static int detailStart(String reason) {
        if (reason == null) {
            return -1;
        }
        int start = 0;
        while (true) {
            int end = reason.indexOf(SEPARATOR, start);
            String part = (end < 0 ? reason.substring(start) : reason.substring(start, end))
                    .strip();
            if (!isProse(part)) {
                return start;
            }
            if (end < 0) {
                return -1;
            }
            start = end + SEPARATOR.length();
        }
    }

    /** Vietnamese words, as opposed to an exception's or a parser's English. */
    private static boolean isProse(String part) {
        return !EXCEPTION.matcher(part).matches()
                && part.codePoints().anyMatch(c -> c > 0x7f && Character.isLetter(c));
    }

    /** True when a reason carries a technical detail that the page leaves out. */
    public static boolean hasDetail(String reason) {
        return detailStart(reason) >= 0;
    }

    /** A skipped record's reason as shown: the import's own words, without the detail. */
    public static String reason(String reason, Locale locale) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        int detail = detailStart(reason);
        if (detail < 0) {
            return reason.strip();
        }
        String words = detail == 0 ? Texts.text(locale, "import.reason.unreadable")
                : reason.substring(0, detail - SEPARATOR.length()).strip();
        return Texts.format(locale, "import.reason.detailLogged", words);
    }

    /** Why an import stopped, in a phrase that never quotes the exception. */
    public static String error(String error, Locale locale) {
        if (error == null) {
            return null;
        }
        return Texts.text(locale, ARCHIVE.matcher(error).find()
                ? "import.error.damagedArchive" : "import.error.other");
    }
}
