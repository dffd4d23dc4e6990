package vn.dvcportal.web.admin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Counts the records of a JSON-lines catalogue file, plain or gzip, by counting lines that hold
 * anything but white space. The import reports records read; this count turns that into a
 * percentage.
 */
public final class RecordCounter {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private RecordCounter() {
    }

    public static long count(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            return count(raw);
        }
    }

    /** Counts non-blank lines; a gzip stream is recognised by its first two bytes. */
    public static long count(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream content = first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2
                ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
                : buffered;
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        boolean lineHasText = false;
        int n;
        while ((n = content.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (lineHasText) {
                        lines++;
                    }
                    lineHasText = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    lineHasText = true;
                }
            }
        }
        return lineHasText ? lines + 1 : lines;
    }
}
