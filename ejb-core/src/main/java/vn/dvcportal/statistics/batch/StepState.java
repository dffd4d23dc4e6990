package vn.dvcportal.statistics.batch;

/**
 * What the reader shares with the writer through the step context: the run whose figures they
 * make. Kept in memory only; after a restart the reader sets it again.
 */
record StepState(long runId) {
}
