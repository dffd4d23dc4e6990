package vn.dvcportal.dossier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.dvcportal.dossier.control.DossierStore;
import vn.dvcportal.dossier.control.PublicStatus;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;

/**
 * The public lookup by the code printed on the receipt: the procedure, the status and the
 * dates, never who applied or what they handed in.
 */
@Stateless
@PermitAll
public class DossierLookup {

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    public Optional<PublicStatus> byCode(String code) {
        return new DossierStore(em).byCode(code)
                .filter(d -> d.getStep() != DossierStep.DRAFT)
                .map(d -> {
                    NationalStatus status = d.getStep().national().orElseThrow();
                    return new PublicStatus(d.getCode(), d.getProcedureName(), status,
                            status.labelKey(), d.getReceivedAt(), d.getDueAt());
                });
    }
}
