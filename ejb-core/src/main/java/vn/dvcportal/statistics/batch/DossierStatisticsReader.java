package vn.dvcportal.statistics.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.statistics.control.DossierBuckets;
import vn.dvcportal.statistics.control.DossierScan;
import vn.dvcportal.statistics.control.KeyFigures;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRuns;
import vn.dvcportal.statistics.control.WorkdayIndex;
import vn.dvcportal.statistics.entity.StatisticsRun;

/**
 * Reads the dossiers of the period in one query, in the order of agency and procedure, and
 * gives one item per agency and procedure: its counters. Memory holds one row's counters and
 * what the driver fetches ahead, however many dossiers the period has. The checkpoint is the
 * last agency and procedure written; a restart queries on after it.
 *
 * <p>The query runs on a connection of its own, taken outside the step's transactions, so its
 * cursor stays open while the chunks commit; it only reads.
 */
@Named("dossierStatisticsReader")
@Dependent
public class DossierStatisticsReader extends AbstractItemReader {

    /** Years of working days numbered around the period; others are counted day by day. */
    static final int YEARS_BEFORE = 3;
    static final int YEARS_AFTER = 2;

    private static final Logger LOG = Logger.getLogger(DossierStatisticsReader.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = StatisticsParameters.PERIOD)
    String period;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Inject
    WorkCalendars calendars;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    private StatisticsPosition position;
    private Connection connection;
    private DossierScan scan;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        StatisticsRun run = StatisticsRuns.find(em, p)
                .orElseThrow(() -> new IllegalStateException("No run of " + p));
        StatisticsRuns.lockOwned(em, run.getId(), job.getInstanceId());
        WorkingCalendar calendar = calendars.current();
        if (!calendar.revision().equals(run.getCalendarRevision())) {
            LOG.log(Level.WARNING, "Dossier statistics {0}: the working calendar changed since"
                    + " the run began ({1}, now {2}); the rest is counted on the new one",
                    new Object[] {p, run.getCalendarRevision(), calendar.revision()});
        }
        WorkdayIndex workdays = new WorkdayIndex(calendar, p.start().minusYears(YEARS_BEFORE),
                p.end().plusYears(YEARS_AFTER));
        DossierBuckets buckets = new DossierBuckets(p.from(), run.getAsOf(), workdays);
        position = checkpoint instanceof StatisticsPosition s ? s : StatisticsPosition.START;
        step.setTransientUserData(new StepState(run.getId()));

        Transaction suspended = transactions.suspend();
        try {
            connection = database.getConnection();
            // Without autocommit PostgreSQL reads through a cursor, a fetch at a time.
            connection.setAutoCommit(false);
            scan = new DossierScan(connection, p.from(), run.getAsOf(), buckets,
                    position.lastKey());
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            throw e;
        } finally {
            if (suspended != null) {
                transactions.resume(suspended);
            }
        }
        LOG.log(Level.INFO, "Dossier statistics {0} as of {1}: reading after {2}",
                new Object[] {p, run.getAsOf(), position.lastKey()});
    }

    @Override
    public Object readItem() throws SQLException {
        KeyFigures row = scan.next();
        if (row != null) {
            position = position.after(row);
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (scan != null) {
                LOG.log(Level.FINE, "Dossier statistics {0}: {1} dossier rows read",
                        new Object[] {period, scan.read()});
                scan.close();
            }
        } finally {
            scan = null;
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not end the read of dossier statistics", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not close the connection of dossier statistics", e);
        } finally {
            connection = null;
        }
    }
}
