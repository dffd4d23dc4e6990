package vn.dvcportal.dossier.control;

/** The work lists of the back office. */
public enum WorkQueue {
    /** Every submitted dossier of the agency. */
    ALL,
    /** Submitted, waiting at the one-stop desk. */
    TO_RECEIVE,
    /** Received, waiting for the leader to assign a processor. */
    TO_ASSIGN,
    /** Assigned to the caller and being processed, consulted or awaiting a supplement. */
    MINE,
    /** Questions to the caller's department awaiting an answer. */
    CONSULTATIONS,
    /** Proposed, waiting for the leader's approval. */
    TO_APPROVE,
    /** Result ready, waiting to be handed over. */
    TO_RETURN,
    /** Past the due date while the agency's clock runs. */
    OVERDUE,
    /** Due within one working day. */
    NEAR_DUE
}
