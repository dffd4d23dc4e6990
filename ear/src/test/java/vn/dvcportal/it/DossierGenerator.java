package vn.dvcportal.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.calendar.control.DueDate;
import vn.dvcportal.calendar.control.DueDateRule;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.text.control.TextFolding;

/**
 * Writes realistic dossiers in bulk straight into the database, with JDBC batches: a
 * province's year of applications to the agencies of the imported catalogue, for the
 * statistics benchmark.
 *
 * <ul>
 * <li>Agencies: the catalogue's local authorities (Sở..., Ủy ban nhân dân..., Công an...)
 * with the most procedures, each an organisation unit (created when missing through the given
 * function); their procedures are those they are competent for or implement, with the
 * processing time the catalogue states. A few procedures draw most dossiers (Zipf-like).</li>
 * <li>Arrivals over the year, on working days mostly, online at any hour and a little at
 * weekends and holidays, at the desk and by post in office hours; about 55 % online, 40 % at
 * the desk, 5 % by post.</li>
 * <li>Due dates by the portal's own rule on the working calendar. Most dossiers are settled
 * on time or early, some late (some of those after an extension); some are returned at the
 * desk, withdrawn, refused, or paused for a supplement (most of those completed later, the
 * clock starting again). Whatever happens after the horizon has not happened: those dossiers
 * are open, in progress or paused.</li>
 * </ul>
 * Ids come after the largest there is, and the sequence is moved past them; codes start with
 * "G", which the portal's own codes never do. Events, files and form data are not written:
 * the statistics do not read them.
 */
final class DossierGenerator {

    private static final Logger LOG = Logger.getLogger(DossierGenerator.class.getName());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int BATCH = 1000;
    static final int COMMIT = 20_000;
    /** Catalogue agencies used; a large province has a few dozen departments and districts. */
    static final int AGENCIES = 24;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh",
        "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh",
        "Quốc", "Thu", "Gia"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải",
        "Hạnh", "Hòa", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga",
        "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ",
        "Hùng Vương", "Lý Thường Kiệt", "Hai Bà Trưng", "Phan Đình Phùng", "Điện Biên Phủ"};
    private static final String[] PROCESSORS = {"Trần Văn Minh", "Vũ Đức Anh",
        "Nguyễn Thị Hồng", "Lê Quang Huy", "Phạm Thu Trang"};
    private static final DateTimeFormatter DAY_CODE = DateTimeFormatter.ofPattern("yyMMdd");

    /** A procedure of an agency, with its processing time and how popular it is. */
    record Procedure(String code, String name, BigDecimal timeValue, String timeUnit,
            String folded) {
    }

    /** An agency with its organisation unit and procedures, most popular first. */
    record Agency(long unitId, String code, String name, List<Procedure> procedures,
            double[] cumulative) {
    }

    private final WorkingCalendar calendar;
    private final int year;
    private final Instant horizon;
    private final Random random;
    private final Map<String, DueDate> dueDates = new HashMap<>();

    /**
     * @param year    the year the dossiers arrive in
     * @param horizon the moment the data describes: later events have not happened
     */
    DossierGenerator(WorkingCalendar calendar, int year, Instant horizon, long seed) {
        this.calendar = calendar;
        this.year = year;
        this.horizon = horizon;
        this.random = new Random(seed);
    }

    /**
     * The agencies dossiers go to, from the catalogue: existing units that stand for a
     * catalogue agency are used, others are made with {@code createUnit(code, name)}, which
     * gives the new unit's id.
     */
    static List<Agency> agencies(Connection c, BiFunction<String, String, Long> createUnit)
            throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Procedure>> procedures = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT a.ID, a.NAME, p.CODE, p.NAME,"
                        + " ch.TIME_VALUE, ch.TIME_UNIT FROM AGENCY a"
                        + " JOIN PROC_AGENCY pa ON pa.AGENCY_ID = a.ID"
                        + " AND pa.AGENCY_ROLE IN ('COMPETENT', 'IMPLEMENTING')"
                        + " JOIN CATALOG_PROCEDURE p ON p.ID = pa.PROCEDURE_ID"
                        + " LEFT JOIN PROC_CHANNEL ch ON ch.PROCEDURE_ID = p.ID AND ch.POS = 0"
                        + " ORDER BY a.ID, p.CODE")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                if (!isLocal(name)) {
                    continue;
                }
                names.put(id, name);
                List<Procedure> list = procedures.computeIfAbsent(id, k -> new ArrayList<>());
                String code = rs.getString(3);
                if (list.stream().noneMatch(p -> p.code().equals(code))) {
                    String title = rs.getString(4);
                    list.add(new Procedure(code, title, rs.getBigDecimal(5), rs.getString(6),
                            TextFolding.fold(code + " " + title)));
                }
            }
        }
        List<Long> chosen = names.keySet().stream()
                .filter(id -> procedures.get(id).size() >= 5)
                .sorted((a, b) -> procedures.get(b).size() - procedures.get(a).size())
                .limit(AGENCIES).toList();
        Map<Long, long[]> units = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, CATALOG_AGENCY_ID, CODE FROM ORG_UNIT"
                        + " WHERE PARENT_ID IS NULL AND CATALOG_AGENCY_ID IS NOT NULL")) {
            while (rs.next()) {
                units.putIfAbsent(rs.getLong(2), new long[] {rs.getLong(1)});
            }
        }
        List<Agency> agencies = new ArrayList<>();
        Random shuffle = new Random(7);
        int n = 0;
        for (long id : chosen) {
            n++;
            String name = names.get(id);
            String code;
            long unit;
            if (units.containsKey(id)) {
                unit = units.get(id)[0];
                code = codeOf(c, unit);
            } else {
                code = String.format("GEN%02d", n);
                Long existing = unitByCode(c, code);
                unit = existing != null ? existing
                        : createUnit.apply(code, name.length() > 600 ? name.substring(0, 600)
                                : name);
            }
            List<Procedure> list = new ArrayList<>(procedures.get(id));
            java.util.Collections.shuffle(list, shuffle);
            double[] cumulative = new double[list.size()];
            double total = 0;
            for (int i = 0; i < list.size(); i++) {
                total += 1 / Math.pow(i + 1, 0.9);
                cumulative[i] = total;
            }
            agencies.add(new Agency(unit, code, name, list, cumulative));
        }
        return agencies;
    }

    /** Local authorities of a province, as the catalogue names them. */
    static boolean isLocal(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("sở ") || n.startsWith("ủy ban nhân dân") || n.startsWith("ubnd")
                || n.startsWith("công an tỉnh") || n.startsWith("công an cấp")
                || n.startsWith("ban quản lý") || n.startsWith("chi cục")
                || n.startsWith("văn phòng đăng ký đất đai") || n.startsWith("chủ tịch ủy ban");
    }

    private static String codeOf(Connection c, long unit) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT CODE FROM ORG_UNIT WHERE ID = ?")) {
            q.setLong(1, unit);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Long unitByCode(Connection c, String code) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT ID FROM ORG_UNIT WHERE CODE = ?")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Writes {@code count} dossiers; the connection is committed every so often. */
    long write(Connection c, List<Agency> agencies, int count) throws SQLException {
        long firstId;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM DOSSIER")) {
            rs.next();
            firstId = Math.max(rs.getLong(1), 0) + 1;
        }
        double[] agencyWeights = new double[agencies.size()];
        double total = 0;
        for (int i = 0; i < agencies.size(); i++) {
            total += Math.sqrt(agencies.get(i).procedures().size());
            agencyWeights[i] = total;
        }
        double[] days = dayWeights();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long started = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < count; i++) {
                Agency agency = agencies.get(pick(agencyWeights));
                Procedure procedure = agency.procedures().get(pick(agency.cumulative()));
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(pick(days));
                row(insert, firstId + i, agency, procedure, day);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
                if ((i + 1) % COMMIT == 0) {
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        moveSequence(c, firstId + count);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.log(Level.INFO, "Generated {0} dossiers in {1} ms", new Object[] {count, millis});
        return millis;
    }

    /** The sequence past the ids written, in blocks of 50 as the entity allocates them. */
    private static void moveSequence(Connection c, long next) throws SQLException {
        long value = (next / 50 + 2) * 50;
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement st = c.createStatement()) {
            if (product.contains("postgres")) {
                st.execute("SELECT setval('dossier_seq', " + value + ")");
            } else {
                st.execute("ALTER SEQUENCE DOSSIER_SEQ RESTART WITH " + value);
            }
        }
    }

    /** How likely each day of the year is to receive a dossier. */
    private double[] dayWeights() {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        double[] cumulative = new double[length];
        double total = 0;
        for (int d = 0; d < length; d++) {
            LocalDate day = first.plusDays(d);
            double weight = calendar.isWorkingDay(day) ? 1.0 : 0.07;
            // Busier before Tết and at the start of the school year; quieter in summer.
            int month = day.getMonthValue();
            weight *= month == 1 || month == 8 || month == 12 ? 1.15 : month == 6 || month == 7
                    ? 0.9 : 1.0;
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weight *= 1.2;
            }
            total += weight;
            cumulative[d] = total;
        }
        return cumulative;
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One dossier: arrival, receipt, due date, and what happened to it by the horizon. */
    private void row(PreparedStatement s, long id, Agency agency, Procedure procedure,
            LocalDate day) throws SQLException {
        boolean working = calendar.isWorkingDay(day);
        double c = random.nextDouble();
        String channel = !working || c < 0.55 ? "ONLINE" : c < 0.95 ? "DESK" : "POST";
        Instant arrival = at(day, "ONLINE".equals(channel) && random.nextDouble() < 0.3
                ? LocalTime.of(random.nextInt(24), random.nextInt(60))
                : LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60)));
        Instant submitted = "ONLINE".equals(channel) ? arrival : null;
        Instant received = "ONLINE".equals(channel) ? nextOfficeMoment(arrival) : arrival;

        String step;
        String outcome = null;
        Instant due = due(procedure, received);
        Instant extendedAt = null;
        Instant previousDue = null;
        Instant pausedAt = null;
        Instant finished = null;
        Instant returned = null;
        Instant closed = null;
        Instant updated = received;
        double fate = random.nextDouble();
        if ("ONLINE".equals(channel) && fate < 0.03) {
            // Refused at the desk: never received.
            closed = plusWorkingDays(arrival, 1, 10);
            received = null;
            if (closed.isAfter(horizon)) {
                closed = null;
                step = "SUBMITTED";
                updated = arrival;
            } else {
                due = null;
                step = "NOT_RECEIVED";
                outcome = "NOT_RECEIVED";
                updated = closed;
            }
        } else {
            if (fate < 0.11 && due != null) {
                // A supplement is asked for; most come, the clock starts again.
                pausedAt = plusWorkingDays(received, 1 + random.nextInt(3), 9);
                if (random.nextDouble() < 0.85) {
                    Instant supplied = pausedAt.plusSeconds(86_400L * (2 + random.nextInt(14)));
                    if (!supplied.isAfter(horizon)) {
                        due = due(procedure, supplied);
                        pausedAt = null;
                        updated = supplied;
                    }
                }
            }
            double end = random.nextDouble();
            Instant decided = null;
            String decision;
            if (pausedAt != null) {
                decision = end < 0.3 ? "WITHDRAWN" : "PAUSED";
                decided = "WITHDRAWN".equals(decision)
                        ? pausedAt.plusSeconds(86_400L * (5 + random.nextInt(30))) : null;
            } else if (end < 0.03) {
                decision = "WITHDRAWN";
                decided = plusWorkingDays(updated, 1 + random.nextInt(5), 10);
            } else if (end < 0.07) {
                decision = "REFUSED";
                decided = settle(updated, due, 0.2, 0.7);
            } else {
                decision = "GRANTED";
                if (due != null && random.nextDouble() < 0.03) {
                    // Extended on the eve of the due day, settled by the new one.
                    extendedAt = plusWorkingDays(due, -1, 9);
                    previousDue = due;
                    due = Instant.from(at(calendar.plusWorkingDays(day(due),
                            3 + random.nextInt(5)), LocalTime.of(17, 0)));
                    decided = settle(updated, due, 0.1, 1.0);
                } else {
                    decided = settle(updated, due, 0.3, 0.85);
                }
            }
            if (extendedAt != null && extendedAt.isAfter(horizon)) {
                due = previousDue;
                extendedAt = null;
                previousDue = null;
            }
            if (decided == null || decided.isAfter(horizon)) {
                step = pausedAt != null && !pausedAt.isAfter(horizon) ? "SUPPLEMENT_IN_PROCESS"
                        : received.isAfter(horizon) ? "SUBMITTED" : "PROCESSING";
                if (pausedAt != null && pausedAt.isAfter(horizon)) {
                    pausedAt = null;
                }
                if ("SUBMITTED".equals(step)) {
                    received = null;
                }
            } else {
                updated = decided;
                switch (decision) {
                    case "WITHDRAWN" -> {
                        step = "WITHDRAWN";
                        outcome = "WITHDRAWN";
                        closed = decided;
                    }
                    case "REFUSED" -> {
                        step = "STOPPED";
                        outcome = "REFUSED";
                        finished = decided;
                        closed = decided;
                    }
                    default -> {
                        outcome = "GRANTED";
                        finished = decided;
                        Instant handed = decided.plusSeconds(3600L * random.nextInt(120));
                        if (random.nextDouble() < 0.85 && !handed.isAfter(horizon)) {
                            step = "RETURNED";
                            returned = handed;
                            closed = handed;
                            updated = handed;
                        } else {
                            step = "RESULT_READY";
                        }
                    }
                }
            }
        }

        String applicant = FAMILY[random.nextInt(FAMILY.length)] + " "
                + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        String code = "G" + agency.code() + "-" + DAY_CODE.format(day) + "-" + id;
        int i = 1;
        s.setLong(i++, id);
        s.setString(i++, code);
        s.setString(i++, procedure.code());
        s.setString(i++, procedure.name().length() > 1000 ? procedure.name().substring(0, 1000)
                : procedure.name());
        s.setLong(i++, agency.unitId());
        s.setString(i++, agency.code());
        s.setString(i++, agency.name().length() > 600 ? agency.name().substring(0, 600)
                : agency.name());
        s.setString(i++, "congdan." + (id % 50_000));
        s.setString(i++, applicant);
        s.setString(i++, String.format("0%011d", Math.floorMod(id * 7919L, 100_000_000_000L)));
        s.setString(i++, "09" + String.format("%08d", Math.floorMod(id * 31L, 100_000_000L)));
        s.setString(i++, (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(
                STREETS.length)] + ", phường " + (1 + random.nextInt(20)));
        s.setString(i++, "POST".equals(channel) ? "POST" : random.nextDouble() < 0.6
                ? "ONLINE" : "DESK");
        s.setString(i++, channel);
        s.setString(i++, step);
        s.setString(i++, outcome);
        s.setTimestamp(i++, ts(arrival));
        s.setTimestamp(i++, ts(updated.isAfter(horizon) ? horizon : updated));
        s.setTimestamp(i++, ts(submitted));
        s.setTimestamp(i++, ts(received));
        s.setTimestamp(i++, ts(due));
        s.setBigDecimal(i++, procedure.timeValue());
        s.setString(i++, procedure.timeUnit());
        s.setTimestamp(i++, ts(extendedAt));
        s.setTimestamp(i++, ts(previousDue));
        s.setTimestamp(i++, ts(pausedAt));
        boolean assigned = received != null && !"NOT_RECEIVED".equals(step);
        String processor = PROCESSORS[(int) (id % PROCESSORS.length)];
        s.setString(i++, assigned ? "cv." + agency.code().toLowerCase(Locale.ROOT) + "."
                + (id % PROCESSORS.length) : null);
        s.setString(i++, assigned ? processor : null);
        s.setTimestamp(i++, ts(finished));
        s.setTimestamp(i++, ts(returned));
        s.setTimestamp(i++, ts(closed));
        s.setString(i, TextFolding.fold(code) + " " + TextFolding.fold(applicant) + " "
                + procedure.folded());
    }

    /**
     * When a decision comes: early (before the due day), on the due day, or late, in the
     * shares given; a procedure without a due date takes a week or two.
     */
    private Instant settle(Instant from, Instant due, double early, double onTime) {
        if (due == null) {
            return plusWorkingDays(from, 3 + random.nextInt(8), 8);
        }
        double r = random.nextDouble();
        LocalDate dueDay = day(due);
        if (r < early) {
            long span = Math.max(1, calendar.workingDaysBetween(day(from), dueDay));
            int back = 1 + random.nextInt((int) Math.max(1, Math.min(span, 6)));
            LocalDate when = calendar.plusWorkingDays(dueDay, -back);
            Instant at = at(when, LocalTime.of(8, 0).plusMinutes(random.nextInt(540)));
            return at.isBefore(from) ? from.plusSeconds(3600) : at;
        }
        if (r < onTime) {
            return at(dueDay, LocalTime.of(8, 0).plusMinutes(random.nextInt(535)));
        }
        return at(calendar.plusWorkingDays(dueDay, 1 + random.nextInt(8)),
                LocalTime.of(8, 0).plusMinutes(random.nextInt(540)));
    }

    private Instant due(Procedure p, Instant received) {
        BigDecimal value = p.timeValue();
        if (value == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(received, VIETNAM);
        String key = p.timeUnit() + "|" + value + "|" + local.toLocalDate() + "|"
                + !local.toLocalTime().isBefore(DueDateRule.CUT_OFF);
        DueDate due = dueDates.computeIfAbsent(key, k -> {
            try {
                return DueDateRule.compute(received, value, p.timeUnit() == null ? null
                        : ProcessingTimeUnit.valueOf(p.timeUnit()), calendar);
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
        return due == null ? null : due.due();
    }

    /** Office hours: the moment itself on a working day before 16:00, else the next morning. */
    private Instant nextOfficeMoment(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, VIETNAM);
        if (calendar.isWorkingDay(local.toLocalDate()) && local.getHour() >= 7
                && local.getHour() < 16) {
            return t.plusSeconds(300 + random.nextInt(7200));
        }
        LocalDate next = local.getHour() < 7 && calendar.isWorkingDay(local.toLocalDate())
                ? local.toLocalDate() : calendar.next(local.toLocalDate());
        return at(next, LocalTime.of(7, 30).plusMinutes(random.nextInt(180)));
    }

    private Instant plusWorkingDays(Instant t, int days, int hoursSpread) {
        LocalDate when = calendar.plusWorkingDays(day(t), days);
        return at(when, LocalTime.of(8, 0).plusMinutes(random.nextInt(hoursSpread * 60)));
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, VIETNAM);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(VIETNAM).toInstant();
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static final String INSERT = "INSERT INTO DOSSIER (ID, VERSION, CODE,"
            + " PROCEDURE_CODE, PROCEDURE_NAME, AGENCY_UNIT_ID, AGENCY_CODE, AGENCY_NAME,"
            + " APPLICANT_LOGIN, APPLICANT_NAME, APPLICANT_ID_NO, APPLICANT_PHONE,"
            + " APPLICANT_ADDRESS, DELIVERY, CHANNEL, STEP, OUTCOME, CREATED_AT, UPDATED_AT,"
            + " SUBMITTED_AT, RECEIVED_AT, DUE_AT, TIME_VALUE, TIME_UNIT, EXTENDED_AT,"
            + " PREVIOUS_DUE_AT, PAUSED_AT, PROCESSOR_LOGIN, PROCESSOR_NAME, FINISHED_AT,"
            + " RETURNED_AT, CLOSED_AT, SEARCH_TEXT) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}
