package vn.dvcportal.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.dvcportal.identity.boundary.OrgUnits;
import vn.dvcportal.identity.control.OrgUnitView;
import vn.dvcportal.statistics.control.Figures;

/**
 * Dossiers for the statistics tests, written straight into the database with the moments
 * chosen by hand (Viet Nam's time), around Tết 2026 (off from Saturday 14 to Sunday
 * 22/02/2026). Their ids are negative, so they never meet the ids the portal hands out, and
 * every seed deletes them first. Agencies: a test agency TKA, the demo agency Sở Tư pháp (STP),
 * whose officials read its figures, and TKC, whose many small rows of November 2025 serve the
 * restart test.
 *
 * <p>What each dossier counts as in February 2026 is written beside it; the expected figures
 * in DossierStatisticsIT are the sums of those notes.
 */
@Dependent
public class StatisticsFixture {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TKA = "TKA";
    static final String STP = "STP";
    static final String TKC = "TKC";
    static final String BIRTH = "1.001193";
    static final String MARRIAGE = "1.000894";
    static final String ADOPTION = "2.001255";
    /** A procedure the catalogue does not have: no field, the name its dossiers carry. */
    static final String UNLISTED = "TK.0001";
    static final String UNLISTED_NAME = "Thủ tục thử nghiệm thống kê";
    /** Procedures of TKC, for the restart test. */
    static final int BULK_PROCEDURES = 40;
    static final int BULK_PER_PROCEDURE = 6;

    @Inject
    OrgUnits orgUnits;

    @Inject
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    private long nextId;

    /** The id of an agency, created on first use. */
    long agency(String code, String name) throws Exception {
        for (OrgUnitView u : orgUnits.agencies()) {
            if (u.code().equals(code)) {
                return u.id();
            }
        }
        return admin.call(() -> orgUnits.createAgency(code, name, null)).id();
    }

    /** Deletes the fixture's dossiers and writes them again. */
    void seed() throws Exception {
        long tka = agency(TKA, "Sở Thống kê thử nghiệm");
        long stp = agency(STP, "Sở Tư pháp");
        long tkc = agency(TKC, "Ban Thử nghiệm khởi động lại");
        try (Connection c = database.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM DOSSIER WHERE ID < 0")) {
                delete.executeUpdate();
            }
            nextId = -1;
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Writer w = new Writer(insert, tka, TKA, "Sở Thống kê thử nghiệm");
                // TKA, birth registration: carried over 4, online 9, desk 1, post 1; early 2,
                // on time 1, late 1 (working days 11 + 4 + 4 + 0 = 19), within time 3,
                // overdue 3, paused 2, withdrawn 1, returned 1, refused 1.
                w.procedure(BIRTH, "Thủ tục đăng ký khai sinh");
                // A1 carried over, settled early: 27-30/01, 02-06/02, 09-10/02 = 11 days.
                w.online("RESULT_READY", "GRANTED").submitted("2026-01-26T09:00")
                        .received("2026-01-26T10:00").due("2026-02-12T17:00")
                        .finished("2026-02-10T15:00").add();
                // A2 online, on time on the due day after Tết: 12, 13, 23, 24/02 = 4 days.
                w.online("RETURNED", "GRANTED").submitted("2026-02-11T09:00")
                        .received("2026-02-11T09:30").due("2026-02-24T17:00")
                        .finished("2026-02-24T11:00").closed("2026-02-25T09:00").add();
                // A3 at the desk, late: 13, 23, 24, 25/02 = 4 days.
                w.desk("RESULT_READY", "GRANTED").received("2026-02-12T08:00")
                        .due("2026-02-23T17:00").finished("2026-02-25T09:00").add();
                // A4 online, early, result on a Tết holiday: 0 working days.
                w.online("RESULT_READY", "GRANTED").submitted("2026-02-13T14:00")
                        .received("2026-02-13T14:30").due("2026-02-26T17:00")
                        .finished("2026-02-18T10:00").add();
                // A5 by post, within time.
                w.post("PROCESSING", null).received("2026-02-26T10:00")
                        .due("2026-03-09T17:00").add();
                // A6 carried over, overdue.
                w.online("PROCESSING", null).submitted("2026-01-15T08:00")
                        .received("2026-01-15T09:00").due("2026-02-13T17:00").add();
                // A7 online, paused for a supplement.
                w.online("SUPPLEMENT_IN_PROCESS", null).submitted("2026-02-03T09:00")
                        .received("2026-02-03T10:00").due("2026-02-13T17:00")
                        .paused("2026-02-09T14:00").add();
                // A8 online, withdrawn.
                w.online("WITHDRAWN", "WITHDRAWN").submitted("2026-02-04T09:00")
                        .closed("2026-02-06T10:00").add();
                // A9 online, returned: not received at the desk.
                w.online("NOT_RECEIVED", "NOT_RECEIVED").submitted("2026-02-05T09:00")
                        .closed("2026-02-05T15:00").add();
                // A10 carried over, refused after processing.
                w.online("STOPPED", "REFUSED").submitted("2026-01-20T09:00")
                        .received("2026-01-20T10:00").due("2026-02-10T17:00")
                        .finished("2026-02-09T16:00").closed("2026-02-09T16:00").add();
                // A11 ended in January: not counted.
                w.online("RETURNED", "GRANTED").submitted("2026-01-05T09:00")
                        .received("2026-01-05T10:00").due("2026-01-19T17:00")
                        .finished("2026-01-20T09:00").closed("2026-01-22T09:00").add();
                // A12 submitted in March: not counted.
                w.online("SUBMITTED", null).submitted("2026-03-02T09:00")
                        .due("2026-03-16T17:00").add();
                // A13 a draft: never counted.
                w.online("DRAFT", null).add();
                // A14 submitted during Tết, settled only in March: overdue at the end.
                w.online("RESULT_READY", "GRANTED").submitted("2026-02-16T10:00")
                        .received("2026-02-23T08:00").due("2026-02-27T17:00")
                        .finished("2026-03-03T10:00").add();
                // A15 extended only in March: the due date it had, 27/02, had passed.
                w.online("PROCESSING", null).submitted("2026-02-20T09:00")
                        .received("2026-02-23T09:00").due("2026-03-10T17:00")
                        .extended("2026-03-02T09:00", "2026-02-27T17:00").add();
                // A16 extended in February: within time.
                w.online("PROCESSING", null).submitted("2026-02-24T09:00")
                        .received("2026-02-24T10:00").due("2026-03-12T17:00")
                        .extended("2026-02-26T09:00", "2026-02-27T17:00").add();
                // A17 paused only in March: within time at the end of February.
                w.online("SUPPLEMENT_IN_PROCESS", null).submitted("2026-02-25T09:00")
                        .received("2026-02-25T10:00").due("2026-03-06T17:00")
                        .paused("2026-03-03T09:00").add();
                // A18 carried over, waiting for a supplement since before it was received.
                w.online("SUPPLEMENT_AT_RECEIPT", null).submitted("2026-01-28T09:00")
                        .paused("2026-01-29T10:00").add();

                // TKA, marriage: carried over 1, online 1; on time 1 (3 days), late 1 (4).
                w.procedure(MARRIAGE, "Thủ tục đăng ký kết hôn");
                w.online("RESULT_READY", "GRANTED").submitted("2026-02-02T08:00")
                        .received("2026-02-02T09:00").due("2026-02-05T17:00")
                        .finished("2026-02-05T16:00").add();
                w.online("RESULT_READY", "GRANTED").submitted("2026-01-29T10:00")
                        .received("2026-01-29T10:30").due("2026-02-03T17:00")
                        .finished("2026-02-04T09:00").add();

                // TKA, a procedure outside the catalogue: desk 1, within time 1.
                w.procedure(UNLISTED, UNLISTED_NAME);
                w.desk("PROCESSING", null).received("2026-02-27T15:30")
                        .due("2026-03-04T17:00").add();

                // STP, adoption: carried over 1, online 2; early 1 (24-27/02 = 4 days),
                // returned 1, withdrawn 1 (while paused, so not paused at the end).
                w = new Writer(insert, stp, STP, "Sở Tư pháp");
                w.procedure(ADOPTION, "Đăng ký lại việc nuôi con nuôi trong nước");
                w.online("RESULT_READY", "GRANTED").submitted("2026-02-23T08:00")
                        .received("2026-02-23T08:30").due("2026-03-06T17:00")
                        .finished("2026-02-27T10:00").add();
                w.online("NOT_RECEIVED", "NOT_RECEIVED").submitted("2026-02-10T09:00")
                        .closed("2026-02-11T10:00").add();
                w.online("WITHDRAWN", "WITHDRAWN").submitted("2026-01-30T09:00")
                        .received("2026-01-30T10:00").paused("2026-02-02T09:00")
                        .closed("2026-02-12T10:00").add();

                bulk(new Writer(insert, tkc, TKC, "Ban Thử nghiệm khởi động lại"));
                insert.executeBatch();
            }
        }
    }

    /**
     * TKC: 40 procedures of six dossiers each, arriving in November 2025 and all ended by
     * 20/12/2025, so that they count in November 2025 only.
     */
    private void bulk(Writer w) throws SQLException {
        for (int p = 1; p <= BULK_PROCEDURES; p++) {
            w.procedure(String.format("TKR.%03d", p), "Thủ tục thử nghiệm số " + p);
            int day = 1 + p % 25;
            for (int i = 0; i < BULK_PER_PROCEDURE; i++) {
                String arrival = date(2025, 11, day) + "T0" + (8 + i % 2) + ":00";
                String due = date(2025, 11, Math.min(28, day + 3)) + "T17:00";
                switch ((p + i) % 6) {
                    case 0 -> w.online("RETURNED", "GRANTED").submitted(arrival)
                            .received(arrival).due(due).finished(date(2025, 11,
                                    Math.min(30, day + 2)) + "T10:00")
                            .closed(date(2025, 12, 1) + "T10:00").add();
                    case 1 -> w.desk("RESULT_READY", "GRANTED").received(arrival).due(due)
                            .finished(date(2025, 12, 2) + "T10:00").add();
                    case 2 -> w.post("STOPPED", "REFUSED").received(arrival).due(due)
                            .finished(date(2025, 11, Math.min(30, day + 1)) + "T10:00")
                            .closed(date(2025, 11, Math.min(30, day + 1)) + "T10:00").add();
                    case 3 -> w.online("WITHDRAWN", "WITHDRAWN").submitted(arrival)
                            .paused(date(2025, 11, Math.min(30, day + 1)) + "T10:00")
                            .closed(date(2025, 12, 10) + "T10:00").add();
                    case 4 -> w.online("NOT_RECEIVED", "NOT_RECEIVED").submitted(arrival)
                            .closed(date(2025, 11, Math.min(30, day + 1)) + "T10:00").add();
                    default -> w.online("RETURNED", "GRANTED").submitted(arrival)
                            .received(arrival).due(date(2025, 12, 20) + "T17:00")
                            .finished(date(2025, 12, 15) + "T10:00")
                            .closed(date(2025, 12, 16) + "T10:00").add();
                }
            }
        }
    }

    private static String date(int year, int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    /** The figures a run of the period stored, by "agency code/procedure code". */
    Map<String, Figures> figures(String periodKind, LocalDate start) throws SQLException {
        Map<String, Figures> figures = new LinkedHashMap<>();
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT s.AGENCY_CODE,"
                        + " s.PROCEDURE_CODE, s.CARRIED_OVER, s.RECEIVED_ONLINE,"
                        + " s.RECEIVED_DESK, s.RECEIVED_POST, s.SETTLED_EARLY,"
                        + " s.SETTLED_ON_TIME, s.SETTLED_LATE, s.PENDING_ON_TIME,"
                        + " s.PENDING_OVERDUE, s.PAUSED_SUPPLEMENT, s.PAUSED_PAYMENT,"
                        + " s.WITHDRAWN, s.RETURNED, s.REFUSED, s.SETTLED_DAYS"
                        + " FROM REPORT_DOSSIER_STAT s JOIN REPORT_DOSSIER_RUN r"
                        + " ON s.RUN_ID = r.ID WHERE r.PERIOD_KIND = ? AND r.PERIOD_START = ?"
                        + " ORDER BY s.AGENCY_CODE, s.PROCEDURE_CODE")) {
            q.setString(1, periodKind);
            q.setObject(2, start);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[14];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(3 + i);
                    }
                    figures.put(rs.getString(1) + "/" + rs.getString(2),
                            Figures.of(counts, rs.getLong(17)));
                }
            }
        }
        return figures;
    }

    /** The run of a period: its status, rows and dossiers done, owner and id. */
    record Run(long id, String status, long rowsDone, long dossiersDone, Long instanceId,
            Timestamp asOf) {
    }

    Run run(String periodKind, LocalDate start) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT ID, STATUS, ROWS_DONE,"
                        + " DOSSIERS_DONE, INSTANCE_ID, AS_OF FROM REPORT_DOSSIER_RUN"
                        + " WHERE PERIOD_KIND = ? AND PERIOD_START = ?")) {
            q.setString(1, periodKind);
            q.setObject(2, start);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long instance = rs.getLong(5);
                return new Run(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.wasNull() ? null : instance, rs.getTimestamp(6));
            }
        }
    }

    private static final String INSERT = "INSERT INTO DOSSIER (ID, VERSION, CODE,"
            + " PROCEDURE_CODE, PROCEDURE_NAME, AGENCY_UNIT_ID, AGENCY_CODE, AGENCY_NAME,"
            + " APPLICANT_LOGIN, APPLICANT_NAME, CHANNEL, STEP, OUTCOME, CREATED_AT, UPDATED_AT,"
            + " SUBMITTED_AT, RECEIVED_AT, DUE_AT, EXTENDED_AT, PREVIOUS_DUE_AT, PAUSED_AT,"
            + " FINISHED_AT, CLOSED_AT) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'thu.nghiem',"
            + " 'Người thử nghiệm', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Adds the dossiers of one agency, one procedure after the other, to the batch. */
    private final class Writer {

        private final PreparedStatement insert;
        private final long agencyId;
        private final String agencyCode;
        private final String agencyName;
        private String procedureCode;
        private String procedureName;

        Writer(PreparedStatement insert, long agencyId, String agencyCode, String agencyName) {
            this.insert = insert;
            this.agencyId = agencyId;
            this.agencyCode = agencyCode;
            this.agencyName = agencyName;
        }

        void procedure(String code, String name) {
            procedureCode = code;
            procedureName = name;
        }

        Row online(String step, String outcome) {
            return new Row(this, "ONLINE", step, outcome);
        }

        Row desk(String step, String outcome) {
            return new Row(this, "DESK", step, outcome);
        }

        Row post(String step, String outcome) {
            return new Row(this, "POST", step, outcome);
        }
    }

    /** One dossier being described; {@link #add()} puts it in the batch. */
    private final class Row {

        private final Writer w;
        private final String channel;
        private final String step;
        private final String outcome;
        private Timestamp submitted;
        private Timestamp received;
        private Timestamp due;
        private Timestamp extended;
        private Timestamp previousDue;
        private Timestamp paused;
        private Timestamp finished;
        private Timestamp closed;

        Row(Writer w, String channel, String step, String outcome) {
            this.w = w;
            this.channel = channel;
            this.step = step;
            this.outcome = outcome;
        }

        Row submitted(String t) {
            submitted = at(t);
            return this;
        }

        Row received(String t) {
            received = at(t);
            return this;
        }

        Row due(String t) {
            due = at(t);
            return this;
        }

        Row extended(String t, String previous) {
            extended = at(t);
            previousDue = at(previous);
            return this;
        }

        Row paused(String t) {
            paused = at(t);
            return this;
        }

        Row finished(String t) {
            finished = at(t);
            return this;
        }

        Row closed(String t) {
            closed = at(t);
            return this;
        }

        void add() throws SQLException {
            long id = nextId--;
            PreparedStatement s = w.insert;
            Timestamp created = submitted != null ? submitted : received != null ? received
                    : at("2026-01-02T08:00");
            s.setLong(1, id);
            s.setString(2, "DRAFT".equals(step) ? null : "TK" + (-id));
            s.setString(3, w.procedureCode);
            s.setString(4, w.procedureName);
            s.setLong(5, w.agencyId);
            s.setString(6, w.agencyCode);
            s.setString(7, w.agencyName);
            s.setString(8, channel);
            s.setString(9, step);
            s.setString(10, outcome);
            s.setTimestamp(11, created);
            s.setTimestamp(12, created);
            s.setTimestamp(13, submitted);
            s.setTimestamp(14, received);
            s.setTimestamp(15, due);
            s.setTimestamp(16, extended);
            s.setTimestamp(17, previousDue);
            s.setTimestamp(18, paused);
            s.setTimestamp(19, finished);
            s.setTimestamp(20, closed);
            s.addBatch();
        }
    }

    static Timestamp at(String local) {
        return Timestamp.from(LocalDateTime.parse(local).atZone(VIETNAM).toInstant());
    }
}
