package vn.dvcportal.dossier.entity;

/** How a dossier ended; empty while it is open. */
public enum Outcome {
    GRANTED,
    REFUSED,
    NOT_RECEIVED,
    WITHDRAWN
}
