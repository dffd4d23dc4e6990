package vn.dvcportal.statistics.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dvcportal.calendar.control.WorkingCalendar;

/**
 * The working calendar as numbered days in REPORT_WORKDAY, so that the statistics query
 * counts working days by subtracting two numbers: a day's number is how many working days
 * there are from {@link #FIRST} up to it, itself included, exactly as {@link WorkdayIndex}
 * counts them. The table holds one revision of the calendar, the current one; a change of the
 * calendar writes it again.
 */
public final class WorkdayTable {

    /** The days numbered; a dossier dated outside them counts no working days. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2060, 12, 31);

    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    private static final int BATCH = 1000;

    private WorkdayTable() {
    }

    /**
     * Makes the table hold the numbers of this calendar.
     *
     * @return true when they had to be written
     */
    public static boolean ensure(Connection c, WorkingCalendar calendar) throws SQLException {
        String revision = calendar.revision();
        long current;
        long all;
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN"
                + " CALENDAR_REV = ? THEN 1 ELSE 0 END), 0) FROM REPORT_WORKDAY")) {
            q.setString(1, revision);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                all = rs.getLong(1);
                current = rs.getLong(2);
            }
        }
        if (all == DAYS && current == DAYS) {
            return false;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM REPORT_WORKDAY");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO REPORT_WORKDAY"
                + " (CALENDAR_REV, WORK_DATE, DAY_NO) VALUES (?, ?, ?)")) {
            int number = 0;
            int pending = 0;
            for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    number++;
                }
                insert.setString(1, revision);
                insert.setDate(2, Date.valueOf(day));
                insert.setInt(3, number);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        return true;
    }
}
