package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * Where the wizard begins.
 *
 * @param resumed whether an open draft of the applicant for the procedure was found, rather
 *                than a new one begun
 */
public record ApplicationStart(DraftView draft, boolean resumed) implements Serializable {

    private static final long serialVersionUID = 1L;
}
