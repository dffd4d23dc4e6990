package vn.dvcportal.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRuns;

/**
 * First step: takes the period over and deletes its old figures, so that running a period
 * again replaces them, and fixes the moment the figures describe. A restart does not run it
 * again, since it completed: the rows written before the checkpoint are kept.
 */
@Named("dossierStatisticsPrepare")
@Dependent
public class DossierStatisticsPrepare extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = StatisticsParameters.PERIOD)
    String period;

    @Inject
    StatisticsRuns runs;

    @Inject
    WorkCalendars calendars;

    @Override
    public String process() {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        if (p.isAfter(LocalDate.now(StatisticsPeriod.ZONE))) {
            throw new IllegalArgumentException("Kỳ " + p.label() + " chưa bắt đầu.");
        }
        runs.takeOver(p, job.getInstanceId(), job.getExecutionId(),
                calendars.current().revision());
        return "PREPARED";
    }
}
