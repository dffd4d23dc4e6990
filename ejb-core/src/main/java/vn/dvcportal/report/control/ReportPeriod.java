package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.dvcportal.report.entity.PeriodKind;

/**
 * A day or a calendar month in Vietnam's time zone, the unit every report is made for. Its key
 * is {@code yyyy-MM-dd} for a day and {@code yyyy-MM} for a month: the form job parameters and
 * addresses carry.
 *
 * @param kind  day or month
 * @param start the first day; the first of the month for a month
 */
public record ReportPeriod(PeriodKind kind, LocalDate start) implements Serializable {

    /** Report periods are days of Vietnam, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH_TEXT = DateTimeFormatter.ofPattern("MM/yyyy");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (kind == PeriodKind.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("Một tháng phải bắt đầu từ ngày 1.");
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(PeriodKind.DAY, day);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month.atDay(1));
    }

    /**
     * The period a key names: {@code 2025-03-14} or {@code 2025-03}.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the key is neither
     */
    public static ReportPeriod parse(String key) {
        String text = key == null ? "" : key.strip();
        try {
            if (text.length() == 10) {
                return day(LocalDate.parse(text));
            }
            if (text.length() == 7) {
                return month(YearMonth.parse(text));
            }
        } catch (DateTimeException e) {
            // Reported below with the same words as any other malformed key.
        }
        throw new IllegalArgumentException("Kỳ báo cáo không hợp lệ: cần một ngày (yyyy-MM-dd)"
                + " hoặc một tháng (yyyy-MM).");
    }

    /** The day before {@code today}: what the nightly run reports on. */
    public static ReportPeriod previousDay(LocalDate today) {
        return day(today.minusDays(1));
    }

    /** The month before the one of {@code today}: what the monthly run reports on. */
    public static ReportPeriod previousMonth(LocalDate today) {
        return month(YearMonth.from(today).minusMonths(1));
    }

    /** The day after the period. */
    public LocalDate end() {
        return kind == PeriodKind.DAY ? start.plusDays(1) : start.plusMonths(1);
    }

    /** The first instant of the period. */
    public Instant from() {
        return start.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant to() {
        return end().atStartOfDay(ZONE).toInstant();
    }

    /** True when the period has not begun by {@code today}. */
    public boolean isAfter(LocalDate today) {
        return start.isAfter(today);
    }

    public String key() {
        return kind == PeriodKind.DAY ? start.toString() : YearMonth.from(start).toString();
    }

    /** "Ngày 14/03/2025" or "Tháng 03/2025". */
    public String label() {
        return kind == PeriodKind.DAY ? "Ngày " + DAY_TEXT.format(start)
                : "Tháng " + MONTH_TEXT.format(start);
    }

    @Override
    public String toString() {
        return key();
    }
}
