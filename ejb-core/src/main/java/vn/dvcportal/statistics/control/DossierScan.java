package vn.dvcportal.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads the dossiers of a period once, in the order of their agency and procedure, and gives
 * the counters of one agency and procedure at a time: memory holds one row's counters and the
 * rows the driver fetches ahead, however many dossiers there are. Only the columns the
 * counters need are read, and the database leaves out the dossiers that do not count.
 *
 * <p>The order is the database's own; the scan only needs every row of one key to come
 * together, and a restart ({@code after}) to be compared by the same database that ordered.
 */
public final class DossierScan implements AutoCloseable {

    /** Rows the driver fetches at a time. */
    public static final int FETCH = 2000;

    static final String SELECT = "SELECT AGENCY_UNIT_ID, PROCEDURE_CODE, CHANNEL, STEP, OUTCOME,"
            + " SUBMITTED_AT, RECEIVED_AT, DUE_AT, EXTENDED_AT, PREVIOUS_DUE_AT, PAUSED_AT,"
            + " FINISHED_AT, CLOSED_AT FROM DOSSIER"
            + " WHERE COALESCE(SUBMITTED_AT, RECEIVED_AT) < ?"
            + " AND (COALESCE(FINISHED_AT, CLOSED_AT) IS NULL"
            + " OR COALESCE(FINISHED_AT, CLOSED_AT) >= ?)";
    static final String AFTER = " AND (AGENCY_UNIT_ID > ? OR (AGENCY_UNIT_ID = ?"
            + " AND PROCEDURE_CODE > ?))";
    static final String ORDER = " ORDER BY AGENCY_UNIT_ID, PROCEDURE_CODE";

    private final DossierBuckets buckets;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final DossierBuckets.Facts facts = new DossierBuckets.Facts();
    private boolean pending;
    private boolean exhausted;
    private long read;
    private long counted;

    /**
     * Starts the query.
     *
     * @param from  the first moment of the period
     * @param to    the moment the figures describe
     * @param after the last key already done, or {@code null} to start at the first
     */
    public DossierScan(Connection connection, Instant from, Instant to, DossierBuckets buckets,
            StatisticsKey after) throws SQLException {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        statement = connection.prepareStatement(SELECT + (after == null ? "" : AFTER) + ORDER,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH);
            statement.setTimestamp(1, Timestamp.from(to));
            statement.setTimestamp(2, Timestamp.from(from));
            if (after != null) {
                statement.setLong(3, after.agencyUnitId());
                statement.setLong(4, after.agencyUnitId());
                statement.setString(5, after.procedureCode());
            }
            rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The counters of the next agency and procedure, or {@code null} after the last. */
    public KeyFigures next() throws SQLException {
        if (!pending && !advance()) {
            return null;
        }
        long agency = rows.getLong(1);
        String procedure = rows.getString(2);
        DossierBuckets.Tally tally = new DossierBuckets.Tally();
        do {
            load();
            if (buckets.add(facts, tally)) {
                counted++;
            }
            pending = advance();
        } while (pending && rows.getLong(1) == agency && procedure.equals(rows.getString(2)));
        return new KeyFigures(new StatisticsKey(agency, procedure), tally.figures());
    }

    private boolean advance() throws SQLException {
        if (exhausted) {
            return false;
        }
        if (rows.next()) {
            read++;
            return true;
        }
        exhausted = true;
        return false;
    }

    private void load() throws SQLException {
        facts.channel = rows.getString(3);
        facts.step = rows.getString(4);
        facts.outcome = rows.getString(5);
        facts.submittedAt = millis(rows.getTimestamp(6));
        facts.receivedAt = millis(rows.getTimestamp(7));
        facts.dueAt = millis(rows.getTimestamp(8));
        facts.extendedAt = millis(rows.getTimestamp(9));
        facts.previousDueAt = millis(rows.getTimestamp(10));
        facts.pausedAt = millis(rows.getTimestamp(11));
        facts.finishedAt = millis(rows.getTimestamp(12));
        facts.closedAt = millis(rows.getTimestamp(13));
    }

    private static long millis(Timestamp t) {
        return t == null ? DossierBuckets.NONE : t.getTime();
    }

    /** Dossier rows the database returned so far. */
    public long read() {
        return read;
    }

    /** Of those, the ones counted; the others fell outside the period by a hair. */
    public long counted() {
        return counted;
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
