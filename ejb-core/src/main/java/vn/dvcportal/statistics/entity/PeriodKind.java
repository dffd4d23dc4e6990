package vn.dvcportal.statistics.entity;

/** The length of a statistics period. Stored by name. */
public enum PeriodKind {
    DAY,
    MONTH,
    QUARTER,
    YEAR
}
