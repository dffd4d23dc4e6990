package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.report.boundary.AccessReports;
import vn.dvcportal.report.boundary.ReportJobs;
import vn.dvcportal.report.control.AccessReport;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.report.control.ReportExecution;
import vn.dvcportal.report.control.ReportRefused;
import vn.dvcportal.report.control.StepFigures;
import vn.dvcportal.report.entity.DeviceClass;
import vn.dvcportal.report.entity.ReportRun;
import vn.dvcportal.report.entity.RunStatus;

/**
 * The access report job in the running server on its real database and JDBC job repository:
 * started through the job operator of the test module (which finds the job XML in the EAR's
 * library) and through the administrators' boundary in the business core; its step metrics,
 * its figures against figures worked out by hand, a stop in the middle and a restart, and a
 * period run twice.
 */
@ExtendWith(ArquillianExtension.class)
class AccessReportIT {

    static final String JOB = "access-report";
    static final String PERIOD = AccessLogFixture.DAY.toString();
    static final Duration WAIT = Duration.ofSeconds(90);
    static final Set<BatchStatus> OVER = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    // Worked out by hand from AccessLogFixture.LINES (times in Vietnam, 15/06/2021):
    // 19 records, 17 of the day. Desktop 192.0.2.1: page views 08:00, 08:10, 08:39:59 (one
    // visit: gaps under 30 min), 09:10 (gap 30:01, a new visit), 23:59 (a third visit); its
    // style sheet and sign-in post are no page views. Phone 192.0.2.2: 00:00 and 00:20, one
    // visit; its 404 is no page view. Tablet 192.0.2.3: 12:00 and 12:45 (/thu-tuc/ counts as
    // /thu-tuc), two visits. Googlebot 192.0.2.4: one page view (its sitemap.xml is none).
    // 192.0.2.5 without user agent: a bot, one page view. No address, and the path "*": skipped.
    static final long REQUESTS = 17;
    static final long PAGE_VIEWS = 11;
    static final long FILTERED = 4;
    static final long SKIPPED = 2;
    static final long VISITS = 8;
    static final long VISITORS = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(AccessReportIT.class, AccessLogFixture.class);
    }

    @Inject
    AccessLogFixture fixture;

    @Inject
    ReportJobs jobs;

    @Inject
    AccessReports reports;

    @Inject
    AsAdministrator admin;

    @BeforeEach
    void seed() {
        fixture.seed();
    }

    @Test
    void anUninterruptedRunGivesTheHandCountedFigures() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(JOB, parameters(3, 0));
        JobExecution execution = await(operator, id);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("COMPLETED " + PERIOD, execution.getExitStatus());
        Map<String, StepExecution> steps = steps(operator, id);
        assertEquals(Set.of("prepare", "tally", "summary"), steps.keySet());
        Map<Metric.MetricType, Long> tally = metrics(steps.get("tally"));
        assertEquals(REQUESTS, tally.get(Metric.MetricType.READ_COUNT));
        assertEquals(FILTERED, tally.get(Metric.MetricType.FILTER_COUNT));
        assertEquals(SKIPPED, tally.get(Metric.MetricType.PROCESS_SKIP_COUNT));
        assertEquals(PAGE_VIEWS, tally.get(Metric.MetricType.WRITE_COUNT));
        // 17 records in chunks of 3: five full chunks and one of 2.
        assertEquals(6L, tally.get(Metric.MetricType.COMMIT_COUNT));
        assertEquals(0L, tally.get(Metric.MetricType.ROLLBACK_COUNT));

        Map<String, Long> f = figures();
        assertEquals(REQUESTS, f.get("TOTAL|*|REQUESTS"));
        assertEquals(PAGE_VIEWS, f.get("TOTAL|*|PAGE_VIEWS"));
        assertEquals(VISITS, f.get("TOTAL|*|VISITS"));
        assertEquals(VISITORS, f.get("TOTAL|*|VISITORS"));
        assertEquals(SKIPPED, f.get("TOTAL|*|SKIPPED"));
        assertEquals(4L, f.get("TOTAL|*|SIGN_INS"));
        assertEquals(3L, f.get("SIGN_IN|PASSWORD|SIGN_INS"));
        assertEquals(1L, f.get("SIGN_IN|NATIONAL|SIGN_INS"));

        assertEquals(Map.of("/", 2L, "/thu-tuc", 4L, "/thu-tuc/1.001193", 2L, "/hoi-dap", 1L,
                "/tra-cuu-ho-so", 1L, "/gioi-thieu", 1L), bucket(f, "PAGE", "PAGE_VIEWS"));
        assertEquals(Map.of("00", 2L, "03", 1L, "08", 3L, "09", 1L, "12", 2L, "15", 1L,
                "23", 1L), bucket(f, "HOUR", "PAGE_VIEWS"));
        assertEquals(Map.of("00", 1L, "03", 1L, "08", 1L, "09", 1L, "12", 2L, "15", 1L,
                "23", 1L), bucket(f, "HOUR", "VISITS"));
        assertEquals(Map.of(PERIOD, PAGE_VIEWS), bucket(f, "DAY", "PAGE_VIEWS"));
        assertEquals(Map.of(PERIOD, VISITS), bucket(f, "DAY", "VISITS"));
        assertEquals(Map.of(PERIOD, VISITORS), bucket(f, "DAY", "VISITORS"));
        assertEquals(Map.of("DESKTOP", 5L, "MOBILE", 2L, "TABLET", 2L, "BOT", 2L),
                bucket(f, "DEVICE", "PAGE_VIEWS"));
        assertEquals(Map.of("DESKTOP", 3L, "MOBILE", 1L, "TABLET", 2L, "BOT", 2L),
                bucket(f, "DEVICE", "VISITS"));
        assertEquals(Map.of("DESKTOP", 1L, "MOBILE", 1L, "TABLET", 1L, "BOT", 2L),
                bucket(f, "DEVICE", "VISITORS"));

        ReportRun run = fixture.run(JOB, AccessLogFixture.DAY);
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(REQUESTS, run.getTotalRows());
        assertEquals(REQUESTS, run.getRowsDone());
        assertEquals(operator.getJobInstance(id).getInstanceId(), run.getInstanceId());
        assertEquals(VISITS, fixture.visits(run.getId()).size());
    }

    @Test
    void aStoppedRunRestartsFromItsCheckpointAndEndsWithTheSameFigures() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        await(operator, operator.start(JOB, parameters(3, 0)));
        Map<String, Long> uninterrupted = figures();
        List<String> uninterruptedVisits = fixture.visits(runId());

        // Chunks of 2 with a pause after each: about nine chunks, stopped after the second.
        long first = operator.start(JOB, parameters(2, 400));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            ReportRun run = fixture.run(JOB, AccessLogFixture.DAY);
            if (run != null && run.ownedBy(operator.getJobInstance(first).getInstanceId())
                    && run.getRowsDone() >= 4) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the job never got going");
            Thread.sleep(50);
        }
        operator.stop(first);
        JobExecution stopped = await(operator, first);
        assertEquals(BatchStatus.STOPPED, stopped.getBatchStatus());
        long readBefore = metrics(steps(operator, first).get("tally"))
                .get(Metric.MetricType.READ_COUNT);
        assertTrue(readBefore >= 4 && readBefore < REQUESTS, "stopped in the middle: "
                + readBefore);
        Map<String, Long> partial = figures();
        assertFalse(partial.containsKey("TOTAL|*|VISITS"), "the summary has not run");
        assertTrue(partial.get("TOTAL|*|PAGE_VIEWS") < PAGE_VIEWS, partial.toString());
        ReportRun halfway = fixture.run(JOB, AccessLogFixture.DAY);
        assertEquals(RunStatus.RUNNING, halfway.getStatus());
        assertEquals(readBefore, halfway.getRowsDone(), "progress as of the checkpoint");

        ReportExecution shown = admin.call(() -> jobs.execution(first));
        assertEquals("STOPPED", shown.status());
        assertTrue(shown.restartable());
        assertNotNull(shown.percent());
        assertEquals(halfway.getRowsDone() * 100 / REQUESTS, (long) shown.percent());

        long second = admin.call(() -> jobs.restart(first));
        JobExecution restarted = await(operator, second);
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(operator.getJobInstance(first).getInstanceId(),
                operator.getJobInstance(second).getInstanceId(), "the same instance");
        Map<String, StepExecution> steps = steps(operator, second);
        assertFalse(steps.containsKey("prepare"), "a completed step is not run again");
        long readAfter = metrics(steps.get("tally")).get(Metric.MetricType.READ_COUNT);
        assertEquals(REQUESTS, readBefore + readAfter, "nothing read twice, nothing missed");

        assertEquals(uninterrupted, figures());
        assertEquals(uninterruptedVisits, fixture.visits(runId()));
        ReportExecution old = admin.call(() -> jobs.execution(first));
        assertFalse(old.restartable(), "only the latest execution restarts");
        assertThrows(ReportRefused.class, () -> admin.call(() -> jobs.restart(first)));
    }

    @Test
    void runningAPeriodAgainReplacesItsFigures() throws Exception {
        long first = admin.call(() -> jobs.start(JOB, PERIOD));
        JobOperator operator = BatchRuntime.getJobOperator();
        assertEquals(BatchStatus.COMPLETED, await(operator, first).getBatchStatus());
        Map<String, Long> once = figures();
        long rowsOnce = once.size();
        long runOnce = runId();

        long second = admin.call(() -> jobs.start(JOB, PERIOD));
        assertEquals(BatchStatus.COMPLETED, await(operator, second).getBatchStatus());
        assertEquals(once, figures());
        assertEquals(rowsOnce, figures().size());
        assertEquals(runOnce, runId(), "one run row per period");
        assertEquals(VISITS, fixture.visits(runId()).size());

        List<ReportExecution> history = admin.call(() -> jobs.executions(JOB, 10));
        ReportExecution latest = history.get(0);
        assertEquals(second, latest.executionId());
        assertEquals("COMPLETED", latest.status());
        assertEquals(PERIOD, latest.periodKey());
        assertEquals("Ngày 15/06/2021", latest.periodLabel());
        assertEquals(100, latest.percent());
        assertNotNull(latest.start());
        assertNotNull(latest.end());
        assertEquals("COMPLETED " + PERIOD, latest.exitStatus());
        StepFigures tally = latest.steps().stream().filter(s -> s.step().equals("tally"))
                .findFirst().orElseThrow();
        // The default chunk of 200 takes the 17 records at once.
        assertEquals(REQUESTS, tally.read());
        assertEquals(PAGE_VIEWS, tally.write());
        assertEquals(SKIPPED, tally.skip());
        assertEquals(FILTERED, tally.filter());
        assertEquals(1, tally.commit());
        assertTrue(history.stream().anyMatch(e -> e.executionId() == first));
    }

    @Test
    void theReportAndItsExportsShowTheFigures() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        await(operator, operator.start(JOB, parameters(5, 0)));

        AccessReport report = admin.call(() -> reports.report(PERIOD)).orElseThrow();
        assertTrue(report.complete());
        assertEquals(REQUESTS, report.totals().requests());
        assertEquals(PAGE_VIEWS, report.totals().pageViews());
        assertEquals(VISITS, report.totals().visits());
        assertEquals(VISITORS, report.totals().visitors());
        assertEquals(4, report.totals().signIns());
        assertEquals("/thu-tuc", report.pages().get(0).page());
        assertEquals(4, report.pages().get(0).views());
        assertEquals(24, report.hours().size());
        assertEquals(3, report.hours().get(8).views());
        assertEquals(4, report.devices().size());
        assertEquals(DeviceClass.DESKTOP, report.devices().get(0).device());
        assertTrue(admin.call(() -> reports.periods(50)).stream()
                .anyMatch(p -> p.periodKey().equals(PERIOD) && p.complete()));

        ExportFile xlsx = admin.call(() -> reports.export(PERIOD, AccessReports.XLSX,
                "Ủy ban nhân dân tỉnh Thừa Thiên Huế"));
        assertEquals("bao-cao-truy-cap-2021-06-15.xlsx", xlsx.fileName());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertEquals("Ủy ban nhân dân tỉnh Thừa Thiên Huế",
                    summary.getRow(1).getCell(0).getStringCellValue());
            int header = 0;
            while (!"Chỉ tiêu".equals(summary.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            assertEquals("Số yêu cầu", summary.getRow(header + 1).getCell(0)
                    .getStringCellValue());
            assertEquals(CellType.NUMERIC, summary.getRow(header + 1).getCell(1).getCellType());
            assertEquals(REQUESTS, (long) summary.getRow(header + 1).getCell(1)
                    .getNumericCellValue());
        }

        ExportFile pdf = admin.call(() -> reports.export(PERIOD, AccessReports.PDF, null));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Báo cáo truy cập Cổng Dịch vụ công"), text);
            assertTrue(text.contains("Kỳ báo cáo: Ngày 15/06/2021"), text);
            assertTrue(text.contains("Điện thoại di động"), text);
            assertTrue(text.contains("/thu-tuc/1.001193"), text);
        }
    }

    @Test
    void theBoundaryRefusesWhatItCannotDo() throws Exception {
        assertThrows(EJBAccessException.class, () -> jobs.start(JOB, PERIOD));
        assertThrows(EJBAccessException.class, () -> jobs.executions(JOB, 10));
        assertThrows(EJBAccessException.class, () -> reports.report(PERIOD));

        String tomorrow = LocalDate.now(AccessLogFixture.VIETNAM).plusDays(1).toString();
        ReportRefused future = assertThrows(ReportRefused.class,
                () -> admin.call(() -> jobs.start(JOB, tomorrow)));
        assertTrue(future.getMessage().contains("chưa bắt đầu"), future.getMessage());
        assertThrows(ReportRefused.class, () -> admin.call(() -> jobs.start(JOB, "15/06/2021")));
        assertThrows(ReportRefused.class, () -> admin.call(() -> jobs.start("khong-co", PERIOD)));

        // A second start of a period that is still running is refused.
        JobOperator operator = BatchRuntime.getJobOperator();
        long slow = operator.start(JOB, parameters(1, 300));
        ReportRefused busy = assertThrows(ReportRefused.class,
                () -> admin.call(() -> jobs.start(JOB, PERIOD)));
        assertTrue(busy.getMessage().contains("đang được lập"), busy.getMessage());
        admin.call(() -> {
            jobs.stop(slow);
            return null;
        });
        assertEquals(BatchStatus.STOPPED, await(operator, slow).getBatchStatus());
        assertThrows(ReportRefused.class, () -> admin.call(() -> {
            jobs.stop(slow);
            return null;
        }));
    }

    private static Properties parameters(int chunkSize, int writeDelayMillis) {
        Properties p = new Properties();
        p.setProperty("period", PERIOD);
        p.setProperty("chunkSize", Integer.toString(chunkSize));
        p.setProperty("writeDelayMillis", Integer.toString(writeDelayMillis));
        return p;
    }

    private static JobExecution await(JobOperator operator, long id) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JobExecution execution = operator.getJobExecution(id);
            if (OVER.contains(execution.getBatchStatus())) {
                return execution;
            }
            assertTrue(System.nanoTime() < deadline, "execution " + id + " still "
                    + execution.getBatchStatus());
            Thread.sleep(100);
        }
    }

    private static Map<String, StepExecution> steps(JobOperator operator, long id) {
        Map<String, StepExecution> steps = new HashMap<>();
        for (StepExecution step : operator.getStepExecutions(id)) {
            steps.put(step.getStepName(), step);
        }
        return steps;
    }

    private static Map<Metric.MetricType, Long> metrics(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new HashMap<>();
        for (Metric m : step.getMetrics()) {
            metrics.put(m.getType(), m.getValue());
        }
        return metrics;
    }

    private long runId() {
        return fixture.run(JOB, AccessLogFixture.DAY).getId();
    }

    private Map<String, Long> figures() {
        return fixture.figures(runId());
    }

    /** The figures of one dimension and measure, by bucket. */
    private static Map<String, Long> bucket(Map<String, Long> figures, String dimension,
            String measure) {
        Map<String, Long> result = new HashMap<>();
        figures.forEach((key, amount) -> {
            String[] parts = key.split("\\|");
            if (parts[0].equals(dimension) && parts[2].equals(measure)) {
                result.put(parts[1], amount);
            }
        });
        return result;
    }
}
