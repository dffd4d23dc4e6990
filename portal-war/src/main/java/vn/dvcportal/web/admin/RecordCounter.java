package vn.dvcportal.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dvcportal.catalog.control.CatalogFileReader;

/**
 * Counts the records of a JSON-lines catalogue file, plain or gzip, by counting lines that hold
 * anything but white space. The import reports records read; this count turns that into a
 * percentage.
 */
public final class RecordCounter {

    private RecordCounter() {
    }

    public static long count(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return count(raw);
        }
    }

    /** Counts non-blank lines, recognising gzip as the import does. */
    public static long count(InputStream in) throws IOException {
        InputStream content = CatalogFileReader.decompressed(in);
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
