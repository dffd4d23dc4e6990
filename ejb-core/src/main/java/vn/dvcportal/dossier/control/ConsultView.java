package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A consultation of a department and its answer.
 */
public record ConsultView(long id, long unitId, String unitName, String askedBy, Instant askedAt,
        Instant deadline, String question, String answer, String answeredBy, Instant answeredAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
