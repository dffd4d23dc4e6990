package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * The answer to a submission; the same for a repeated one.
 *
 * @param dueAt provisional until the desk takes the dossier in
 * @param repeated whether the dossier had been submitted already
 */
public record SubmitResult(long id, String code, Instant submittedAt, Instant dueAt,
        boolean repeated) implements Serializable {

    private static final long serialVersionUID = 1L;
}
