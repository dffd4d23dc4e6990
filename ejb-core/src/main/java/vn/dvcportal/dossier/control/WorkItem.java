package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;

/**
 * One dossier in a work list.
 */
public record WorkItem(long id, long version, String code, String procedureCode,
        String procedureName, String applicantName, DossierStep step, NationalStatus status,
        Instant submittedAt, Instant receivedAt, Instant dueAt, String processorName,
        boolean overdue, boolean nearDue) implements Serializable {

    private static final long serialVersionUID = 1L;
}
