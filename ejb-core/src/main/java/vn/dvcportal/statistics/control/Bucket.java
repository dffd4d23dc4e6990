package vn.dvcportal.statistics.control;

/**
 * The counters of a statistics row. Every dossier of a row adds one to exactly one counter of
 * the first four (where it came from) and to exactly one of the others (where it stands at the
 * end of the period); {@link DossierBuckets} says which.
 */
public enum Bucket {
    /** Open when the period began (tồn kỳ trước chuyển qua). */
    CARRIED_OVER,
    /** Reached the agency during the period, submitted online. */
    RECEIVED_ONLINE,
    /** Reached the agency during the period, at the one-stop desk. */
    RECEIVED_DESK,
    /** Reached the agency during the period, by post. */
    RECEIVED_POST,
    /** Result approved during the period, at least one working day before the due day. */
    SETTLED_EARLY,
    /** Result approved during the period, on the due day by the due time. */
    SETTLED_ON_TIME,
    /** Result approved during the period, after the due time. */
    SETTLED_LATE,
    /** Open at the end, being handled, not past its due time. */
    PENDING_ON_TIME,
    /** Open at the end, being handled, past its due time. */
    PENDING_OVERDUE,
    /** Open at the end, waiting for the applicant to complete it. */
    PAUSED_SUPPLEMENT,
    /** Open at the end, waiting for fees to be paid; no dossier can be there yet. */
    PAUSED_PAYMENT,
    /** Taken back by the applicant during the period. */
    WITHDRAWN,
    /** Not received: refused at the desk and returned to the applicant during the period. */
    RETURNED,
    /** Refused after processing (processing stopped) during the period. */
    REFUSED;

    /** True for the counters that say where a dossier came from. */
    public boolean isIncoming() {
        return ordinal() <= RECEIVED_POST.ordinal();
    }
}
