package vn.dvcportal.statistics.boundary;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.report.control.ScheduleSetting;
import vn.dvcportal.statistics.control.StatisticsOperations;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRefused;
import vn.dvcportal.statistics.entity.PeriodKind;

/**
 * Keeps the dossier statistics made without anyone asking.
 *
 * <ul>
 * <li>Every night, at {@code dvc.statistics.schedule} ({@code DVC_STATISTICS_SCHEDULE},
 * {@code HH:mm} in Viet Nam's time, default 03:00, {@code off} for none), the figures of the
 * day before, and of the month, quarter and year it belongs to: up to that day while they
 * run, complete on the first night after they end.</li>
 * <li>Shortly after the server starts, executions that the server's stop cut off (a crash, a
 * kill) are restarted from their last checkpoint, unless {@code dvc.statistics.resume}
 * ({@code DVC_STATISTICS_RESUME}) is {@code false}.</li>
 * </ul>
 * The timers are not persistent: a night the server was down is not made up for; an
 * administrator starts the missed periods by hand. One server per database is assumed: with
 * several, set the resume setting to false on all but one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsTimers {

    /** Default time of the nightly run, after the access reports. */
    public static final LocalTime NIGHTLY_DEFAULT = LocalTime.of(3, 0);

    /** Time after start-up before cut-off executions are restarted. */
    static final long RESUME_DELAY_MILLIS = 30_000;

    static final String NIGHTLY = "nightly";
    static final String RESUME = "resume";

    private static final Logger LOG = Logger.getLogger(StatisticsTimers.class.getName());

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        String setting = ScheduleSetting.read("dvc.statistics.schedule",
                "DVC_STATISTICS_SCHEDULE");
        if (ScheduleSetting.isMalformed(setting)) {
            LOG.log(Level.WARNING, "dvc.statistics.schedule = \"{0}\" is neither HH:mm nor off;"
                    + " using {1}", new Object[] {setting, NIGHTLY_DEFAULT});
        }
        Optional<LocalTime> at = ScheduleSetting.parse(setting, NIGHTLY_DEFAULT);
        if (at.isPresent()) {
            timers.createCalendarTimer(new ScheduleExpression()
                    .hour(at.get().getHour())
                    .minute(at.get().getMinute())
                    .second(0)
                    .timezone(StatisticsPeriod.ZONE.getId()), new TimerConfig(NIGHTLY, false));
            LOG.log(Level.INFO, "Dossier statistics are made every night at {0}"
                    + " (Asia/Ho_Chi_Minh)", at.get());
        } else {
            LOG.info("The nightly dossier statistics are off");
        }
        String resume = ScheduleSetting.read("dvc.statistics.resume", "DVC_STATISTICS_RESUME");
        if (!"false".equalsIgnoreCase(resume == null ? "" : resume.strip())) {
            timers.createSingleActionTimer(RESUME_DELAY_MILLIS, new TimerConfig(RESUME, false));
        }
    }

    @Timeout
    void fire(Timer timer) {
        StatisticsOperations operations = new StatisticsOperations(
                BatchRuntime.getJobOperator());
        if (RESUME.equals(timer.getInfo())) {
            resume(operations);
            return;
        }
        LocalDate today = LocalDate.now(StatisticsPeriod.ZONE);
        LocalDate yesterday = today.minusDays(1);
        for (PeriodKind kind : PeriodKind.values()) {
            StatisticsPeriod period = StatisticsPeriod.containing(kind, yesterday);
            try {
                long id = operations.start(period, today, null);
                LOG.log(Level.INFO, "Timer started dossier statistics for {0} as execution {1}",
                        new Object[] {period, id});
            } catch (StatisticsRefused e) {
                LOG.log(Level.INFO, "Timer did not start dossier statistics for {0}: {1}",
                        new Object[] {period, e.getMessage()});
            } catch (RuntimeException e) {
                // One period's failure must not keep the others from starting.
                LOG.log(Level.WARNING, e, () -> "Timer could not start dossier statistics for "
                        + period);
            }
        }
    }

    private static void resume(StatisticsOperations operations) {
        try {
            for (long id : operations.staleExecutions()) {
                try {
                    long restarted = operations.restart(id);
                    LOG.log(Level.INFO, "Dossier statistics execution {0}, cut off when the"
                            + " server stopped, restarted as {1}", new Object[] {id, restarted});
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Could not restart dossier statistics"
                            + " execution " + id);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for cut-off dossier statistics", e);
        }
    }
}
