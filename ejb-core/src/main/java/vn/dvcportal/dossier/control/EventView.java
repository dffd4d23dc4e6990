package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierStep;

/**
 * One step of the dossier's history.
 *
 * @param missing documents asked for, when the step asked for a supplement
 */
public record EventView(Instant at, String actorName, String actorUnit, DossierAction action,
        DossierStep fromStep, DossierStep toStep, String note, List<String> missing,
        Instant deadline) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EventView {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
