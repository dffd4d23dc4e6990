package vn.dvcportal.statistics.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import vn.dvcportal.statistics.control.StatisticsRuns;
import vn.dvcportal.statistics.entity.DossierStatistic;
import vn.dvcportal.statistics.entity.StatisticsRun;

/**
 * Writes a chunk of rows and the run's progress in the chunk's transaction, with the reader's
 * checkpoint: the stored rows are always those up to the checkpoint, so a restart writes the
 * rest and ends with the rows of an uninterrupted run.
 */
@Named("dossierStatisticsWriter")
@Dependent
public class DossierStatisticsWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = StatisticsParameters.WRITE_DELAY)
    String writeDelay;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private long runId;
    private long delayMillis;

    @Override
    public void open(Serializable checkpoint) {
        runId = ((StepState) step.getTransientUserData()).runId();
        delayMillis = writeDelay == null || writeDelay.isBlank() ? 0
                : Math.max(0, Long.parseLong(writeDelay.strip()));
    }

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        StatisticsRun run = StatisticsRuns.lockOwned(em, runId, job.getInstanceId());
        long dossiers = 0;
        for (Object item : items) {
            StatisticsRow row = (StatisticsRow) item;
            em.persist(new DossierStatistic(runId, row.key().agencyUnitId(), row.agencyCode(),
                    row.agencyName(), row.fieldId(), row.fieldName(), row.key().procedureCode(),
                    row.procedureName(), row.figures()));
            dossiers += row.figures().handled();
        }
        run.progress(job.getExecutionId(), items.size(), dossiers);
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
    }
}
