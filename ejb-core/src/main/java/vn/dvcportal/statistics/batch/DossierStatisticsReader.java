package vn.dvcportal.statistics.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.io.Serializable;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.statistics.control.KeyFigures;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsQuery;
import vn.dvcportal.statistics.control.StatisticsRuns;
import vn.dvcportal.statistics.entity.StatisticsRun;

/**
 * Gives the counters of the period one agency and procedure at a time. They are counted by one
 * aggregate query ({@link StatisticsQuery}) when the step opens, which returns one row per
 * agency and procedure however many dossiers there are; memory holds those rows, never the
 * dossiers. The checkpoint is the last agency and procedure written; a restart queries again
 * for those after it.
 *
 * <p>The query runs outside the step's transactions: it only reads, and a long one must not
 * meet the transaction timeout.
 */
@Named("dossierStatisticsReader")
@Dependent
public class DossierStatisticsReader extends AbstractItemReader {

    /** Attempts at writing the numbered working days, which another run may be writing. */
    static final int WORKDAY_ATTEMPTS = 3;

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

    @Inject
    StatisticsRuns runs;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    private StatisticsPosition position;
    private Iterator<KeyFigures> rows;

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
        position = checkpoint instanceof StatisticsPosition s ? s : StatisticsPosition.START;
        step.setTransientUserData(new StepState(run.getId()));

        Transaction suspended = transactions.suspend();
        long started = System.nanoTime();
        try {
            numberWorkdays(calendar);
            try (Connection c = database.getConnection()) {
                StatisticsQuery query = new StatisticsQuery(
                        c.getMetaData().getDatabaseProductName(), ZoneId.systemDefault(),
                        p.from(), position.lastKey() != null);
                rows = query.run(c, p.from(), run.getAsOf(), calendar.revision(),
                        position.lastKey()).iterator();
            }
        } finally {
            if (suspended != null) {
                transactions.resume(suspended);
            }
        }
        LOG.log(Level.INFO, "Dossier statistics {0} as of {1}: counted after {2} in {3} ms",
                new Object[] {p, run.getAsOf(), position.lastKey(),
                    (System.nanoTime() - started) / 1_000_000});
    }

    /** The working days numbered for this calendar; two runs may try at once, one wins. */
    private void numberWorkdays(WorkingCalendar calendar) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                runs.numberWorkdays(calendar);
                return;
            } catch (EJBException e) {
                if (attempt == WORKDAY_ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.FINE, "Working days being numbered by another run; again", e);
                Thread.sleep(500L * attempt);
            }
        }
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        KeyFigures row = rows.next();
        position = position.after(row);
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
