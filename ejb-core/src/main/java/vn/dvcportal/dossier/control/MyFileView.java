package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file the applicant handed in before, offered for reuse in a new dossier.
 */
public record MyFileView(long dossierFileId, String name, String mediaType, long sizeBytes,
        Instant uploadedAt, String dossierCode, String procedureName, String partName)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
