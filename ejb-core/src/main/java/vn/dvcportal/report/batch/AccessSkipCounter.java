package vn.dvcportal.report.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessDimension;
import vn.dvcportal.report.entity.AccessMeasure;

/**
 * Counts the records the tally skips, in the chunk's own transaction: the count commits with
 * the checkpoint, so a restart neither loses nor repeats a skip.
 */
@Named("accessSkipCounter")
@Dependent
public class AccessSkipCounter implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(AccessSkipCounter.class.getName());

    @Inject
    StepContext step;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        LOG.log(Level.FINE, "Access report skips a record: {0}", ex.getMessage());
        TallyState state = (TallyState) step.getTransientUserData();
        em.createQuery("UPDATE AccessCount c SET c.amount = c.amount + 1"
                        + " WHERE c.runId = :run AND c.dimension = :dimension"
                        + " AND c.bucket = :bucket AND c.measure = :measure")
                .setParameter("run", state.runId())
                .setParameter("dimension", AccessDimension.TOTAL)
                .setParameter("bucket", AccessCount.ALL)
                .setParameter("measure", AccessMeasure.SKIPPED)
                .executeUpdate();
    }
}
