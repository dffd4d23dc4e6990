package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message on a dossier. The body is the text as typed: pages escape it.
 */
public record MessageView(long id, Instant at, String authorName, boolean official, String body)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
