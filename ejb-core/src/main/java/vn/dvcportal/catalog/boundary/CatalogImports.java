package vn.dvcportal.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.control.CatalogImporter;
import vn.dvcportal.catalog.control.ImportReport;

/**
 * Runs catalogue imports for administrators, one at a time, in the background, and tells anyone
 * waiting how far the current one has got.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(CatalogImports.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogImports {

    public static final String ADMIN_ROLE = "admin";

    private static final Logger LOG = Logger.getLogger(CatalogImports.class.getName());

    @Inject
    CatalogImporter importer;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<Progress> current = new AtomicReference<>();

    /** Where an import stands: still running or finished, with the totals so far. */
    public record Progress(String source, long sizeBytes, Instant startedAt, boolean running,
            ImportReport report, String error) implements Serializable {
    }

    /**
     * Starts importing a file the server can read; the file is deleted afterwards if asked,
     * as an uploaded copy should be.
     *
     * @return false when another import is still running
     */
    public boolean start(Path file, String sourceName, boolean deleteAfter) throws IOException {
        Progress started = claim(sourceName, Files.size(file));
        if (started == null) {
            return false;
        }
        try {
            executor.submit(() -> run(file, started, deleteAfter));
        } catch (RuntimeException e) {
            current.set(finished(started, started.report(), e));
            throw e;
        }
        return true;
    }

    /**
     * Imports a file and waits for the end, as the tests and start-up do.
     *
     * @throws IllegalStateException when another import is running
     */
    public ImportReport importNow(Path file) throws IOException {
        Progress started = claim(file.getFileName().toString(), Files.size(file));
        if (started == null) {
            throw new IllegalStateException("Another catalogue import is running");
        }
        ImportReport report = started.report();
        try (InputStream in = Files.newInputStream(file)) {
            report = importer.importFrom(in, r -> { });
            current.set(finished(started, report, null));
            return report;
        } catch (IOException | RuntimeException e) {
            current.set(finished(started, report, e));
            throw e;
        }
    }

    public Optional<Progress> progress() {
        return Optional.ofNullable(current.get());
    }

    /** Marks an import as running, unless one already is: then null. */
    private Progress claim(String sourceName, long size) {
        Progress started = new Progress(sourceName, size, Instant.now(), true,
                new ImportReport(0, 0, 0, 0, List.of()), null);
        Progress previous = current.get();
        if (previous != null && previous.running()
                || !current.compareAndSet(previous, started)) {
            return null;
        }
        return started;
    }

    private static Progress finished(Progress started, ImportReport report, Exception failure) {
        String error = failure == null ? null
                : failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getName();
        return new Progress(started.source(), started.sizeBytes(), started.startedAt(), false,
                report, error);
    }

    private void run(Path file, Progress started, boolean deleteAfter) {
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = importer.importFrom(in, r -> current.set(
                    new Progress(started.source(), started.sizeBytes(), started.startedAt(),
                            true, r, null)));
            current.set(finished(started, report, null));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Catalogue import of " + started.source()
                    + " failed");
            current.set(finished(started, current.get().report(), e));
        } finally {
            if (deleteAfter) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete the uploaded file {0}", file);
                }
            }
        }
    }
}
