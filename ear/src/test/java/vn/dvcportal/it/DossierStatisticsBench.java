package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.identity.boundary.OrgUnits;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.StatisticsPeriod;

/**
 * The benchmark of the monthly dossier statistics: not a test of CI (its name does not end in
 * IT), run by {@code bench/statistics.sh} with its own server settings
 * (arquillian-bench.xml), once on H2 and once on PostgreSQL.
 *
 * <p>For each size (100,000 then 1,000,000 dossiers over 2025, made by DossierGenerator), it
 * times the job for October 2025 and the one SQL query that computes the same figures, with
 * the working days counted on a table of day numbers made for it: the lower bound of any way
 * to compute them on that database. Both run once to warm up, then three times each; the
 * median counts. The figures of the job and of the query must be equal. A last run of the job
 * measures memory: the heap after a full collection before it, the largest heap after a
 * collection while it runs (collections forced every quarter second), and after it.
 *
 * <p>The results go to the file named by {@code dvc.bench.out} in the server, one line per
 * size.
 */
@ExtendWith(ArquillianExtension.class)
class DossierStatisticsBench {

    static final String JOB = "dossier-statistics";
    static final String MONTH = "2025-10";
    static final int YEAR = 2025;
    static final Instant HORIZON = LocalDateTime.parse("2026-01-10T08:00")
            .atZone(DossierGenerator.VIETNAM).toInstant();
    static final int RUNS = 3;
    static final long MB = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierStatisticsBench.class, DossierGenerator.class);
    }

    @Inject
    WorkCalendars calendars;

    @Inject
    OrgUnits orgUnits;

    @Inject
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    @Test
    void monthlyStatisticsAgainstOneQuery() throws Exception {
        String database = System.getProperty("dvc.bench.database", "h2");
        Path out = Path.of(System.getProperty("dvc.bench.out", "/tmp/dvc-bench")
                + "-" + database + ".txt");
        int[] sizes = Arrays.stream(System.getProperty("dvc.bench.sizes", "100000,1000000")
                .split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        Files.writeString(out, "");
        WorkingCalendar calendar = calendars.current();
        List<DossierGenerator.Agency> agencies;
        try (Connection c = this.database.getConnection()) {
            agencies = DossierGenerator.agencies(c, (code, name) -> {
                try {
                    return admin.call(() -> orgUnits.createAgency(code, name, null)).id();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            dayTable(c, calendar);
        }
        assertTrue(agencies.size() >= 5, "the catalogue has local agencies");
        int procedures = agencies.stream().mapToInt(a -> a.procedures().size()).sum();
        long generated = existing();
        StatisticsPeriod month = StatisticsPeriod.parse(MONTH);
        for (int size : sizes) {
            long generateMillis = 0;
            if (generated < size) {
                DossierGenerator generator = new DossierGenerator(calendar, YEAR, HORIZON,
                        size);
                try (Connection c = this.database.getConnection()) {
                    generateMillis = generator.write(c, agencies, (int) (size - generated));
                    analyze(c);
                }
                generated = size;
            }
            runJob(); // warm-up
            Map<String, Figures> byQuery = query(month);
            List<Long> jobTimes = new ArrayList<>();
            List<Long> queryTimes = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                jobTimes.add(runJob());
                long started = System.nanoTime();
                byQuery = query(month);
                queryTimes.add((System.nanoTime() - started) / 1_000_000);
            }
            Map<String, Figures> byJob = stored(month);
            assertEquals(byQuery, byJob, "the job and the query give the same figures");
            long population = byJob.values().stream().mapToLong(Figures::handled).sum();
            Memory memory = measureMemory();
            long job = median(jobTimes);
            long sql = median(queryTimes);
            String line = String.format(java.util.Locale.ROOT, "database=%s dossiers=%d"
                    + " generated_ms=%d agencies=%d procedures=%d month=%s rows=%d"
                    + " month_dossiers=%d job_ms=%d job_runs=%s query_ms=%d query_runs=%s"
                    + " ratio=%.2f heap_before_mb=%d heap_max_after_gc_during_mb=%d"
                    + " heap_after_mb=%d heap_peak_sampled_mb=%d max_heap_mb=%d%n",
                    database, generated, generateMillis, agencies.size(), procedures, MONTH,
                    byJob.size(), population, job, jobTimes, sql, queryTimes,
                    (double) job / sql, memory.before / MB, memory.maxAfterGc / MB,
                    memory.after / MB, memory.peak / MB,
                    Runtime.getRuntime().maxMemory() / MB);
            Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            System.out.print("BENCH " + line);
        }
    }

    private long existing() throws Exception {
        try (Connection c = database.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM DOSSIER WHERE CODE LIKE 'G%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Fresh planner statistics after a bulk load, as an operator would take. */
    private static void analyze(Connection c) throws Exception {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase();
        try (Statement st = c.createStatement()) {
            st.execute(product.contains("postgres") ? "ANALYZE DOSSIER" : "ANALYZE");
        }
    }

    /** Runs the job for the month; its time from the job repository, in milliseconds. */
    private long runJob() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty("period", MONTH);
        long id = operator.start(JOB, p);
        JobExecution e = await(operator, id);
        assertEquals(BatchStatus.COMPLETED, e.getBatchStatus(), e.getExitStatus());
        return e.getEndTime().getTime() - e.getCreateTime().getTime();
    }

    private static JobExecution await(JobOperator operator, long id) throws Exception {
        while (true) {
            JobExecution e = operator.getJobExecution(id);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED
                    || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                return e;
            }
            Thread.sleep(10);
        }
    }

    record Memory(long before, long maxAfterGc, long after, long peak) {
    }

    /** One more run of the job, with a full collection every quarter second while it runs. */
    private Memory measureMemory() throws Exception {
        System.gc();
        long before = heapUsed();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            long lastGc = System.nanoTime();
            while (running.get()) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                if (System.nanoTime() - lastGc > 250_000_000L) {
                    System.gc();
                    maxAfterGc.accumulateAndGet(heapUsed(), Math::max);
                    lastGc = System.nanoTime();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        sampler.start();
        try {
            runJob();
        } finally {
            running.set(false);
            sampler.join();
        }
        System.gc();
        return new Memory(before, maxAfterGc.get(), heapUsed(), peak.get());
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Working days numbered: a day's number counts the working days up to it. */
    private static void dayTable(Connection c, WorkingCalendar calendar) throws Exception {
        try (Statement st = c.createStatement()) {
            try {
                st.execute("DROP TABLE BENCH_WORKDAY");
            } catch (java.sql.SQLException e) {
                // Not there yet.
            }
            st.execute("CREATE TABLE BENCH_WORKDAY (WORK_DATE DATE PRIMARY KEY,"
                    + " DAY_NO INT NOT NULL)");
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO BENCH_WORKDAY (WORK_DATE, DAY_NO) VALUES (?, ?)")) {
            int ord = 0;
            for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1));
                    d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    ord++;
                }
                insert.setDate(1, Date.valueOf(d));
                insert.setInt(2, ord);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The month's figures in one query, by the definitions of DossierBuckets. Days of
     * timestamps are the server's local days, which the benchmark server keeps in Viet Nam's
     * zone.
     */
    static final String QUERY;

    static {
        String arrival = "COALESCE(d.SUBMITTED_AT, d.RECEIVED_AT)";
        String end = "COALESCE(d.FINISHED_AT, d.CLOSED_AT)";
        String ended = end + " < ?";
        String how = "COALESCE(d.OUTCOME, CASE d.STEP WHEN 'STOPPED' THEN 'REFUSED'"
                + " WHEN 'WITHDRAWN' THEN 'WITHDRAWN' WHEN 'NOT_RECEIVED' THEN 'NOT_RECEIVED'"
                + " ELSE 'GRANTED' END)";
        String settled = ended + " AND " + how + " = 'GRANTED'";
        // Comparisons with an empty column are unknown; COALESCE makes them false.
        String late = "COALESCE(d.FINISHED_AT > d.DUE_AT, FALSE)";
        String early = "COALESCE(d.FINISHED_AT <= d.DUE_AT AND dd.DAY_NO - fd.DAY_NO >= 1,"
                + " FALSE)";
        String open = "(" + end + " IS NULL OR " + end + " >= ?)";
        String paused = "COALESCE(d.PAUSED_AT < ?, FALSE)";
        String dueThen = "CASE WHEN d.EXTENDED_AT >= ? AND d.PREVIOUS_DUE_AT IS NOT NULL"
                + " THEN d.PREVIOUS_DUE_AT ELSE d.DUE_AT END";
        QUERY = "SELECT d.AGENCY_UNIT_ID, d.PROCEDURE_CODE,"
                + sum(arrival + " < ?") + ","
                + sum(arrival + " >= ? AND d.CHANNEL NOT IN ('DESK', 'POST')") + ","
                + sum(arrival + " >= ? AND d.CHANNEL = 'DESK'") + ","
                + sum(arrival + " >= ? AND d.CHANNEL = 'POST'") + ","
                + sum(settled + " AND " + early) + ","
                + sum(settled + " AND NOT " + late + " AND NOT " + early) + ","
                + sum(settled + " AND " + late) + ","
                + sum(open + " AND NOT " + paused + " AND NOT COALESCE(" + dueThen
                        + " < ?, FALSE)") + ","
                + sum(open + " AND NOT " + paused + " AND COALESCE(" + dueThen
                        + " < ?, FALSE)") + ","
                + sum(open + " AND " + paused) + ","
                + " 0,"
                + sum(ended + " AND " + how + " = 'WITHDRAWN'") + ","
                + sum(ended + " AND " + how + " = 'NOT_RECEIVED'") + ","
                + sum(ended + " AND " + how + " = 'REFUSED'") + ","
                + " SUM(CASE WHEN " + settled + " THEN CASE WHEN fd.DAY_NO - sd.DAY_NO > 0"
                + " THEN fd.DAY_NO - sd.DAY_NO ELSE 0 END ELSE 0 END)"
                + " FROM DOSSIER d"
                + " LEFT JOIN BENCH_WORKDAY fd ON fd.WORK_DATE = CAST(d.FINISHED_AT AS DATE)"
                + " LEFT JOIN BENCH_WORKDAY dd ON dd.WORK_DATE = CAST(d.DUE_AT AS DATE)"
                + " LEFT JOIN BENCH_WORKDAY sd"
                + " ON sd.WORK_DATE = CAST(COALESCE(d.RECEIVED_AT, d.SUBMITTED_AT) AS DATE)"
                + " WHERE " + arrival + " < ? AND (" + end + " IS NULL OR " + end + " >= ?)"
                + " GROUP BY d.AGENCY_UNIT_ID, d.PROCEDURE_CODE";
    }

    private static String sum(String condition) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** The month's figures by "agency id/procedure code", from the one query. */
    private Map<String, Figures> query(StatisticsPeriod month) throws Exception {
        Timestamp from = Timestamp.from(month.from());
        Timestamp to = Timestamp.from(month.to());
        // In the order of the question marks of QUERY: arrival before or from the start four
        // times, then the moment the figures describe, and the start once more at the end.
        Timestamp[] parameters = new Timestamp[23];
        Arrays.fill(parameters, to);
        Arrays.fill(parameters, 0, 4, from);
        parameters[22] = from;
        Map<String, Figures> figures = new HashMap<>();
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement(QUERY)) {
            int expected = (int) QUERY.chars().filter(ch -> ch == '?').count();
            assertEquals(expected, parameters.length, QUERY);
            for (int i = 0; i < parameters.length; i++) {
                q.setTimestamp(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[14];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(3 + i);
                    }
                    figures.put(rs.getLong(1) + "/" + rs.getString(2),
                            Figures.of(counts, rs.getLong(17)));
                }
            }
        }
        return figures;
    }

    /** The month's figures by "agency id/procedure code", as the job stored them. */
    private Map<String, Figures> stored(StatisticsPeriod month) throws Exception {
        Map<String, Figures> figures = new HashMap<>();
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT s.AGENCY_UNIT_ID,"
                        + " s.PROCEDURE_CODE, s.CARRIED_OVER, s.RECEIVED_ONLINE,"
                        + " s.RECEIVED_DESK, s.RECEIVED_POST, s.SETTLED_EARLY,"
                        + " s.SETTLED_ON_TIME, s.SETTLED_LATE, s.PENDING_ON_TIME,"
                        + " s.PENDING_OVERDUE, s.PAUSED_SUPPLEMENT, s.PAUSED_PAYMENT,"
                        + " s.WITHDRAWN, s.RETURNED, s.REFUSED, s.SETTLED_DAYS"
                        + " FROM REPORT_DOSSIER_STAT s JOIN REPORT_DOSSIER_RUN r"
                        + " ON s.RUN_ID = r.ID WHERE r.PERIOD_KIND = 'MONTH'"
                        + " AND r.PERIOD_START = ?")) {
            q.setObject(1, month.start());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[14];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(3 + i);
                    }
                    figures.put(rs.getLong(1) + "/" + rs.getString(2),
                            Figures.of(counts, rs.getLong(17)));
                }
            }
        }
        return figures;
    }
}
