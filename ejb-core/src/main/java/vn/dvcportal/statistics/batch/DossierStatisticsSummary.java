package vn.dvcportal.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRuns;

/** Last step: checks that every stored row adds up and marks the figures complete. */
@Named("dossierStatisticsSummary")
@Dependent
public class DossierStatisticsSummary extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = StatisticsParameters.PERIOD)
    String period;

    @Inject
    StatisticsRuns runs;

    @Override
    public String process() {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        runs.complete(p, job.getInstanceId(), job.getExecutionId());
        job.setExitStatus("COMPLETED " + p.key());
        return "COMPLETED";
    }
}
