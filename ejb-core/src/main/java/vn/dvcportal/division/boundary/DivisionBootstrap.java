package vn.dvcportal.division.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * Loads the administrative units at start-up when the folder holding the official lists is
 * named by {@code dvc.divisions.dir} (or {@code DVC_DIVISIONS_DIR}) and no unit is stored yet.
 * The lists are public data the portal reads where they are; it does not ship copies.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(AdministrativeUnits.ADMIN_ROLE)
// Each import is a transaction of its own; start-up must not hold one around both.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DivisionBootstrap {

    static final String CURRENT = "dvhcvn_2025-07-01_new_to_old_merges.json";
    static final String PRE_2025 = "dvhcvn_2025-03-01_pre_reform_3level.json";

    private static final Logger LOG = Logger.getLogger(DivisionBootstrap.class.getName());

    @EJB
    AdministrativeUnits units;

    @PostConstruct
    void load() {
        String dir = System.getProperty("dvc.divisions.dir", System.getenv("DVC_DIVISIONS_DIR"));
        if (dir == null || dir.isBlank()
                || units.count(UnitEra.CURRENT, UnitLevel.PROVINCE) > 0) {
            return;
        }
        Path current = Path.of(dir, CURRENT);
        Path pre2025 = Path.of(dir, PRE_2025);
        if (!Files.isReadable(current) || !Files.isReadable(pre2025)) {
            LOG.log(Level.WARNING, "No administrative unit lists in {0}", dir);
            return;
        }
        units.importPre2025(pre2025);
        units.importCurrent(current);
    }
}
