package vn.dvcportal.report.entity;

/** The length of a report period. Stored by name. */
public enum PeriodKind {
    DAY,
    MONTH
}
