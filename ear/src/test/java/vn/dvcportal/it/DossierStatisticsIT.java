package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.statistics.boundary.DossierStatistics;
import vn.dvcportal.statistics.boundary.StatisticsJobs;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.ProcedureLine;
import vn.dvcportal.statistics.control.StatisticsExecution;
import vn.dvcportal.statistics.control.StatisticsFilter;
import vn.dvcportal.statistics.control.StatisticsLine;
import vn.dvcportal.statistics.control.StatisticsOverview;
import vn.dvcportal.statistics.control.StatisticsRefused;
import vn.dvcportal.statistics.control.StatisticsReport;
import vn.dvcportal.statistics.entity.PeriodKind;

/**
 * The dossier-statistics job in the running server, on its real database and JDBC job
 * repository, over dossiers written by hand around Tết 2026 (StatisticsFixture): started
 * through the job operator and through the administrator's boundary; its step metrics and
 * every figure against the sums worked out by hand; a stop in the middle and a restart; a
 * period run twice; the figures as managers and the public read them, their exports, and the
 * public page in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierStatisticsIT {

    static final String JOB = "dossier-statistics";
    static final String FEBRUARY = "2026-02";
    static final LocalDate FEBRUARY_START = LocalDate.of(2026, 2, 1);
    static final String NOVEMBER = "2025-11";
    static final LocalDate NOVEMBER_START = LocalDate.of(2025, 11, 1);
    static final Duration WAIT = Duration.ofSeconds(120);
    static final Set<BatchStatus> OVER = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    // Worked out by hand from the notes of StatisticsFixture, February 2026. Counters in the
    // order of Figures: carried over, online, desk, post, early, on time, late, within time,
    // overdue, paused for a supplement, paused for payment, withdrawn, returned, refused,
    // working days of the settled.
    static final Figures BIRTH = new Figures(4, 9, 1, 1, 2, 1, 1, 3, 3, 2, 0, 1, 1, 1, 19);
    static final Figures MARRIAGE = new Figures(1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 7);
    static final Figures UNLISTED = new Figures(0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    static final Figures ADOPTION = new Figures(1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 4);
    static final Figures TOTAL = new Figures(6, 12, 2, 1, 3, 2, 2, 4, 3, 2, 0, 2, 2, 1, 30);
    // Monday 23/02/2026, the first working day after Tết: birth registration has seven
    // dossiers carried over (A2, A3, A6, A7, A14, A15, A18) and none received; adoption one
    // received (D1), settled only on 27/02.
    static final Figures BIRTH_23 = new Figures(7, 0, 0, 0, 0, 0, 0, 3, 2, 2, 0, 0, 0, 0, 0);
    static final Figures ADOPTION_23 = new Figures(0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierStatisticsIT.class, StatisticsFixture.class,
                SignedIn.class, TestAccounts.class);
    }

    @Inject
    StatisticsFixture fixture;

    @Inject
    StatisticsJobs jobs;

    @Inject
    DossierStatistics statistics;

    @Inject
    Accounts accounts;

    @Inject
    AsAdministrator admin;

    @Test
    @Order(1)
    void anUninterruptedRunGivesTheHandCountedFigures() throws Exception {
        SharedData.nationalCatalog();
        fixture.seed();
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(JOB, parameters(FEBRUARY, 3, 0));
        JobExecution execution = await(operator, id);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("COMPLETED " + FEBRUARY, execution.getExitStatus());
        Map<String, StepExecution> steps = steps(operator, id);
        assertEquals(Set.of("prepare", "tally", "summary"), steps.keySet());
        for (StepExecution step : steps.values()) {
            assertEquals(BatchStatus.COMPLETED, step.getBatchStatus(), step.getStepName());
        }
        Map<Metric.MetricType, Long> tally = metrics(steps.get("tally"));
        // Four rows (agency and procedure) in chunks of three: two chunks.
        assertEquals(4L, tally.get(Metric.MetricType.READ_COUNT));
        assertEquals(4L, tally.get(Metric.MetricType.WRITE_COUNT));
        assertEquals(0L, tally.get(Metric.MetricType.FILTER_COUNT));
        assertEquals(0L, tally.get(Metric.MetricType.READ_SKIP_COUNT)
                + tally.get(Metric.MetricType.PROCESS_SKIP_COUNT)
                + tally.get(Metric.MetricType.WRITE_SKIP_COUNT));
        assertEquals(2L, tally.get(Metric.MetricType.COMMIT_COUNT));
        assertEquals(0L, tally.get(Metric.MetricType.ROLLBACK_COUNT));

        Map<String, Figures> rows = fixture.figures("MONTH", FEBRUARY_START);
        assertEquals(List.of("STP/" + StatisticsFixture.ADOPTION,
                "TKA/" + StatisticsFixture.MARRIAGE, "TKA/" + StatisticsFixture.BIRTH,
                "TKA/" + StatisticsFixture.UNLISTED), List.copyOf(rows.keySet()));
        assertEquals(BIRTH, rows.get("TKA/" + StatisticsFixture.BIRTH));
        assertEquals(MARRIAGE, rows.get("TKA/" + StatisticsFixture.MARRIAGE));
        assertEquals(UNLISTED, rows.get("TKA/" + StatisticsFixture.UNLISTED));
        assertEquals(ADOPTION, rows.get("STP/" + StatisticsFixture.ADOPTION));
        for (Figures f : rows.values()) {
            assertTrue(f.reconciles(), f.balance());
        }
        assertEquals(21, TOTAL.handled());
        assertTrue(TOTAL.reconciles(), TOTAL.balance());

        StatisticsFixture.Run run = fixture.run("MONTH", FEBRUARY_START);
        assertEquals("COMPLETED", run.status());
        assertEquals(4, run.rowsDone());
        assertEquals(21, run.dossiersDone());
        assertEquals(operator.getJobInstance(id).getInstanceId(), run.instanceId());
        assertEquals(StatisticsFixture.at("2026-03-01T00:00"), run.asOf());

        // The figures as the system administrator reads them: names from the catalogue.
        StatisticsReport report = admin.call(() -> statistics.report(StatisticsFilter.of(
                FEBRUARY))).orElseThrow();
        assertTrue(report.complete());
        assertEquals("Tháng 02/2026", report.periodLabel());
        assertNull(report.scope());
        assertEquals(TOTAL, report.totals());
        ProcedureLine birth = line(report, StatisticsFixture.BIRTH);
        assertEquals("Hộ tịch", birth.fieldName());
        assertEquals("Sở Thống kê thử nghiệm", birth.agencyName());
        assertEquals(BIRTH, birth.figures());
        ProcedureLine unlisted = line(report, StatisticsFixture.UNLISTED);
        assertEquals("Chưa xác định lĩnh vực", unlisted.fieldName());
        assertEquals(StatisticsFixture.UNLISTED_NAME, unlisted.procedureName());
        StatisticsLine civilStatus = report.byField().stream()
                .filter(l -> l.label().equals("Hộ tịch")).findFirst().orElseThrow();
        assertEquals(BIRTH.plus(MARRIAGE), civilStatus.figures());
        assertEquals(4.0 / 6, civilStatus.figures().onTimeRate(), 1e-9);
        assertEquals(26.0 / 6, civilStatus.figures().averageDays(), 1e-9);
        assertEquals(5.0 / 7, TOTAL.onTimeRate(), 1e-9);

        // One day: the Monday after Tết, made through the administrator's boundary.
        long day = admin.call(() -> jobs.start("2026-02-23"));
        assertEquals(BatchStatus.COMPLETED, await(operator, day).getBatchStatus());
        Map<String, Figures> monday = fixture.figures("DAY", LocalDate.of(2026, 2, 23));
        assertEquals(BIRTH_23, monday.get("TKA/" + StatisticsFixture.BIRTH));
        assertEquals(ADOPTION_23, monday.get("STP/" + StatisticsFixture.ADOPTION));
        assertEquals(Set.of("TKA/" + StatisticsFixture.BIRTH,
                "STP/" + StatisticsFixture.ADOPTION), monday.keySet(),
                "the marriage dossiers ended before, the unlisted one arrived after");
    }

    @Test
    @Order(2)
    void runningAPeriodAgainReplacesItsFigures() throws Exception {
        SharedData.nationalCatalog();
        fixture.seed();
        JobOperator operator = BatchRuntime.getJobOperator();
        long first = admin.call(() -> jobs.start(FEBRUARY));
        assertEquals(BatchStatus.COMPLETED, await(operator, first).getBatchStatus());
        Map<String, Figures> once = fixture.figures("MONTH", FEBRUARY_START);
        long runOnce = fixture.run("MONTH", FEBRUARY_START).id();

        long second = admin.call(() -> jobs.start(FEBRUARY));
        assertEquals(BatchStatus.COMPLETED, await(operator, second).getBatchStatus());
        Map<String, Figures> twice = fixture.figures("MONTH", FEBRUARY_START);
        assertEquals(once, twice);
        assertEquals(4, twice.size(), "replaced, not added");
        StatisticsFixture.Run run = fixture.run("MONTH", FEBRUARY_START);
        assertEquals(runOnce, run.id(), "one run row per period");
        assertEquals(21, run.dossiersDone());
        assertEquals(operator.getJobInstance(second).getInstanceId(), run.instanceId());

        List<StatisticsExecution> history = admin.call(() -> jobs.executions(10));
        StatisticsExecution latest = history.get(0);
        assertEquals(second, latest.executionId());
        assertEquals("COMPLETED", latest.status());
        assertEquals(FEBRUARY, latest.periodKey());
        assertEquals("Tháng 02/2026", latest.periodLabel());
        assertEquals(4, latest.read());
        assertEquals(4, latest.write());
        assertEquals(1, latest.commit(), "the default chunk takes the four rows at once");
        assertFalse(latest.restartable());
        assertFalse(latest.stale());
    }

    @Test
    @Order(3)
    void aStoppedRunRestartsFromItsCheckpointAndEndsWithTheSameFigures() throws Exception {
        fixture.seed();
        JobOperator operator = BatchRuntime.getJobOperator();
        await(operator, operator.start(JOB, parameters(NOVEMBER, 5, 0)));
        Map<String, Figures> uninterrupted = fixture.figures("MONTH", NOVEMBER_START);
        assertEquals(StatisticsFixture.BULK_PROCEDURES, uninterrupted.size());
        long dossiers = uninterrupted.values().stream().mapToLong(Figures::handled).sum();
        assertEquals(StatisticsFixture.BULK_PROCEDURES * StatisticsFixture.BULK_PER_PROCEDURE,
                dossiers);
        Figures sum = uninterrupted.values().stream().reduce(Figures.ZERO, Figures::plus);
        assertTrue(sum.settled() > 0 && sum.pending() > 0 && sum.paused() > 0
                && sum.returned() > 0 && sum.refused() > 0, "every kind of ending: " + sum);

        // Chunks of two rows with a pause after each: twenty chunks, stopped after a few.
        long first = operator.start(JOB, parameters(NOVEMBER, 2, 300));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            StatisticsFixture.Run run = fixture.run("MONTH", NOVEMBER_START);
            if (run != null && run.instanceId() != null
                    && run.instanceId() == operator.getJobInstance(first).getInstanceId()
                    && run.rowsDone() >= 6) {
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
        assertTrue(readBefore >= 6 && readBefore < StatisticsFixture.BULK_PROCEDURES,
                "stopped in the middle: " + readBefore);
        StatisticsFixture.Run halfway = fixture.run("MONTH", NOVEMBER_START);
        assertEquals("RUNNING", halfway.status());
        assertEquals(readBefore, halfway.rowsDone(), "rows as of the checkpoint");
        Map<String, Figures> partial = fixture.figures("MONTH", NOVEMBER_START);
        assertEquals(readBefore, partial.size());
        partial.forEach((key, f) -> assertEquals(uninterrupted.get(key), f, key));
        assertFalse(statistics.periods(PeriodKind.MONTH, 50).stream()
                .anyMatch(p -> p.key().equals(NOVEMBER)), "the public sees no partial period");

        StatisticsExecution shown = admin.call(() -> jobs.execution(first));
        assertEquals("STOPPED", shown.status());
        assertTrue(shown.restartable());
        long second = admin.call(() -> jobs.restart(first));
        JobExecution restarted = await(operator, second);
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(operator.getJobInstance(first).getInstanceId(),
                operator.getJobInstance(second).getInstanceId(), "the same instance");
        Map<String, StepExecution> steps = steps(operator, second);
        assertFalse(steps.containsKey("prepare"), "a completed step is not run again");
        long readAfter = metrics(steps.get("tally")).get(Metric.MetricType.READ_COUNT);
        assertEquals(StatisticsFixture.BULK_PROCEDURES, readBefore + readAfter,
                "nothing read twice, nothing missed");

        assertEquals(uninterrupted, fixture.figures("MONTH", NOVEMBER_START));
        StatisticsFixture.Run done = fixture.run("MONTH", NOVEMBER_START);
        assertEquals("COMPLETED", done.status());
        assertEquals(dossiers, done.dossiersDone());
        assertFalse(admin.call(() -> jobs.execution(first)).restartable(),
                "only the latest execution restarts");
        assertThrows(StatisticsRefused.class, () -> admin.call(() -> jobs.restart(first)));
    }

    @Test
    @Order(4)
    void managersReadTheirAgencyAndExportIt() throws Exception {
        SharedData.nationalCatalog();
        fixture.seed();
        JobOperator operator = BatchRuntime.getJobOperator();
        await(operator, admin.call(() -> jobs.start(FEBRUARY)));

        SignedIn manager = SignedIn.official(accounts, "stp.quantri");
        StatisticsReport own = manager.call(() -> statistics.report(
                StatisticsFilter.of(FEBRUARY))).orElseThrow();
        assertEquals("Sở Tư pháp", own.scope());
        assertEquals(ADOPTION, own.totals());
        assertEquals(1, own.rows().size());
        long tka = fixture.agency(StatisticsFixture.TKA, "Sở Thống kê thử nghiệm");
        AccessDenied denied = assertThrows(AccessDenied.class, () -> manager.call(() ->
                statistics.report(StatisticsFilter.of(FEBRUARY).withAgency(tka))));
        assertTrue(denied.getMessage().contains("cơ quan mình"), denied.getMessage());
        SignedIn approver = SignedIn.official(accounts, "stp.lanhdao");
        assertEquals(ADOPTION, approver.call(() -> statistics.report(
                StatisticsFilter.of(FEBRUARY))).orElseThrow().totals());
        SignedIn receiver = SignedIn.official(accounts, "stp.motcua");
        assertThrows(EJBAccessException.class, () -> receiver.call(() ->
                statistics.report(StatisticsFilter.of(FEBRUARY))));
        assertThrows(EJBAccessException.class, () -> jobs.start(FEBRUARY));
        assertThrows(StatisticsRefused.class, () -> admin.call(() -> jobs.start("02/2026")));
        String nextYear = String.valueOf(LocalDate.now(StatisticsFixture.VIETNAM).getYear() + 1);
        assertThrows(StatisticsRefused.class, () -> admin.call(() -> jobs.start(nextYear)));

        ExportFile xlsx = manager.call(() -> statistics.export(StatisticsFilter.of(FEBRUARY),
                DossierStatistics.XLSX));
        assertEquals("thong-ke-ho-so-2026-02.xlsx", xlsx.fileName());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = book.getSheet("Theo thủ tục");
            Row header = header(sheet, "Cơ quan");
            Row line = sheet.getRow(header.getRowNum() + 1);
            assertEquals("Sở Tư pháp", line.getCell(0).getStringCellValue());
            assertEquals("Nuôi con nuôi", line.getCell(1).getStringCellValue());
            assertEquals(StatisticsFixture.ADOPTION, line.getCell(2).getStringCellValue());
            assertEquals("Đăng ký lại việc nuôi con nuôi trong nước",
                    line.getCell(3).getStringCellValue());
            long[] expected = {1, 2, 0, 0, 3, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(CellType.NUMERIC, line.getCell(4 + i).getCellType(),
                        header.getCell(4 + i).getStringCellValue());
                assertEquals(expected[i], (long) line.getCell(4 + i).getNumericCellValue(),
                        header.getCell(4 + i).getStringCellValue());
            }
            assertEquals(1.0, line.getCell(19).getNumericCellValue(), 1e-9, "on-time rate");
            assertEquals(4.0, line.getCell(20).getNumericCellValue(), 1e-9, "working days");
            Sheet totals = book.getSheet("Tổng hợp");
            assertEquals("Thống kê tình trạng giải quyết hồ sơ",
                    totals.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Cơ quan: Sở Tư pháp", totals.getRow(1).getCell(0)
                    .getStringCellValue());
        }

        ExportFile pdf = admin.call(() -> statistics.export(StatisticsFilter.of(FEBRUARY),
                DossierStatistics.PDF));
        assertEquals("application/pdf", pdf.mediaType());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            // Words a narrow column wraps come out on lines of their own.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Thống kê tình trạng giải quyết hồ sơ"), text);
            assertTrue(text.contains("Tất cả cơ quan"), text);
            assertTrue(text.contains("Kỳ thống kê: Tháng 02/2026"), text);
            assertTrue(text.contains("Sở Thống kê thử nghiệm"), text);
            assertTrue(text.contains("Hộ tịch"), text);
            assertTrue(text.contains("Thủ tục đăng ký khai sinh"), text);
            assertTrue(text.contains("Từ chối"), text);
        }

        // Everyone reads the complete figures of every agency.
        StatisticsOverview overview = statistics.overview(new StatisticsFilter(PeriodKind.MONTH,
                FEBRUARY, null, null)).orElseThrow();
        assertEquals(TOTAL, overview.totals());
        assertEquals(2, overview.byAgency().size());
        assertTrue(overview.series().stream().anyMatch(l -> l.key().equals(FEBRUARY)
                && l.figures().equals(TOTAL)));
        StatisticsOverview stp = statistics.overview(new StatisticsFilter(PeriodKind.MONTH,
                FEBRUARY, Long.valueOf(own.byAgency().get(0).key()), null)).orElseThrow();
        assertEquals(ADOPTION, stp.totals());
    }

    @Test
    @Order(5)
    @RunAsClient
    void thePublicPageDrawsItsCharts() throws Exception {
        Browser browser = Browser.open();
        try {
            browser.go(PortalPagesIT.BASE + "thong-ke?loai=thang&ky=" + FEBRUARY);
            assertEquals("Thống kê tình trạng giải quyết hồ sơ", browser.text("main h1"));
            assertEquals("Tháng 02/2026", browser.text("#statistics-period"));
            assertEquals("21", browser.text("#total-handled"));
            assertEquals("71,4%", browser.text("#total-rate").replace(" ", "")
                    .replace("\u00a0", ""));
            for (String chart : List.of("chart-agency", "chart-field", "chart-period")) {
                assertEquals(1, browser.count("#" + chart + " svg.stat-chart"), chart);
                assertTrue(browser.visible("#" + chart + " svg.stat-chart"), chart);
                assertTrue(browser.count("#" + chart + " rect.seg") > 0, chart);
            }
            assertEquals(2, browser.count("#chart-agency g.stat-bar"));
            assertTrue(browser.text("#chart-agency").contains("Sở Thống kê thử nghiệm"));
            assertEquals(2, browser.count("#table-agency tbody tr"));
            assertTrue(browser.text("#table-field").contains("Hộ tịch"));
            assertTrue(browser.text("#table-period").contains("02/2026"));
            assertTrue(browser.text("nav.main-menu").contains("Thống kê"));
            assertTrue(browser.count("nav.main-menu a[aria-current='page']") == 1);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void aManagerReadsTheAgencysFiguresByProcedure() throws Exception {
        Browser browser = Browser.open();
        try {
            browser.go(PortalPagesIT.BASE + "dang-nhap");
            browser.fill("input[id$=':login']", "stp.quantri");
            browser.fill("input[id$=':password']", SignedIn.DEMO_PASSWORD);
            browser.click("input[id$=':submit']");
            browser.waitForUrl("/quan-ly");
            assertTrue(browser.count("#office-statistics") == 1, "linked from the back office");
            browser.click("#office-statistics");
            browser.waitForUrl("/quan-ly/thong-ke");
            browser.go(PortalPagesIT.BASE + "quan-ly/thong-ke?loai=thang&ky=" + FEBRUARY);
            assertEquals("Thống kê hồ sơ của cơ quan", browser.text("main h1"));
            assertEquals("Tháng 02/2026 – Sở Tư pháp", browser.text("#statistics-period"));
            assertEquals(1, browser.count("#table-procedure tbody tr"));
            String row = browser.text("#table-procedure tbody tr");
            assertTrue(row.contains(StatisticsFixture.ADOPTION) && row.contains("Nuôi con nuôi"),
                    row);
            assertTrue(row.contains("100%"), row);
            assertEquals(1, browser.count("button[id$=':xlsx']"));
            assertEquals(1, browser.count("button[id$=':pdf']"));
            assertEquals(0, browser.count("#statistics-jobs-heading"), "the job is the admin's");
        } finally {
            browser.quit();
        }
    }

    private static ProcedureLine line(StatisticsReport report, String procedure) {
        return report.rows().stream().filter(l -> l.procedureCode().equals(procedure))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + procedure));
    }

    private static Row header(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No header " + first);
    }

    private static Properties parameters(String period, int chunkSize, int writeDelayMillis) {
        Properties p = new Properties();
        p.setProperty("period", period);
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
        assertNotNull(steps);
        return steps;
    }

    private static Map<Metric.MetricType, Long> metrics(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new HashMap<>();
        for (Metric m : step.getMetrics()) {
            metrics.put(m.getType(), m.getValue());
        }
        return metrics;
    }
}
