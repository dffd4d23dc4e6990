package vn.dvcportal.catalog.entity;

/**
 * The unit in which the catalogue states a processing time. Working days and calendar days are
 * kept apart because the law counts them differently.
 */
public enum ProcessingTimeUnit {
    /** Ngày làm việc. */
    WORKING_DAY,
    /** Ngày (calendar days). */
    DAY,
    /** Giờ. */
    HOUR,
    /** Tuần. */
    WEEK,
    /** Tháng. */
    MONTH,
    /** Năm. */
    YEAR
}
