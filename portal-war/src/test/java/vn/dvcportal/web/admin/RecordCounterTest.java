package vn.dvcportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RecordCounterTest {

    private static final String RECORDS = "{\"ma_thu_tuc\":\"1\"}\n\n  \n{\"ma_thu_tuc\":\"2\"}\r\n"
            + "{\"ma_thu_tuc\":\"3\"}";

    @Test
    void countsNonBlankLines() throws IOException {
        assertEquals(3, RecordCounter.count(stream(RECORDS.getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, RecordCounter.count(stream(new byte[0])));
    }

    @Test
    void readsGzipToo() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(RECORDS.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(3, RecordCounter.count(stream(zipped.toByteArray())));
    }

    @Test
    void countsTheNationalCatalogue() throws IOException {
        Path data = Path.of(System.getProperty("dvc.shared.data", "../../shared/data"));
        Path file = data.resolve("tthc_national_2381.jsonl.gz");
        Assumptions.assumeTrue(Files.isReadable(file),
                "shared data not found at " + file.toAbsolutePath() + "; skipped");
        assertEquals(2381, RecordCounter.count(file));
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
