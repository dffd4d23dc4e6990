package vn.dvcportal.report.entity;

/** Whether a period's figures are being made or are complete. Stored by name. */
public enum RunStatus {
    RUNNING,
    COMPLETED
}
