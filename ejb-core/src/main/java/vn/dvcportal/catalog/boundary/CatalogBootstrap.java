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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.control.CatalogImporter;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.ImportReport;

/**
 * Fills the catalogue at start-up: from the file named by {@code dvc.catalog.import} (or
 * {@code DVC_CATALOG_IMPORT}) when given, and with the demo catalogue that ships with the portal
 * when it is still empty, so a new installation shows something at once. Importing the same file
 * again changes nothing.
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
                importNamed(Path.of(named));
            }
            if (search.size() == 0) {
                LOG.info("The catalogue is empty: loading the demo catalogue");
                try (InputStream in = CatalogBootstrap.class.getResourceAsStream(DEMO_CATALOG)) {
                    log(importer.importFrom(in, r -> { }));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The portal still starts: what was stored is served, and an administrator can
            // import again from the administration pages.
            LOG.log(Level.SEVERE, "The start-up catalogue import failed", e);
        }
    }

    private void importNamed(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            LOG.log(Level.WARNING, "The catalogue file {0} cannot be read; nothing imported",
                    file.toAbsolutePath());
            return;
        }
        LOG.log(Level.INFO, "Importing the catalogue file {0}", file.toAbsolutePath());
        try (InputStream in = Files.newInputStream(file)) {
            log(importer.importFrom(in, r -> { }));
        }
    }

    private static void log(ImportReport report) {
        report.failures().forEach(f -> LOG.log(Level.WARNING,
                "Catalogue record skipped at line {0} ({1}): {2}",
                new Object[] {f.line(), f.code(), f.reason()}));
    }
}
