package vn.dvcportal.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.boundary.CatalogImports;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.site.Logs;

/**
 * Takes a catalogue file from the administration page or the command line, streams it to a
 * temporary file, never into memory, and hands it to the import. It also counts the file's
 * records first, which is what lets the progress bar show a percentage.
 */
@ApplicationScoped
public class CatalogUploads {

    private static final Logger LOG = Logger.getLogger(CatalogUploads.class.getName());

    /** Enough to see what went wrong without flooding the log with a broken file. */
    private static final int MAX_LOGGED_FAILURES = 100;

    /** What became of an upload. */
    public enum Outcome {
        STARTED,
        /** Another import is still running; the file was discarded. */
        BUSY,
        /** The file had no content. */
        EMPTY
    }

    /**
     * The largest file taken, the same as the page's multipart limit in web.xml. The web
     * server's own limit on request bodies must stay above it: a body over that limit is cut
     * off by the server before this application can answer 413.
     */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** The record count of the file whose import was started last. */
    record Expected(String source, long sizeBytes, long records) {
    }

    @Inject
    CatalogImports imports;

    private final AtomicReference<Expected> expected = new AtomicReference<>();

    /** The finished import whose details were last written to the log. */
    private final AtomicReference<CatalogImports.Progress> logged = new AtomicReference<>();

    /**
     * Stores the stream in a temporary file and starts importing it.
     *
     * @throws UploadTooLargeException when the stream holds more than {@link #MAX_BYTES}
     */
    public Outcome start(InputStream body, String fileName) throws IOException {
        if (isRunning()) {
            return Outcome.BUSY;
        }
        String source = FileNames.safe(fileName);
        Path file = Files.createTempFile(tempDir(), "catalog-", ".upload");
        boolean started = false;
        try {
            Files.copy(new LimitedInputStream(body, MAX_BYTES), file,
                    StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(file);
            if (size == 0) {
                return Outcome.EMPTY;
            }
            long records = countRecords(file);
            started = imports.start(file, source, true);
            if (!started) {
                return Outcome.BUSY;
            }
            expected.set(new Expected(source, size, records));
            LOG.log(Level.INFO, "Catalogue import of {0} started: {1} bytes, {2} records",
                    new Object[] {source, size, records});
            return Outcome.STARTED;
        } finally {
            if (!started) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The current or last import, if any ran since the server started. */
    public Optional<ImportStatus> status() {
        return imports.progress().map(p -> {
            ImportStatus status = ImportStatus.of(p, expectedRecords(p));
            if (!p.running() && logged.getAndSet(p) != p) {
                logDetails(status);
            }
            return status;
        });
    }

    /**
     * Writes once, when an import has ended, the technical details that the page and the API
     * leave out of its error and of its reasons for skipping records.
     */
    private static void logDetails(ImportStatus status) {
        if (status.error() != null) {
            LOG.log(Level.WARNING, "Catalogue import of {0} stopped: {1}",
                    new Object[] {status.source(), status.error()});
        }
        int written = 0;
        int withDetail = 0;
        for (ImportReport.Failure f : status.failures()) {
            if (!FailureTexts.hasDetail(f.reason())) {
                continue;
            }
            withDetail++;
            if (written < MAX_LOGGED_FAILURES) {
                written++;
                LOG.log(Level.INFO, "Catalogue import of {0}: line {1} ({2}) skipped: {3}",
                        new Object[] {status.source(), f.line(), f.code(), f.reason()});
            }
        }
        if (withDetail > written) {
            LOG.log(Level.INFO, "Catalogue import of {0}: {1} more skipped lines not logged",
                    new Object[] {status.source(), withDetail - written});
        }
    }

    public boolean isRunning() {
        return imports.progress().map(CatalogImports.Progress::running).orElse(false);
    }

    private long expectedRecords(CatalogImports.Progress progress) {
        Expected e = expected.get();
        return e != null && e.source().equals(progress.source())
                && e.sizeBytes() == progress.sizeBytes() ? e.records() : -1;
    }

    /** A file the count cannot read is left for the import to report, with its own words. */
    private static long countRecords(Path file) {
        try {
            return RecordCounter.count(file);
        } catch (IOException e) {
            Logs.log(LOG, Level.FINE, e, "Records of {0} could not be counted", file);
            return -1;
        }
    }

    private static Path tempDir() {
        String serverTemp = System.getProperty("jboss.server.temp.dir");
        return Path.of(serverTemp != null ? serverTemp : System.getProperty("java.io.tmpdir"));
    }
}
