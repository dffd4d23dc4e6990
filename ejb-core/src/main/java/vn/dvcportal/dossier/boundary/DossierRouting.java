package vn.dvcportal.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.dvcportal.dossier.control.DossierRoutes;
import vn.dvcportal.dossier.control.DossierStore;
import vn.dvcportal.dossier.control.ReceivingAgency;

/**
 * Which agency receives a procedure's dossiers online. The procedure page offers online
 * submission only when there is one.
 */
@Stateless
@PermitAll
public class DossierRouting {

    /** Codes returned at most by one call. */
    static final int MAX_CODES = 5000;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    public Optional<ReceivingAgency> receiver(String procedureCode) {
        return new DossierStore(em).procedure(procedureCode)
                .flatMap(p -> new DossierRoutes(em).receiver(p));
    }

    /** The procedures an agency of the tree receives, by code, at most {@code max}. */
    public List<String> proceduresReceivedBy(String agencyUnitCode, int max) {
        return new DossierRoutes(em).proceduresReceivedBy(agencyUnitCode,
                Math.min(max, MAX_CODES));
    }
}
