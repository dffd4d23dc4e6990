package vn.dvcportal.statistics.batch;

/** Names of the parameters of the dossier-statistics job. */
public final class StatisticsParameters {

    /** The job's name, that of its job XML. */
    public static final String JOB = "dossier-statistics";

    /** The period: {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy-Qn} or {@code yyyy}. */
    public static final String PERIOD = "period";

    /** Rows (agencies and procedures) per chunk, and so per checkpoint; 1000 when absent. */
    public static final String CHUNK_SIZE = "chunkSize";

    /** Milliseconds the writer waits after each chunk; 0 when absent. For tests only. */
    public static final String WRITE_DELAY = "writeDelayMillis";

    private StatisticsParameters() {
    }
}
