package vn.dvcportal.report.batch;

/** Names of the job parameters the report jobs read. */
public final class JobParameters {

    /** The period: {@code yyyy-MM-dd} or {@code yyyy-MM}; required. */
    public static final String PERIOD = "period";

    /** Items per chunk, and so per checkpoint; 200 when absent. */
    public static final String CHUNK_SIZE = "chunkSize";

    /**
     * Milliseconds the access report's writer waits after each chunk; 0 when absent. Lets a
     * test stop a small job in the middle.
     */
    public static final String WRITE_DELAY = "writeDelayMillis";

    private JobParameters() {
    }
}
