package vn.dvcportal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dvcportal.report.control.AccessReportStore;
import vn.dvcportal.report.control.ReportPeriod;

/**
 * First step of the access report: takes the period over and deletes its old figures, so that
 * running a period again replaces them. A restart does not run it again, since it completed:
 * the figures written before the checkpoint are kept and the tally goes on from there.
 */
@Named("accessReportPrepare")
@Dependent
public class AccessReportPrepare extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = JobParameters.PERIOD)
    String period;

    @Inject
    AccessReportStore store;

    @Override
    public String process() {
        store.prepare(job.getJobName(), ReportPeriod.parse(period), job.getInstanceId(),
                job.getExecutionId());
        return "PREPARED";
    }
}
