package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.dossier.entity.NationalStatus;

/**
 * What anyone may learn of a dossier from its code: nothing about the applicant.
 *
 * @param statusKey the bundle key of the status label, {@code status.N}
 */
public record PublicStatus(String code, String procedureName, NationalStatus status,
        String statusKey, Instant receivedAt, Instant dueAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
