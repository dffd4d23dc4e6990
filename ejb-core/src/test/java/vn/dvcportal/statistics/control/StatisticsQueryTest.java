package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.platform.boundary.SchemaMigration;

/**
 * The aggregate query on an H2 database migrated by the real changelog, held to the rules of
 * DossierBuckets on thousands of dossiers in every step: for every kind of period, each row of
 * the query equals the rules' counters of its agency and procedure, and a query that starts
 * after a key gives the rows that follow it.
 */
class StatisticsQueryTest {

    private static final String[] STEPS = {"DRAFT", "SUBMITTED", "SUPPLEMENT_AT_RECEIPT",
        "NOT_RECEIVED", "RECEIVED", "PROCESSING", "SUPPLEMENT_IN_PROCESS", "STOPPED",
        "RESULT_READY", "RETURNED", "WITHDRAWN"};
    private static final String[] CHANNELS = {"ONLINE", "DESK", "POST"};

    private static Connection db;
    private static final List<DossierBuckets.Facts> ALL = new ArrayList<>();
    private static final List<StatisticsKey> KEYS = new ArrayList<>();

    @BeforeAll
    static void open() throws Exception {
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        db = DriverManager.getConnection("jdbc:h2:mem:statistics;DB_CLOSE_DELAY=-1", "sa", "");
        var database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(db));
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () ->
                new Liquibase(SchemaMigration.CHANGELOG, new ClassLoaderResourceAccessor(
                        StatisticsQueryTest.class.getClassLoader()), database).update(""));
        try (Statement st = db.createStatement()) {
            st.execute("INSERT INTO ORG_UNIT (ID, CODE, NAME, VERSION) VALUES"
                    + " (7, 'A', 'Sở A', 0), (3, 'B', 'Sở B', 0)");
        }
        WorkdayTable.ensure(db, DossierBucketsTest.CALENDAR);
        Random random = new Random(20260214);
        long base = DossierBucketsTest.D.at("2025-12-01T00:00");
        long day = 86_400_000L;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO DOSSIER (ID, VERSION,"
                + " PROCEDURE_CODE, PROCEDURE_NAME, AGENCY_UNIT_ID, AGENCY_CODE, AGENCY_NAME,"
                + " APPLICANT_LOGIN, APPLICANT_NAME, CHANNEL, STEP, OUTCOME, CREATED_AT,"
                + " UPDATED_AT, SUBMITTED_AT, RECEIVED_AT, DUE_AT, EXTENDED_AT,"
                + " PREVIOUS_DUE_AT, PAUSED_AT, FINISHED_AT, CLOSED_AT)"
                + " VALUES (?, 0, ?, 'Thủ tục', ?, 'X', 'Sở', 'a', 'Công dân', ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= 3000; id++) {
                DossierBuckets.Facts f = new DossierBuckets.Facts();
                long agency = random.nextBoolean() ? 7 : 3;
                String procedure = "1.00" + (random.nextInt(12) + 1);
                f.channel = CHANNELS[random.nextInt(3)];
                f.step = STEPS[random.nextInt(STEPS.length)];
                long arrival = base + (long) (random.nextDouble() * 120 * day);
                if (!f.step.equals("DRAFT")) {
                    if (f.channel.equals("ONLINE")) {
                        f.submittedAt = arrival;
                    }
                    if (random.nextInt(4) > 0 || !f.channel.equals("ONLINE")) {
                        f.receivedAt = arrival + random.nextInt(3) * day;
                    }
                    f.dueAt = random.nextInt(10) == 0 ? DossierBuckets.NONE
                            : arrival + (5 + random.nextInt(20)) * day;
                }
                long end = arrival + (long) (random.nextDouble() * 40 * day);
                if (f.dueAt != DossierBuckets.NONE && random.nextInt(6) == 0) {
                    // Exactly at the due time, or earlier the same day.
                    end = random.nextBoolean() ? f.dueAt : f.dueAt - 3 * 3_600_000L;
                }
                switch (f.step) {
                    case "RESULT_READY", "RETURNED" -> {
                        f.outcome = "GRANTED";
                        f.finishedAt = end;
                        f.closedAt = f.step.equals("RETURNED") ? end + day : DossierBuckets.NONE;
                    }
                    case "STOPPED" -> {
                        f.outcome = "REFUSED";
                        f.finishedAt = end;
                        f.closedAt = end;
                    }
                    case "WITHDRAWN", "NOT_RECEIVED" -> {
                        f.outcome = f.step;
                        f.closedAt = end;
                    }
                    case "SUPPLEMENT_AT_RECEIPT", "SUPPLEMENT_IN_PROCESS" ->
                        f.pausedAt = arrival + random.nextInt(10) * day;
                    default -> {
                        if (random.nextInt(5) == 0 && f.dueAt != DossierBuckets.NONE) {
                            f.previousDueAt = f.dueAt;
                            f.extendedAt = f.dueAt - 2 * day;
                            f.dueAt = f.dueAt + 10 * day;
                        }
                    }
                }
                if (f.outcome != null && random.nextInt(10) == 0) {
                    // An ended dossier without an outcome: its step tells how it ended.
                    f.outcome = null;
                }
                insert.setLong(1, id);
                insert.setString(2, procedure);
                insert.setLong(3, agency);
                insert.setString(4, f.channel);
                insert.setString(5, f.step);
                insert.setString(6, f.outcome);
                insert.setTimestamp(7, new Timestamp(arrival));
                insert.setTimestamp(8, new Timestamp(arrival));
                int column = 9;
                for (long t : new long[] {f.submittedAt, f.receivedAt, f.dueAt, f.extendedAt,
                    f.previousDueAt, f.pausedAt, f.finishedAt, f.closedAt}) {
                    insert.setTimestamp(column++, t == DossierBuckets.NONE ? null
                            : new Timestamp(t));
                }
                insert.addBatch();
                ALL.add(f);
                KEYS.add(new StatisticsKey(agency, procedure));
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void everyPeriodKindGivesOneRowPerKeyWithTheRulesCounters() throws Exception {
        for (String key : List.of("2026-02", "2026-Q1", "2026", "2026-02-16", "2025-12-01",
                "2025-12")) {
            StatisticsPeriod period = StatisticsPeriod.parse(key);
            DossierBuckets buckets = new DossierBuckets(period.from(), period.to(),
                    DossierBucketsTest.DAYS);
            Map<StatisticsKey, DossierBuckets.Tally> expected = new HashMap<>();
            for (int i = 0; i < ALL.size(); i++) {
                DossierBuckets.Tally t = expected.computeIfAbsent(KEYS.get(i),
                        k -> new DossierBuckets.Tally());
                buckets.add(ALL.get(i), t);
            }
            List<KeyFigures> rows = query(period, null);
            long counted = 0;
            for (KeyFigures row : rows) {
                assertEquals(expected.get(row.key()).figures(), row.figures(), key + " " + row);
                assertTrue(row.figures().reconciles(), row.figures().balance());
                counted += row.figures().handled();
            }
            long all = expected.values().stream().mapToLong(DossierBuckets.Tally::dossiers)
                    .sum();
            assertTrue(all > 0, key);
            assertEquals(all, counted, key);
            assertEquals(expected.values().stream().filter(t -> t.dossiers() > 0).count(),
                    rows.size(), "one row per key with dossiers");
        }
    }

    @Test
    void aQueryAfterAKeyGivesTheRowsThatFollowIt() throws Exception {
        StatisticsPeriod period = StatisticsPeriod.parse("2026-Q1");
        List<KeyFigures> all = query(period, null);
        assertEquals(24, all.size());
        assertEquals(new StatisticsKey(3, "1.001"), all.get(0).key());
        for (int cut : new int[] {0, 1, 11, 12, 23}) {
            List<KeyFigures> rest = query(period, all.get(cut).key());
            assertEquals(all.subList(cut + 1, all.size()), rest, "after " + cut);
        }
    }

    @Test
    void theDayOfATimestampFollowsTheServersZone() {
        java.time.Instant at = StatisticsPeriod.parse("2026-02").from();
        assertEquals("CAST(d.DUE_AT AS DATE)", StatisticsQuery.day("d.DUE_AT", "H2",
                StatisticsPeriod.ZONE, at));
        assertEquals("CAST((d.DUE_AT + INTERVAL '420' MINUTE) AS DATE)", StatisticsQuery.day(
                "d.DUE_AT", "PostgreSQL", java.time.ZoneOffset.UTC, at));
        assertEquals("TRUNC(d.DUE_AT)", StatisticsQuery.day("d.DUE_AT", "Oracle",
                StatisticsPeriod.ZONE, at));
    }

    @Test
    void theWorkingDaysAreNumberedOncePerCalendar() throws Exception {
        assertFalse(WorkdayTable.ensure(db, DossierBucketsTest.CALENDAR), "already there");
        try (Statement st = db.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT DAY_NO FROM REPORT_WORKDAY"
                        + " WHERE WORK_DATE IN (DATE '2026-02-13', DATE '2026-02-23')"
                        + " ORDER BY WORK_DATE")) {
            rs.next();
            long friday = rs.getLong(1);
            rs.next();
            assertEquals(friday + 1, rs.getLong(1), "Tết between them");
        }
    }

    private static List<KeyFigures> query(StatisticsPeriod period, StatisticsKey after)
            throws Exception {
        StatisticsQuery query = new StatisticsQuery(db.getMetaData().getDatabaseProductName(),
                java.time.ZoneId.systemDefault(), period.from(), after != null);
        return query.run(db, period.from(), period.to(),
                DossierBucketsTest.CALENDAR.revision(), after);
    }
}
