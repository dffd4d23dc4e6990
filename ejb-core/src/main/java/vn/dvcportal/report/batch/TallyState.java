package vn.dvcportal.report.batch;

/**
 * What the reader of the tally step shares with its processor, writer and listener, through
 * the step context: the run whose figures they make and how many records were read so far.
 * Kept in memory only; after a restart the reader builds it again from its checkpoint.
 */
final class TallyState {

    private final long runId;
    private volatile long rowsRead;

    TallyState(long runId, long rowsRead) {
        this.runId = runId;
        this.rowsRead = rowsRead;
    }

    long runId() {
        return runId;
    }

    long rowsRead() {
        return rowsRead;
    }

    void read(long rows) {
        this.rowsRead = rows;
    }
}
