package vn.dvcportal.dossier.entity;

/** Why a file belongs to a dossier. */
public enum DossierFileKind {
    /** Handed in with the application. */
    APPLICANT,
    /** Handed in to complete the dossier when asked. */
    SUPPLEMENT,
    /** The agency's result (decision, licence, answer). */
    RESULT,
    /** Attached to a message. */
    MESSAGE,
    /** A paper the portal printed. */
    PAPER
}
