package vn.dvcportal.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises the accepted kinds of file by their first bytes, never by their name: a program
 * renamed to {@code .pdf} stays a program. Word and Excel files are ZIP archives, told apart
 * by their parts; only their central directory and content-type list are read, never the
 * parts themselves, so an archive built to expand enormously costs nothing here.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /**
     * Main part types of a plain document and workbook. The macro-enabled variants (DOCM,
     * XLSM) declare other types and are therefore refused, as are templates.
     */
    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /** Far more than any real content-type list, and small enough to read whole. */
    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;

    private ContentSniffer() {
    }

    /**
     * The kind of the file's content, or empty when it is none of the accepted kinds, is empty,
     * or is a damaged archive.
     *
     * @throws UncheckedIOException when the file cannot be read at all
     */
    public static Optional<FileKind> detect(Path file) {
        byte[] head = new byte[PNG.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (startsWith(head, read, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, read, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, read, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, read, ZIP)) {
            return officeKind(file);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officeKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry types = zip.getEntry(CONTENT_TYPES);
            if (types == null || types.isDirectory()) {
                return Optional.empty();
            }
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                byte[] text = in.readNBytes(CONTENT_TYPES_LIMIT + 1);
                if (text.length > CONTENT_TYPES_LIMIT) {
                    return Optional.empty();
                }
                declared = new String(text, StandardCharsets.UTF_8);
            }
            if (hasFile(zip, "word/document.xml") && declared.contains(WORD_MAIN)) {
                return Optional.of(FileKind.DOCX);
            }
            if (hasFile(zip, "xl/workbook.xml") && declared.contains(EXCEL_MAIN)) {
                return Optional.of(FileKind.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged or hostile archive is simply not an accepted file; the ZIP reader
            // reports some malformations as runtime exceptions.
            return Optional.empty();
        }
    }

    private static boolean hasFile(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        return read >= magic.length
                && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
