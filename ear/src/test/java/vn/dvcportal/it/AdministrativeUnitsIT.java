package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.division.control.ImportSummary;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.division.entity.UnitSuccession;

/**
 * The units in force since 1 July 2025, the old three-level tree, and how one maps to the other.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrativeUnitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(AdministrativeUnitsIT.class);
    }

    @Inject
    AdministrativeUnits units;

    @Inject
    AsAdministrator admin;

    @Test
    void bothErasImportCompletelyAndAgainChangeNothing() throws Exception {
        Path pre2025 = file("dvhcvn_2025-03-01_pre_reform_3level.json");
        Path current = file("dvhcvn_2025-07-01_new_to_old_merges.json");

        admin.call(() -> units.importPre2025(pre2025));
        admin.call(() -> units.importCurrent(current));
        ImportSummary again = admin.call(() -> units.importCurrent(current));

        assertEquals(34, units.count(UnitEra.CURRENT, UnitLevel.PROVINCE));
        assertEquals(3321, units.count(UnitEra.CURRENT, UnitLevel.COMMUNE));
        assertEquals(63, units.count(UnitEra.PRE_2025, UnitLevel.PROVINCE));
        assertEquals(696, units.count(UnitEra.PRE_2025, UnitLevel.DISTRICT));
        assertEquals(10047, units.count(UnitEra.PRE_2025, UnitLevel.COMMUNE));
        assertTrue(again.unchanged(), "a second import changes nothing: " + again);
    }

    @Test
    void anOldAddressIsReadInTodaysUnits() throws Exception {
        bothErasImportCompletelyAndAgainChangeNothing();

        List<UnitSuccession> quanThanh = units.successorsOf("00013");

        assertEquals(1, quanThanh.size());
        assertEquals("Phường Ba Đình", quanThanh.get(0).getCurrentUnit().getName());
        assertTrue(units.successorsOf("00016").stream().anyMatch(UnitSuccession::isPartial));
    }

    @Test
    void onlyAdministratorsImport() {
        Path current = file("dvhcvn_2025-07-01_new_to_old_merges.json");

        assertThrows(EJBAccessException.class, () -> units.importCurrent(current));
    }

    private static Path file(String name) {
        Path path = SharedData.dir().resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(path),
                "Skipped: " + path + " is not there (clone the project beside shared/)");
        return path;
    }
}
