package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvcportal.statistics.entity.PeriodKind;

/**
 * A day, a month, a quarter or a year in Viet Nam's time zone, the unit dossier statistics are
 * made for. Its key is the form job parameters and addresses carry: {@code 2026-02-14},
 * {@code 2026-02}, {@code 2026-Q1} or {@code 2026}.
 *
 * @param kind  its length
 * @param start its first day
 */
public record StatisticsPeriod(PeriodKind kind, LocalDate start) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Periods are days of Viet Nam, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Years of the series of a year: this one and the four before. */
    static final int YEARS_IN_SERIES = 5;

    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH_TEXT = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Pattern QUARTER_KEY = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR_KEY = Pattern.compile("\\d{4}");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public StatisticsPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (!start.equals(startOf(kind, start))) {
            throw new IllegalArgumentException("Kỳ thống kê phải bắt đầu từ ngày đầu kỳ.");
        }
    }

    /** The period of that kind that holds the day. */
    public static StatisticsPeriod containing(PeriodKind kind, LocalDate day) {
        return new StatisticsPeriod(kind, startOf(kind, day));
    }

    private static LocalDate startOf(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /**
     * The period a key names.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the key names none
     */
    public static StatisticsPeriod parse(String key) {
        String text = key == null ? "" : key.strip();
        try {
            if (text.length() == 10) {
                return new StatisticsPeriod(PeriodKind.DAY, LocalDate.parse(text));
            }
            if (text.length() == 7 && text.charAt(4) == '-' && !text.contains("Q")
                    && !text.contains("q")) {
                return new StatisticsPeriod(PeriodKind.MONTH, YearMonth.parse(text).atDay(1));
            }
            Matcher quarter = QUARTER_KEY.matcher(text);
            if (quarter.matches()) {
                int q = Integer.parseInt(quarter.group(2));
                return new StatisticsPeriod(PeriodKind.QUARTER, LocalDate.of(
                        Integer.parseInt(quarter.group(1)), (q - 1) * 3 + 1, 1));
            }
            if (YEAR_KEY.matcher(text).matches()) {
                return new StatisticsPeriod(PeriodKind.YEAR,
                        LocalDate.of(Integer.parseInt(text), 1, 1));
            }
        } catch (DateTimeException e) {
            // Reported below with the same words as any other malformed key.
        }
        throw new IllegalArgumentException("Kỳ thống kê không hợp lệ: cần một ngày (yyyy-MM-dd),"
                + " một tháng (yyyy-MM), một quý (yyyy-Qn) hoặc một năm (yyyy).");
    }

    /** The day after the period. */
    public LocalDate end() {
        return switch (kind) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The first moment of the period. */
    public Instant from() {
        return start.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant to() {
        return end().atStartOfDay(ZONE).toInstant();
    }

    /** True when the period begins after that day, so that nothing can be counted yet. */
    public boolean isAfter(LocalDate today) {
        return start.isAfter(today);
    }

    /** True when the period is over at that moment. */
    public boolean isOver(Instant now) {
        return !now.isBefore(to());
    }

    /** The period of the same kind before this one. */
    public StatisticsPeriod previous() {
        return containing(kind, start.minusDays(1));
    }

    /** The quarter of the year, 1 to 4. */
    public int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The periods a chart of this one's trend shows, in order: the days of its month, the
     * months or quarters of its year, or five years up to this one.
     */
    public List<StatisticsPeriod> series() {
        List<StatisticsPeriod> series = new ArrayList<>();
        LocalDate first = switch (kind) {
            case DAY -> start.withDayOfMonth(1);
            case MONTH, QUARTER -> start.withDayOfYear(1);
            case YEAR -> start.minusYears(YEARS_IN_SERIES - 1L);
        };
        LocalDate last = switch (kind) {
            case DAY -> start.withDayOfMonth(1).plusMonths(1);
            case MONTH, QUARTER -> start.withDayOfYear(1).plusYears(1);
            case YEAR -> end();
        };
        for (StatisticsPeriod p = containing(kind, first); p.start().isBefore(last);
                p = new StatisticsPeriod(kind, p.end())) {
            series.add(p);
        }
        return series;
    }

    /** The key: {@code 2026-02-14}, {@code 2026-02}, {@code 2026-Q1} or {@code 2026}. */
    public String key() {
        return switch (kind) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + quarter();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** "Ngày 14/02/2026", "Tháng 02/2026", "Quý I/2026" or "Năm 2026". */
    public String label() {
        return switch (kind) {
            case DAY -> "Ngày " + DAY_TEXT.format(start);
            case MONTH -> "Tháng " + MONTH_TEXT.format(start);
            case QUARTER -> "Quý " + ROMAN[quarter() - 1] + "/" + start.getYear();
            case YEAR -> "Năm " + start.getYear();
        };
    }

    /** A short label for the axis of a chart: "14", "02/2026", "Quý I" or "2026". */
    public String shortLabel() {
        return switch (kind) {
            case DAY -> String.format("%02d", start.getDayOfMonth());
            case MONTH -> MONTH_TEXT.format(start);
            case QUARTER -> "Quý " + ROMAN[quarter() - 1];
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
