package vn.dvcportal.report.entity;

/** What the amount of an {@link AccessCount} counts. Stored by name. */
public enum AccessMeasure {
    /** Every request of the access log, pages or not. */
    REQUESTS,
    /** Successful GET requests for an HTML page. */
    PAGE_VIEWS,
    VISITS,
    /** Distinct visitors: client address and user agent, hashed. */
    VISITORS,
    SIGN_INS,
    /** Access log records that could not be attributed to a visitor or a page. */
    SKIPPED
}
