package vn.dvcportal.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counters of a period for every agency and procedure, in one aggregate query that
 * applies the rules of {@link DossierBuckets} to each dossier inside the database: one row
 * per agency and procedure comes back, in the order of those keys, whatever the number of
 * dossiers. Working days are counted on {@link WorkdayTable}.
 *
 * <p>Why in the database: reading the dossiers themselves costs a row each over JDBC, and a
 * cursor, which reading them a chunk at a time needs, keeps PostgreSQL from scanning in
 * parallel. The aggregate runs as fast as the database can scan; what comes back is as large
 * as the number of agencies and procedures.
 *
 * <p>Timestamps are stored as the server's wall-clock time (InstantConverter), so the day of
 * a timestamp in Viet Nam is its stored date, moved by the difference between Viet Nam's
 * offset and the server's when the server runs in another zone.
 */
public final class StatisticsQuery {

    private static final String ARRIVAL = "COALESCE(d.SUBMITTED_AT, d.RECEIVED_AT)";
    private static final String END = "COALESCE(d.FINISHED_AT, d.CLOSED_AT)";
    private static final String HOW = "COALESCE(d.OUTCOME, CASE d.STEP"
            + " WHEN 'STOPPED' THEN 'REFUSED' WHEN 'WITHDRAWN' THEN 'WITHDRAWN'"
            + " WHEN 'NOT_RECEIVED' THEN 'NOT_RECEIVED' ELSE 'GRANTED' END)";
    private static final String ENDED = END + " < :T";
    private static final String SETTLED = ENDED + " AND " + HOW
            + " NOT IN ('REFUSED', 'WITHDRAWN', 'NOT_RECEIVED')";
    // A comparison with an empty column is unknown; COALESCE makes it false, as the rules do.
    private static final String LATE = "COALESCE(d.FINISHED_AT > d.DUE_AT, FALSE)";
    private static final String EARLY = "COALESCE(d.FINISHED_AT <= d.DUE_AT"
            + " AND dd.DAY_NO - fd.DAY_NO >= 1, FALSE)";
    private static final String OPEN = "(" + END + " IS NULL OR " + END + " >= :T)";
    private static final String PAUSED = "COALESCE(d.PAUSED_AT < :T, FALSE)";
    private static final String OVERDUE = "COALESCE(CASE WHEN d.EXTENDED_AT >= :T"
            + " AND d.PREVIOUS_DUE_AT IS NOT NULL THEN d.PREVIOUS_DUE_AT ELSE d.DUE_AT END"
            + " < :T, FALSE)";
    private static final Pattern PARAMETER = Pattern.compile(":(S|T|REV|AGENCY|PROCEDURE)");

    private final String sql;
    private final List<String> parameters = new ArrayList<>();

    /**
     * @param product     the database's product name, for its way of taking a day of a
     *                    timestamp
     * @param serverZone  the zone the server stores timestamps in
     * @param after       whether the query starts after a key (a restart)
     */
    public StatisticsQuery(String product, ZoneId serverZone, Instant at, boolean after) {
        String template = "SELECT d.AGENCY_UNIT_ID, d.PROCEDURE_CODE,"
                + count(ARRIVAL + " < :S") + ","
                + count(ARRIVAL + " >= :S AND d.CHANNEL NOT IN ('DESK', 'POST')") + ","
                + count(ARRIVAL + " >= :S AND d.CHANNEL = 'DESK'") + ","
                + count(ARRIVAL + " >= :S AND d.CHANNEL = 'POST'") + ","
                + count(SETTLED + " AND NOT " + LATE + " AND " + EARLY) + ","
                + count(SETTLED + " AND NOT " + LATE + " AND NOT " + EARLY) + ","
                + count(SETTLED + " AND " + LATE) + ","
                + count(OPEN + " AND NOT " + PAUSED + " AND NOT " + OVERDUE) + ","
                + count(OPEN + " AND NOT " + PAUSED + " AND " + OVERDUE) + ","
                + count(OPEN + " AND " + PAUSED) + ","
                + " 0,"
                + count(ENDED + " AND " + HOW + " = 'WITHDRAWN'") + ","
                + count(ENDED + " AND " + HOW + " = 'NOT_RECEIVED'") + ","
                + count(ENDED + " AND " + HOW + " = 'REFUSED'") + ","
                + " SUM(CASE WHEN " + SETTLED + " AND fd.DAY_NO - sd.DAY_NO > 0"
                + " THEN fd.DAY_NO - sd.DAY_NO ELSE 0 END)"
                + " FROM DOSSIER d"
                + " LEFT JOIN REPORT_WORKDAY fd ON fd.CALENDAR_REV = :REV"
                + " AND fd.WORK_DATE = " + day("d.FINISHED_AT", product, serverZone, at)
                + " LEFT JOIN REPORT_WORKDAY dd ON dd.CALENDAR_REV = :REV"
                + " AND dd.WORK_DATE = " + day("d.DUE_AT", product, serverZone, at)
                + " LEFT JOIN REPORT_WORKDAY sd ON sd.CALENDAR_REV = :REV"
                + " AND sd.WORK_DATE = " + day("COALESCE(d.RECEIVED_AT, d.SUBMITTED_AT)",
                        product, serverZone, at)
                + " WHERE " + ARRIVAL + " < :T AND (" + END + " IS NULL OR " + END + " >= :S)"
                + (after ? " AND (d.AGENCY_UNIT_ID > :AGENCY OR (d.AGENCY_UNIT_ID = :AGENCY"
                        + " AND d.PROCEDURE_CODE > :PROCEDURE))" : "")
                + " GROUP BY d.AGENCY_UNIT_ID, d.PROCEDURE_CODE"
                + " ORDER BY d.AGENCY_UNIT_ID, d.PROCEDURE_CODE";
        Matcher m = PARAMETER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            parameters.add(m.group(1));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        this.sql = text.toString();
    }

    private static String count(String condition) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** The day in Viet Nam of a stored timestamp, as the database's own date. */
    static String day(String column, String product, ZoneId serverZone, Instant at) {
        int shift = StatisticsPeriod.ZONE.getRules().getOffset(at).getTotalSeconds()
                - serverZone.getRules().getOffset(at).getTotalSeconds();
        String moment = shift == 0 ? column
                : "(" + column + " + INTERVAL '" + shift / 60 + "' MINUTE)";
        return product.toLowerCase(Locale.ROOT).contains("oracle") ? "TRUNC(" + moment + ")"
                : "CAST(" + moment + " AS DATE)";
    }

    public String sql() {
        return sql;
    }

    /**
     * Runs the query: the counters of every agency and procedure that has dossiers in the
     * period, in the order of their keys.
     *
     * @param from     the first moment of the period
     * @param to       the moment the figures describe
     * @param revision the calendar revision in {@link WorkdayTable}
     * @param after    the last key already done, or {@code null}
     */
    public List<KeyFigures> run(Connection c, Instant from, Instant to, String revision,
            StatisticsKey after) throws SQLException {
        List<KeyFigures> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                switch (parameters.get(i)) {
                    case "S" -> q.setTimestamp(i + 1, Timestamp.from(from));
                    case "T" -> q.setTimestamp(i + 1, Timestamp.from(to));
                    case "REV" -> q.setString(i + 1, revision);
                    case "AGENCY" -> q.setLong(i + 1, after.agencyUnitId());
                    default -> q.setString(i + 1, after.procedureCode());
                }
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[Bucket.values().length];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(3 + i);
                    }
                    rows.add(new KeyFigures(new StatisticsKey(rs.getLong(1), rs.getString(2)),
                            Figures.of(counts, rs.getLong(3 + counts.length))));
                }
            }
        }
        return rows;
    }
}
