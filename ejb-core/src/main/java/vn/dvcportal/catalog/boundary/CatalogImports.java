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
        long size = Files.size(file);
        Progress started = new Progress(sourceName, size, Instant.now(), true,
                new ImportReport(0, 0, 0, 0, java.util.List.of()), null);
        Progress previous = current.get();
        if (previous != null && previous.running()
                || !current.compareAndSet(previous, started)) {
            return false;
        }
        executor.submit(() -> run(file, started, deleteAfter));
        return true;
    }

    /** Imports a file and waits for the end: for the command line and the tests. */
    public ImportReport importNow(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importFrom(in, report -> { });
        }
    }

    public Optional<Progress> progress() {
        return Optional.ofNullable(current.get());
    }

    private void run(Path file, Progress started, boolean deleteAfter) {
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = importer.importFrom(in, r -> current.set(
                    new Progress(started.source(), started.sizeBytes(), started.startedAt(),
                            true, r, null)));
            current.set(new Progress(started.source(), started.sizeBytes(),
                    started.startedAt(), false, report, null));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Catalogue import of " + started.source() + " failed", e);
            current.set(new Progress(started.source(), started.sizeBytes(), started.startedAt(),
                    false, current.get().report(),
                    e.getMessage() != null ? e.getMessage() : e.getClass().getName()));
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
