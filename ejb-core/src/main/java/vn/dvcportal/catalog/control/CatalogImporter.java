package vn.dvcportal.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a catalogue file in the national JSON-lines format, plain or gzip, and stores it batch
 * by batch. A record that cannot be parsed is reported and skipped; the others are imported.
 * The file is streamed, so its size does not matter.
 */
@ApplicationScoped
public class CatalogImporter {

    private static final Logger LOG = Logger.getLogger(CatalogImporter.class.getName());

    @Inject
    CatalogWriter writer;

    @Inject
    CatalogSearch search;

    /**
     * Imports every record of the stream and rebuilds the search index, even when the import
     * stops half-way, so that lists and pages always show what is stored.
     *
     * @param progress told the running totals after every batch
     */
    public ImportReport importFrom(InputStream in, Consumer<ImportReport> progress)
            throws IOException {
        Totals totals = new Totals();
        List<CatalogFileReader.CatalogEntry> batch = new ArrayList<>(CatalogWriter.BATCH_SIZE);
        try (CatalogFileReader reader = CatalogFileReader.open(in)) {
            Optional<CatalogFileReader.CatalogEntry> next;
            while ((next = reader.next()).isPresent()) {
                CatalogFileReader.CatalogEntry entry = next.get();
                totals.read++;
                if (entry.procedure() == null) {
                    totals.fail(entry.line(), entry.code(), entry.error());
                    continue;
                }
                batch.add(entry);
                if (batch.size() == CatalogWriter.BATCH_SIZE) {
                    flush(batch, totals);
                    progress.accept(totals.report());
                }
            }
            flush(batch, totals);
        } finally {
            search.rebuild();
        }
        ImportReport report = totals.report();
        progress.accept(report);
        LOG.log(Level.INFO, "Catalogue import: {0} read, {1} new, {2} updated, {3} unchanged,"
                + " {4} skipped", new Object[] {report.read(), report.created(),
                        report.updated(), report.unchanged(), report.failures().size()});
        return report;
    }

    /**
     * Stores a batch in one transaction. When the database refuses it, each record is stored
     * alone, so that one bad record is reported and the others of its batch still go in.
     */
    private void flush(List<CatalogFileReader.CatalogEntry> batch, Totals totals) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            totals.add(writer.write(dedupe(batch)));
        } catch (Exception batchFailure) {
            // Exception, not RuntimeException: a failed commit comes out of the transactional
            // interceptor as the checked RollbackException, undeclared.
            LOG.log(Level.FINE, "A batch was refused; storing its records one by one",
                    batchFailure);
            for (CatalogFileReader.CatalogEntry entry : dedupe(batch)) {
                storeAlone(entry, totals);
            }
        }
        batch.clear();
    }

    private void storeAlone(CatalogFileReader.CatalogEntry entry, Totals totals) {
        try {
            totals.add(writer.write(List.of(entry)));
        } catch (Exception e) {
            LOG.log(Level.WARNING, e, () -> "Procedure " + entry.code() + " at line "
                    + entry.line() + " could not be stored");
            totals.fail(entry.line(), entry.code(),
                    "cơ sở dữ liệu không nhận bản ghi (có thể một trường dài quá giới hạn)");
        }
    }

    /** A file may repeat a code; the later record wins, as it would across two files. */
    private static List<CatalogFileReader.CatalogEntry> dedupe(
            List<CatalogFileReader.CatalogEntry> batch) {
        Map<String, CatalogFileReader.CatalogEntry> byCode = new LinkedHashMap<>();
        batch.forEach(e -> byCode.put(e.procedure().code(), e));
        return new ArrayList<>(byCode.values());
    }

    /** Running totals of one import. */
    private static final class Totals {
        int read;
        int created;
        int updated;
        int unchanged;
        final List<ImportReport.Failure> failures = new ArrayList<>();

        void add(CatalogWriter.BatchOutcome outcome) {
            created += outcome.created();
            updated += outcome.updated();
            unchanged += outcome.unchanged();
        }

        void fail(int line, String code, String reason) {
            failures.add(new ImportReport.Failure(line, code, reason));
            LOG.log(Level.FINE, "Skipped line {0} ({1}): {2}", new Object[] {line, code, reason});
        }

        ImportReport report() {
            return new ImportReport(read, created, updated, unchanged, List.copyOf(failures));
        }
    }
}
