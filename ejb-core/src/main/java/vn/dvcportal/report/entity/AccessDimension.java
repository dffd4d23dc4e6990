package vn.dvcportal.report.entity;

/** What the bucket of an {@link AccessCount} is. Stored by name. */
public enum AccessDimension {
    /** The period's totals; the bucket names the figure (see {@code AccessTotals}). */
    TOTAL,
    /** Page views of one page; the bucket is its path. */
    PAGE,
    /** One day of the period, yyyy-MM-dd. */
    DAY,
    /** One hour of the day, 00 to 23, over the whole period. */
    HOUR,
    /** One {@link DeviceClass}. */
    DEVICE,
    /** Successful sign-ins by way: PASSWORD or NATIONAL (the national identity provider). */
    SIGN_IN
}
