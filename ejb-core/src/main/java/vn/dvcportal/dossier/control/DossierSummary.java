package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;

/**
 * One dossier in the applicant's list.
 *
 * @param status null for a draft
 */
public record DossierSummary(long id, String code, String procedureCode, String procedureName,
        String agencyName, DossierStep step, NationalStatus status, Instant createdAt,
        Instant updatedAt, Instant submittedAt, Instant dueAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
