package vn.dvcportal.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
     * Imports every record of the stream and rebuilds the search index.
     *
     * @param progress told the running totals after every batch
     */
    public ImportReport importFrom(InputStream in, Consumer<ImportReport> progress)
            throws IOException {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<ParsedProcedure> batch = new ArrayList<>(CatalogWriter.BATCH_SIZE);
        int read = 0;
        int[] totals = new int[3];
        try (CatalogFileReader reader = CatalogFileReader.open(in)) {
            Optional<CatalogFileReader.CatalogEntry> next;
            while ((next = reader.next()).isPresent()) {
                CatalogFileReader.CatalogEntry entry = next.get();
                read++;
                if (entry.procedure() == null) {
                    failures.add(new ImportReport.Failure(entry.line(), entry.code(),
                            entry.error()));
                    LOG.log(Level.FINE, "Skipped line {0} ({1}): {2}",
                            new Object[] {entry.line(), entry.code(), entry.error()});
                    continue;
                }
                batch.add(entry.procedure());
                if (batch.size() == CatalogWriter.BATCH_SIZE) {
                    flush(batch, totals);
                    progress.accept(report(read, totals, failures));
                }
            }
        }
        flush(batch, totals);
        ImportReport report = report(read, totals, failures);
        search.rebuild();
        progress.accept(report);
        LOG.log(Level.INFO, "Catalogue import: {0} read, {1} new, {2} updated, {3} unchanged,"
                + " {4} skipped", new Object[] {report.read(), report.created(),
                        report.updated(), report.unchanged(), failures.size()});
        return report;
    }

    private void flush(List<ParsedProcedure> batch, int[] totals) {
        if (batch.isEmpty()) {
            return;
        }
        CatalogWriter.BatchOutcome outcome = writer.write(dedupe(batch));
        totals[0] += outcome.created();
        totals[1] += outcome.updated();
        totals[2] += outcome.unchanged();
        batch.clear();
    }

    /** A file may repeat a code; the later record wins, as it would across two files. */
    private static List<ParsedProcedure> dedupe(List<ParsedProcedure> batch) {
        java.util.LinkedHashMap<String, ParsedProcedure> byCode = new java.util.LinkedHashMap<>();
        batch.forEach(p -> byCode.put(p.code(), p));
        return new ArrayList<>(byCode.values());
    }

    private static ImportReport report(int read, int[] totals,
            List<ImportReport.Failure> failures) {
        return new ImportReport(read, totals[0], totals[1], totals[2], List.copyOf(failures));
    }
}
