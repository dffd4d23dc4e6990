package vn.dvcportal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dvcportal.report.control.AccessReportStore;
import vn.dvcportal.report.control.ReportPeriod;

/** Last step of the access report: visit, visitor and sign-in figures; the run complete. */
@Named("accessReportSummary")
@Dependent
public class AccessReportSummary extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = JobParameters.PERIOD)
    String period;

    @Inject
    AccessReportStore store;

    @Override
    public String process() {
        store.summarise(job.getJobName(), ReportPeriod.parse(period), job.getInstanceId(),
                job.getExecutionId());
        job.setExitStatus("COMPLETED " + period);
        return "SUMMARISED";
    }
}
