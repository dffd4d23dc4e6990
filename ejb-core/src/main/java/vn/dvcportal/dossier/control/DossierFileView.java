package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import vn.dvcportal.dossier.entity.DossierFileKind;

/**
 * A file of a dossier as pages list it.
 *
 * @param part index of the required document, -1 for any other file
 */
public record DossierFileView(long id, int part, String partName, DossierFileKind kind, String name,
        String mediaType, long sizeBytes, Instant uploadedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
