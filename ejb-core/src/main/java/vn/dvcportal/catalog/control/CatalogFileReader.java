package vn.dvcportal.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Streams a catalogue file in the JSON-lines format, one record per line, plain or
 * gzip-compressed. Compression is recognised by the gzip magic bytes, not by the file name.
 * Only the current line is held in memory, so the size of the file does not matter.
 *
 * <p>Each non-blank line yields one {@link CatalogEntry}: either a parsed procedure or the
 * reason it could not be parsed. A line that is not valid JSON is reported and reading goes
 * on with the next line.
 *
 * <p>Not thread-safe; read it from one thread and close it when done.
 */
public final class CatalogFileReader implements AutoCloseable {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    /**
     * The longest line read whole. The longest national record is about 60,000 characters; a
     * line past this cap is not a record, and holding it would let one line exhaust the heap.
     */
    static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    private static final String TOO_LONG = "\u0000too-long";
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    /** Finds the code of a line that is not valid JSON, so the failure can name it. */
    private static final Pattern RAW_CODE =
            Pattern.compile("\"ma_thu_tuc\"\\s*:\\s*\"([^\"\\\\]{1,40})\"");

    private final BufferedReader lines;
    private final ProcedureRecordParser parser;
    private int lineNumber;

    /**
     * One line of the file.
     *
     * @param line the 1-based line number
     * @param procedure the parsed procedure, {@code null} if the line failed
     * @param code the procedure code if known, also for a failed line
     * @param error why the line failed, {@code null} on success
     */
    public record CatalogEntry(int line, ParsedProcedure procedure, String code, String error) {

        static CatalogEntry parsed(int line, ParsedProcedure procedure) {
            return new CatalogEntry(line, procedure, procedure.code(), null);
        }

        static CatalogEntry failed(int line, String code, String error) {
            return new CatalogEntry(line, null, code, Objects.requireNonNull(error));
        }

        /** Whether the line was parsed into a procedure. */
        public boolean ok() {
            return procedure != null;
        }
    }

    private CatalogFileReader(InputStream in, ProcedureRecordParser parser) throws IOException {
        this.lines = new BufferedReader(
                new InputStreamReader(decompressed(in), StandardCharsets.UTF_8));
        this.parser = Objects.requireNonNull(parser);
    }

    /** Reads {@code in}, plain or gzip; closing the reader closes the stream. */
    public static CatalogFileReader open(InputStream in) throws IOException {
        return new CatalogFileReader(in, new ProcedureRecordParser());
    }

    /** Reads {@code in} with the given parser, for instance one that collects leftovers. */
    public static CatalogFileReader open(InputStream in, ProcedureRecordParser parser)
            throws IOException {
        return new CatalogFileReader(in, parser);
    }

    /** Reads the file at {@code path}, plain or gzip, whatever its name. */
    public static CatalogFileReader open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            return open(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The content of a catalogue file, plain or gzip: a gzip stream is recognised by its first
     * two bytes, never by the file's name.
     */
    public static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2
                ? new GZIPInputStream(buffered) : buffered;
    }

    /**
     * The next non-blank line, parsed; empty at the end of the file.
     *
     * @throws IOException when the file itself cannot be read, e.g. a truncated gzip stream
     */
    public Optional<CatalogEntry> next() throws IOException {
        String line;
        while ((line = boundedLine()) != null) {
            lineNumber++;
            if (line == TOO_LONG) {
                return Optional.of(CatalogEntry.failed(lineNumber, null,
                        "dòng dài quá " + MAX_LINE_CHARS + " ký tự, không phải một bản ghi"));
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                return Optional.of(entry(line));
            }
        }
        return Optional.empty();
    }

    /** The next line without its end, {@link #TOO_LONG} past the cap, null at the end. */
    private String boundedLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = lines.read()) != -1 && c != '\n') {
            if (line.length() < MAX_LINE_CHARS) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && line.isEmpty() && !tooLong) {
            return null;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1)
                : line.toString();
    }

    /** How many lines have been read so far, blank ones included. */
    public int linesRead() {
        return lineNumber;
    }

    private CatalogEntry entry(String line) {
        JsonObject record;
        try (JsonReader reader = JSON.createReader(new StringReader(line))) {
            record = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return CatalogEntry.failed(lineNumber, rawCode(line),
                    "dòng không phải là một đối tượng JSON hợp lệ: " + e.getMessage());
        }
        try {
            return CatalogEntry.parsed(lineNumber, parser.parse(record));
        } catch (RecordParseException e) {
            return CatalogEntry.failed(lineNumber, e.code(), e.getMessage());
        }
    }

    private static String rawCode(String line) {
        Matcher m = RAW_CODE.matcher(line);
        return m.find() ? Normalizer.normalize(m.group(1).strip(), Normalizer.Form.NFC) : null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
