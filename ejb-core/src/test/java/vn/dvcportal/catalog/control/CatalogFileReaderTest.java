package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvcportal.catalog.control.CatalogFileReader.CatalogEntry;

class CatalogFileReaderTest {

    private static final String GOOD = ProcedureRecordParserTest
            .json(ProcedureRecordParserTest.CUSTOMS_RECORD).toString();

    @TempDir
    Path dir;

    private static String record(String code, String name) {
        Map<String, String> fields = new HashMap<>(ProcedureRecordParserTest.CUSTOMS_RECORD);
        fields.put("ma_thu_tuc", code);
        fields.put("ten_thu_tuc", name);
        JsonObject json = ProcedureRecordParserTest.json(fields);
        return json.toString();
    }

    private static List<CatalogEntry> readAll(InputStream in) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        try (CatalogFileReader reader = CatalogFileReader.open(in)) {
            Optional<CatalogEntry> next;
            while ((next = reader.next()).isPresent()) {
                entries.add(next.get());
            }
        }
        return entries;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    @Test
    void plainFile() throws IOException {
        List<CatalogEntry> entries = readAll(new ByteArrayInputStream(
                utf8(GOOD + "\n" + record("1.000178", "Giải quyết khiếu nại") + "\n")));

        assertEquals(2, entries.size());
        assertTrue(entries.get(0).ok());
        assertEquals("3.000143", entries.get(0).code());
        assertEquals(1, entries.get(0).line());
        assertEquals("Giải quyết khiếu nại", entries.get(1).procedure().name());
        assertEquals(2, entries.get(1).line());
    }

    @Test
    void gzipAndPlainGiveTheSameEntries() throws IOException {
        byte[] plain = utf8(GOOD + "\n\n" + record("1.000178", "Giải quyết khiếu nại"));

        assertEquals(readAll(new ByteArrayInputStream(plain)),
                readAll(new ByteArrayInputStream(gzip(plain))));
    }

    @Test
    void gzipIsRecognisedByContentNotByName() throws IOException {
        Path misnamed = dir.resolve("catalogue.jsonl");
        Files.write(misnamed, gzip(utf8(GOOD + "\n")));
        Path plain = dir.resolve("catalogue.jsonl.gz");
        Files.write(plain, utf8(GOOD + "\n"));

        for (Path path : List.of(misnamed, plain)) {
            try (CatalogFileReader reader = CatalogFileReader.open(path)) {
                assertEquals("3.000143", reader.next().orElseThrow().code(), path.toString());
                assertFalse(reader.next().isPresent());
            }
        }
    }

    @Test
    void malformedLinesAreReportedAndReadingGoesOn() throws IOException {
        String text = GOOD + "\n"
                + "{\"ma_thu_tuc\": \"1.000811\", \"ten_thu_tuc\": \"Cấp thẻ ABTC\"\n"
                + "[1, 2]\n"
                + "   \n"
                + record("", "Tên") + "\n"
                + record("1.000178", "Giải quyết khiếu nại") + "\n";

        List<CatalogEntry> entries = readAll(new ByteArrayInputStream(utf8(text)));

        assertEquals(5, entries.size());
        CatalogEntry broken = entries.get(1);
        assertFalse(broken.ok());
        assertEquals(2, broken.line());
        assertEquals("1.000811", broken.code(), "the code is recovered from the raw line");
        assertTrue(broken.error().startsWith("dòng không phải là một đối tượng JSON hợp lệ"));

        assertEquals(3, entries.get(2).line());
        assertNull(entries.get(2).code());
        assertFalse(entries.get(2).ok());

        CatalogEntry noCode = entries.get(3);
        assertEquals(5, noCode.line(), "the blank line 4 is skipped but counted");
        assertNull(noCode.code());
        assertTrue(noCode.error().contains("thiếu mã thủ tục"));

        assertTrue(entries.get(4).ok());
        assertEquals(6, entries.get(4).line());
    }

    @Test
    void decomposedLineIsParsedLikeAComposedOne() throws IOException {
        String nfd = Normalizer.normalize(GOOD, Normalizer.Form.NFD);

        List<CatalogEntry> entries = readAll(new ByteArrayInputStream(utf8(nfd + "\n")));

        assertEquals(readAll(new ByteArrayInputStream(utf8(GOOD))).get(0).procedure(),
                entries.get(0).procedure());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndings() throws IOException {
        List<CatalogEntry> entries = readAll(new ByteArrayInputStream(
                utf8("\uFEFF" + GOOD + "\r\n" + GOOD + "\r\n")));

        assertEquals(2, entries.size());
        assertTrue(entries.stream().allMatch(CatalogEntry::ok));
    }

    @Test
    void emptyInput() throws IOException {
        assertEquals(List.of(), readAll(new ByteArrayInputStream(new byte[0])));
        assertEquals(List.of(), readAll(new ByteArrayInputStream(gzip(new byte[0]))));
    }

    @Test
    void leftoversReachTheGivenParser() throws IOException {
        List<String> fields = new ArrayList<>();
        String withNote = record("1.000178", "Giải quyết khiếu nại")
                .replace("1 bản chính,1 bản sao", "1 bản chính,1 bản saoGhi chú cuối bảng");
        try (CatalogFileReader reader = CatalogFileReader.open(
                new ByteArrayInputStream(utf8(withNote)),
                new ProcedureRecordParser((field, text) -> fields.add(field + ": " + text)))) {
            assertTrue(reader.next().orElseThrow().ok());
        }

        assertEquals(List.of("thanh_phan_ho_so: Ghi chú cuối bảng"), fields);
    }
}
