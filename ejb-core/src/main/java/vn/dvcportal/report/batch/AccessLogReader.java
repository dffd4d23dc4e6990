package vn.dvcportal.report.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.dvcportal.audit.entity.AccessLogEntry;
import vn.dvcportal.report.control.ReportPeriod;
import vn.dvcportal.report.control.ReportRuns;
import vn.dvcportal.report.entity.ReportRun;

/**
 * Reads the access log records of the period in the order of their ids, a page at a time, up
 * to the last id fixed when the run took the period over. Its checkpoint is the last id read;
 * a restart reads on after it.
 */
@Named("accessLogReader")
@Dependent
public class AccessLogReader extends AbstractItemReader {

    /** Records fetched per query; several chunks' worth with the default chunk size. */
    static final int PAGE = 500;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = JobParameters.PERIOD)
    String period;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private ReportPeriod reportPeriod;
    private Long lastInput;
    private AccessPosition position;
    private TallyState state;
    private final Deque<AccessRow> buffer = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        reportPeriod = ReportPeriod.parse(period);
        ReportRuns runs = new ReportRuns(em);
        ReportRun run = runs.find(job.getJobName(), reportPeriod)
                .orElseThrow(() -> new IllegalStateException("No run of " + reportPeriod));
        runs.lockOwned(run.getId(), job.getInstanceId());
        lastInput = run.getLastInputId();
        position = checkpoint instanceof AccessPosition p ? p : AccessPosition.START;
        exhausted = lastInput == null;
        state = new TallyState(run.getId(), position.rowsRead());
        step.setTransientUserData(state);
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            fetch();
        }
        AccessRow row = buffer.poll();
        if (row != null) {
            position = position.after(row.id());
            state.read(position.rowsRead());
        }
        return row;
    }

    private void fetch() {
        long after = position.lastId();
        for (AccessLogEntry e : em.createQuery("SELECT e FROM AccessLogEntry e"
                        + " WHERE e.id > :after AND e.id <= :last"
                        + " AND e.requestedAt >= :from AND e.requestedAt < :to"
                        + " ORDER BY e.id", AccessLogEntry.class)
                .setParameter("after", after)
                .setParameter("last", lastInput)
                .setParameter("from", reportPeriod.from())
                .setParameter("to", reportPeriod.to())
                .setMaxResults(PAGE)
                .getResultList()) {
            buffer.add(new AccessRow(e.getId(), e.getRequestedAt(), e.getClientAddress(),
                    e.getUserAgent(), e.getMethod(), e.getPath(), e.getStatus()));
        }
        exhausted = buffer.size() < PAGE;
        // Entities read only to be copied; the chunk's transaction need not track them.
        em.clear();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
