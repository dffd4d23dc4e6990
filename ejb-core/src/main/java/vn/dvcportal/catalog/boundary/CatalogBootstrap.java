package vn.dvcportal.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.control.CatalogImporter;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.ImportReport;

/**
 * Fills an empty catalogue at start-up, so a new installation shows something at once: the
 * file named by {@code dvc.catalog.import} (or {@code DVC_CATALOG_IMPORT}) when given, else the
 * demo catalogue that ships with the portal. A non-empty catalogue is left as it is unless a
 * file is named, and importing the same file again changes nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogBootstrap {

    static final String DEMO_CATALOG = "/demo/catalog-demo.jsonl";

    private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class.getName());

    @Inject
    CatalogImporter importer;

    @Inject
    CatalogSearch search;

    @PostConstruct
    void fill() {
        String named = System.getProperty("dvc.catalog.import",
                System.getenv("DVC_CATALOG_IMPORT"));
        try {
            if (named != null && !named.isBlank()) {
                Path file = Path.of(named);
                LOG.log(Level.INFO, "Importing the catalogue file {0}", file.toAbsolutePath());
                try (InputStream in = Files.newInputStream(file)) {
                    log(importer.importFrom(in, r -> { }));
                }
            } else if (search.size() == 0) {
                LOG.info("The catalogue is empty: loading the demo catalogue");
                try (InputStream in = CatalogBootstrap.class.getResourceAsStream(DEMO_CATALOG)) {
                    log(importer.importFrom(in, r -> { }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The start-up catalogue could not be read", e);
        }
    }

    private static void log(ImportReport report) {
        report.failures().forEach(f -> LOG.log(Level.WARNING,
                "Catalogue record skipped at line {0} ({1}): {2}",
                new Object[] {f.line(), f.code(), f.reason()}));
    }
}
