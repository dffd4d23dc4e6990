package vn.dvcportal.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import vn.dvcportal.catalog.boundary.CatalogImports;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.i18n.Texts;

/**
 * Where a catalogue import stands, as the administration page and the command line show it.
 *
 * @param expected the records the file holds, counted before the import, or -1 when unknown
 */
public record ImportStatus(boolean running, String source, long sizeBytes, Instant startedAt,
        int read, long expected, int created, int updated, int unchanged,
        List<ImportReport.Failure> failures, String error) implements Serializable {

    private static final int DONE = 100;

    public static ImportStatus of(CatalogImports.Progress progress, long expected) {
        ImportReport report = progress.report();
        return new ImportStatus(progress.running(), progress.source(), progress.sizeBytes(),
                progress.startedAt(), report.read(), expected, report.created(),
                report.updated(), report.unchanged(), report.failures(), progress.error());
    }

    public int skipped() {
        return failures.size();
    }

    public boolean failed() {
        return !running && error != null;
    }

    /**
     * How far the import has got: records read of those counted, never 100 before the end,
     * 100 after a successful end, empty when the count is unknown.
     */
    public OptionalInt percent() {
        if (!running) {
            return error == null ? OptionalInt.of(DONE) : OptionalInt.empty();
        }
        if (expected <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.min(DONE - 1, read * (long) DONE / expected));
    }

    /** One line for a terminal or a status bar; it holds no double quotes. */
    public String line(Locale locale) {
        String line;
        if (failed()) {
            line = Texts.format(locale, "import.line.failed", source, errorText(locale));
        } else if (!running) {
            line = Texts.format(locale, "import.line.done", source, read, created, updated,
                    unchanged, skipped());
        } else if (percent().isPresent()) {
            line = Texts.format(locale, "import.line.running", source, read, expected,
                    percent().getAsInt(), created, updated, unchanged, skipped());
        } else {
            line = Texts.format(locale, "import.line.runningNoTotal", source, read, created,
                    updated, unchanged, skipped());
        }
        return line.replace('"', '\'').replace('\n', ' ');
    }

    /** Why the import stopped, as an administrator reads it, or {@code null}. */
    public String errorText(Locale locale) {
        return FailureTexts.error(error, locale);
    }

    /** The skipped records with their reasons as an administrator reads them. */
    public List<ImportReport.Failure> shownFailures(Locale locale) {
        return failures.stream()
                .map(f -> new ImportReport.Failure(f.line(), f.code(),
                        FailureTexts.reason(f.reason(), locale)))
                .toList();
    }

    public static String noImportLine(Locale locale) {
        return Texts.text(locale, "import.line.none");
    }
}
