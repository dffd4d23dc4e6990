package vn.dvcportal.files.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The names users give their files: kept to be shown and offered back on download, never used
 * as a path (the store files content under its hash), but still cleaned so that what is shown
 * is what the user meant and a header built from it stays one header.
 */
public final class UploadNames {

    /** Longest name kept, in characters; the column holds it at four bytes a character. */
    public static final int MAX_LENGTH = 255;

    /** The form field the messages belong to. */
    public static final String FIELD = "file";

    static final String BLANK = "Tệp chưa có tên. Vui lòng đặt tên cho tệp rồi tải lên lại.";

    private static final String FALLBACK_NAME = "tep";

    /** RFC 5987 attr-char besides letters and digits: what needs no percent-encoding. */
    private static final String ATTR_PUNCTUATION = "!#$&+-.^_`|~";

    private UploadNames() {
    }

    /**
     * The name to keep: invisible and control characters removed, NFC, without any folder part
     * (some browsers send {@code C:\...\x.pdf}; a hostile client sends {@code ../../x.pdf}),
     * without surrounding spaces.
     *
     * @throws ValidationFailure on field {@value #FIELD} when nothing is left or the name is
     *                           longer than {@value #MAX_LENGTH} characters
     */
    public static String clean(String submittedName) {
        // Invisible characters go first: one between a letter and its tone mark would keep
        // NFC from composing them.
        String name = Normalizer.normalize(withoutInvisible(
                submittedName == null ? "" : submittedName), Normalizer.Form.NFC);
        int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(folder + 1).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw ValidationFailure.of(FIELD, BLANK);
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            throw ValidationFailure.of(FIELD, "Tên tệp quá dài: tối đa " + MAX_LENGTH
                    + " ký tự (tên này có " + length + " ký tự). Vui lòng đổi tên tệp ngắn"
                    + " hơn rồi tải lên lại.");
        }
        return name;
    }

    /**
     * The name with the extension of the kind its content was found to be, added when the
     * name lacks it, so that a download opens with the right program.
     */
    public static String withExtension(String name, FileKind kind) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return kind.extensions().contains(extension) ? name
                : name + "." + kind.extensions().get(0);
    }

    /**
     * As {@link #withExtension(String, FileKind)} for the media type a stored file was found
     * to have; a media type of no accepted kind leaves the name as it is.
     */
    public static String withExtension(String name, String mediaType) {
        return FileKind.ofMediaType(mediaType).map(kind -> withExtension(name, kind))
                .orElse(name);
    }

    /**
     * A {@code Content-Disposition} header value (RFC 6266) for a download under that name: a
     * plain-ASCII {@code filename} for old clients, then the exact name as
     * {@code filename*=UTF-8''...} (RFC 5987), which current browsers prefer.
     *
     * @param inline whether the browser may show the file itself rather than save it
     */
    public static String contentDisposition(String name, boolean inline) {
        String exact = name == null || name.isBlank() ? FALLBACK_NAME
                : withoutInvisible(Normalizer.normalize(name, Normalizer.Form.NFC));
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(exact)
                + "\"; filename*=UTF-8''" + percentEncoded(exact);
    }

    /**
     * Vietnamese letters without their marks ({@code đ} as {@code d}); any other character
     * outside printable ASCII, and the quote, backslash and percent sign that some clients
     * would misread inside the quoted string, become {@code _}.
     */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            if (cp == 'đ') {
                ascii.append('d');
            } else if (cp == 'Đ') {
                ascii.append('D');
            } else if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '%') {
                ascii.append((char) cp);
            } else {
                ascii.append('_');
            }
        });
        String result = ascii.toString().strip();
        return result.isEmpty() ? FALLBACK_NAME : result;
    }

    private static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_PUNCTUATION.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Drops control characters (line breaks, NUL, ...), format characters (such as the
     * right-to-left override, which makes a name ending in {@code .exe} read as one ending in
     * {@code .pdf}), line or paragraph separators, and what cannot be written in UTF-8.
     */
    private static String withoutInvisible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED,
                    Character.SURROGATE -> false;
            default -> true;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
