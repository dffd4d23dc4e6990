package vn.dvcportal.statistics.entity;

/** Whether a period's figures are being made or are complete. Stored by name. */
public enum RunState {
    RUNNING,
    COMPLETED
}
