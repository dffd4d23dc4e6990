package vn.dvcportal.report.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.report.control.ReportJob;
import vn.dvcportal.report.control.ReportOperations;
import vn.dvcportal.report.control.ReportPeriod;
import vn.dvcportal.report.control.ReportRefused;
import vn.dvcportal.report.control.ScheduleSetting;

/**
 * Starts the report jobs on their own: every night for the day before, and on the first of
 * every month for the month before. The times are settings, read at start-up (Vietnam's time):
 *
 * <ul>
 * <li>{@code dvc.report.schedule.daily} or {@code DVC_REPORT_SCHEDULE_DAILY}, default 01:30;
 * <li>{@code dvc.report.schedule.monthly} or {@code DVC_REPORT_SCHEDULE_MONTHLY}, default
 *     02:30 on the first;
 * </ul>
 * {@code off} turns a timer off. The timers are not persistent: a server that was down at the
 * time does not catch up, and an administrator starts the missed period by hand. With several
 * servers on one database each starts the jobs; the second start of a period is refused while
 * the first runs, and one that slips through takes the period over, so the figures stay those
 * of one run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportTimers {

    static final String DAILY = "daily";
    static final String MONTHLY = "monthly";

    private static final Logger LOG = Logger.getLogger(ReportTimers.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @PostConstruct
    void schedule() {
        schedule(DAILY, "dvc.report.schedule.daily", "DVC_REPORT_SCHEDULE_DAILY",
                ScheduleSetting.DAILY_DEFAULT, "*");
        schedule(MONTHLY, "dvc.report.schedule.monthly", "DVC_REPORT_SCHEDULE_MONTHLY",
                ScheduleSetting.MONTHLY_DEFAULT, "1");
    }

    private void schedule(String name, String property, String variable, LocalTime fallback,
            String dayOfMonth) {
        String setting = ScheduleSetting.read(property, variable);
        if (ScheduleSetting.isMalformed(setting)) {
            LOG.log(Level.WARNING, "{0} = \"{1}\" is neither HH:mm nor off; using {2}",
                    new Object[] {property, setting, fallback});
        }
        Optional<LocalTime> at = ScheduleSetting.parse(setting, fallback);
        if (at.isEmpty()) {
            LOG.log(Level.INFO, "The {0} report timer is off", name);
            return;
        }
        ScheduleExpression expression = new ScheduleExpression()
                .dayOfMonth(dayOfMonth)
                .hour(at.get().getHour())
                .minute(at.get().getMinute())
                .second(0)
                .timezone(ReportPeriod.ZONE.getId());
        timers.createCalendarTimer(expression, new TimerConfig(name, false));
        LOG.log(Level.INFO, "The {0} reports start at {1} (Asia/Ho_Chi_Minh)",
                new Object[] {name, at.get()});
    }

    @Timeout
    void fire(Timer timer) {
        String name = String.valueOf(timer.getInfo());
        LocalDate today = LocalDate.now(ReportPeriod.ZONE);
        boolean monthly = MONTHLY.equals(name);
        ReportPeriod period = monthly ? ReportPeriod.previousMonth(today)
                : ReportPeriod.previousDay(today);
        for (ReportJob job : ReportJob.ALL) {
            if (monthly ? job.monthly() : job.nightly()) {
                start(job, period, today);
            }
        }
    }

    private void start(ReportJob job, ReportPeriod period, LocalDate today) {
        try {
            long id = new ReportOperations(BatchRuntime.getJobOperator(), em)
                    .start(job.name(), period, today);
            LOG.log(Level.INFO, "Timer started report {0} for {1} as execution {2}",
                    new Object[] {job.name(), period, id});
        } catch (ReportRefused e) {
            LOG.log(Level.INFO, "Timer did not start report {0} for {1}: {2}",
                    new Object[] {job.name(), period, e.getMessage()});
        } catch (RuntimeException e) {
            // One job's failure must not keep the timer's other jobs from starting.
            LOG.log(Level.WARNING, e, () -> "Timer could not start report " + job.name()
                    + " for " + period);
        }
    }
}
