package vn.dvcportal.calendar.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

/**
 * The due date of a dossier from the time it was received and the processing time the
 * catalogue states for its procedure, counted on the working calendar in Viet Nam time.
 *
 * <ul>
 * <li>Counting starts on the receipt day when the dossier came on a working day before 15:00,
 * otherwise on the next working day.</li>
 * <li>N working days end N working days after the start, the start itself not counted; 0 means
 * the start day.</li>
 * <li>Hours become working days of eight hours, rounded up.</li>
 * <li>Days, weeks, months and years are calendar periods from the start; when one ends on a day
 * off, the result is due on the next working day.</li>
 * <li>A processing time without a unit counts in working days, the usual unit of the
 * catalogue.</li>
 * <li>The result is due at 17:00 of the due day.</li>
 * </ul>
 */
public final class DueDateRule {

    /** Dossiers received at or after this time count from the next working day. */
    public static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    /** The time of day a result is due. */
    public static final LocalTime DUE_TIME = LocalTime.of(17, 0);

    /** Working hours in a working day, to turn hours into days. */
    public static final int HOURS_PER_DAY = 8;

    /**
     * The largest processing time accepted, in working days or their equivalent; longer ones
     * are typing errors in the catalogue rather than real periods.
     */
    public static final int MAX_WORKING_DAYS = 3650;

    private static final int MAX_YEARS = 20;
    private static final int DAYS_PER_MONTH = 30;
    private static final int MONTHS_PER_YEAR = 12;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DueDateRule() {
    }

    /**
     * The due date of a dossier.
     *
     * @param received when the dossier was received
     * @param amount   the processing time, zero or more
     * @param unit     its unit; {@code null} counts in working days
     * @param calendar the working calendar
     * @throws IllegalArgumentException for a negative or unreasonably long processing time
     */
    public static DueDate compute(Instant received, BigDecimal amount, ProcessingTimeUnit unit,
            WorkingCalendar calendar) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(calendar, "calendar");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A processing time cannot be negative: " + amount);
        }
        ZonedDateTime at = received.atZone(WorkingCalendar.ZONE);
        LocalDate receiptDay = at.toLocalDate();
        LocalDate start = effectiveStart(received, calendar);

        Set<LocalDate> skipped = new TreeSet<>(daysOff(calendar, receiptDay.minusDays(1), start));
        LocalDate dueDay;
        LocalDate periodEnd = null;
        ProcessingTimeUnit counted = unit == null ? ProcessingTimeUnit.WORKING_DAY : unit;
        switch (counted) {
            case WORKING_DAY, HOUR -> {
                dueDay = calendar.plusWorkingDays(start, workingDaysOf(amount, counted));
                skipped.addAll(daysOff(calendar, start, dueDay));
            }
            default -> {
                periodEnd = periodEnd(start, amount, counted);
                dueDay = calendar.onOrAfter(periodEnd);
                skipped.addAll(daysOff(calendar, periodEnd.minusDays(1), dueDay));
            }
        }
        int workingDays = (int) calendar.workingDaysBetween(start, dueDay);
        Instant due = dueDay.atTime(DUE_TIME).atZone(WorkingCalendar.ZONE).toInstant();
        List<LocalDate> skippedDays = List.copyOf(skipped);
        String basis = basis(at, start, amount, unit, counted, periodEnd, dueDay, skippedDays,
                calendar);
        return new DueDate(due, start, workingDays, skippedDays, basis);
    }

    /**
     * The day counting starts: the receipt day when it is a working day and the dossier came
     * before 15:00, else the next working day.
     */
    public static LocalDate effectiveStart(Instant received, WorkingCalendar calendar) {
        ZonedDateTime at = received.atZone(WorkingCalendar.ZONE);
        LocalDate day = at.toLocalDate();
        if (calendar.isWorkingDay(day) && at.toLocalTime().isBefore(CUT_OFF)) {
            return day;
        }
        return calendar.next(day);
    }

    /**
     * The last day on which a delay may still be announced: the working day before the due
     * day, so the applicant learns of it before the result was expected.
     */
    public static LocalDate latestDelayAnnouncement(Instant due, WorkingCalendar calendar) {
        Objects.requireNonNull(due, "due");
        return calendar.previous(due.atZone(WorkingCalendar.ZONE).toLocalDate());
    }

    /** Working days for an amount in working days or hours, rounded up. */
    static int workingDaysOf(BigDecimal amount, ProcessingTimeUnit unit) {
        BigDecimal days = unit == ProcessingTimeUnit.HOUR
                ? amount.divide(BigDecimal.valueOf(HOURS_PER_DAY), 0, RoundingMode.CEILING)
                : amount.setScale(0, RoundingMode.CEILING);
        if (days.compareTo(BigDecimal.valueOf(MAX_WORKING_DAYS)) > 0) {
            throw new IllegalArgumentException("Processing time too long: " + amount + " "
                    + unit);
        }
        return days.intValueExact();
    }

    /**
     * The end of a calendar period from the start. A fraction of a month counts as days of a
     * thirty-day month, a fraction of a year as months, each rounded up.
     */
    static LocalDate periodEnd(LocalDate start, BigDecimal amount, ProcessingTimeUnit unit) {
        BigDecimal whole = amount.setScale(0, RoundingMode.FLOOR);
        BigDecimal fraction = amount.subtract(whole);
        if (whole.compareTo(BigDecimal.valueOf(MAX_YEARS * 366L)) > 0) {
            throw new IllegalArgumentException("Processing time too long: " + amount + " "
                    + unit);
        }
        long units = whole.longValueExact();
        LocalDate end = switch (unit) {
            case DAY -> start.plusDays(amount.setScale(0, RoundingMode.CEILING).longValueExact());
            case WEEK -> start.plusDays(amount.multiply(BigDecimal.valueOf(7))
                    .setScale(0, RoundingMode.CEILING).longValueExact());
            case MONTH -> start.plusMonths(units).plusDays(fraction
                    .multiply(BigDecimal.valueOf(DAYS_PER_MONTH))
                    .setScale(0, RoundingMode.CEILING).longValueExact());
            case YEAR -> start.plusYears(units).plusMonths(fraction
                    .multiply(BigDecimal.valueOf(MONTHS_PER_YEAR))
                    .setScale(0, RoundingMode.CEILING).longValueExact());
            default -> throw new IllegalArgumentException("Not a calendar unit: " + unit);
        };
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new IllegalArgumentException("Processing time too long: " + amount + " "
                    + unit);
        }
        return end;
    }

    /** The days off after {@code from} and before {@code to}, in order. */
    private static List<LocalDate> daysOff(WorkingCalendar calendar, LocalDate from,
            LocalDate to) {
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    private static String basis(ZonedDateTime at, LocalDate start, BigDecimal amount,
            ProcessingTimeUnit unit, ProcessingTimeUnit counted, LocalDate periodEnd,
            LocalDate dueDay, List<LocalDate> skipped, WorkingCalendar calendar) {
        StringBuilder text = new StringBuilder();
        String number = number(amount);
        switch (counted) {
            case HOUR -> text.append(number).append(" giờ, tính thành ")
                    .append(workingDaysOf(amount, counted))
                    .append(" ngày làm việc (8 giờ mỗi ngày)");
            case WORKING_DAY -> text.append(number).append(" ngày làm việc")
                    .append(unit == null ? " (thủ tục không ghi đơn vị thời gian)" : "")
                    .append(amount.signum() == 0 ? " (giải quyết trong ngày)" : "");
            case DAY -> text.append(number).append(" ngày");
            case WEEK -> text.append(number).append(" tuần");
            case MONTH -> text.append(number).append(" tháng");
            case YEAR -> text.append(number).append(" năm");
            default -> throw new IllegalArgumentException("Unknown unit " + counted);
        }
        text.append(" kể từ ").append(DATE.format(start));
        LocalDate receiptDay = at.toLocalDate();
        if (!calendar.isWorkingDay(receiptDay)) {
            text.append(" (nhận ngày ").append(DATE.format(receiptDay)).append(", ngày nghỉ)");
        } else if (!start.equals(receiptDay)) {
            text.append(" (nhận lúc ").append(TIME.format(at)).append(" ngày ")
                    .append(DATE.format(receiptDay)).append(", sau 15:00)");
        }
        if (periodEnd != null && !periodEnd.equals(dueDay)) {
            text.append("; ").append(DATE.format(periodEnd))
                    .append(" là ngày nghỉ nên dời sang ngày làm việc tiếp theo");
        }
        if (!skipped.isEmpty()) {
            text.append("; bỏ qua ").append(skipped.size()).append(" ngày nghỉ: ")
                    .append(ranges(skipped, calendar));
        }
        text.append("; hạn trả kết quả ").append(TIME.format(DUE_TIME)).append(" ngày ")
                .append(DATE.format(dueDay)).append('.');
        return text.toString();
    }

    /** "1,5" for one and a half: Vietnamese writes a decimal comma. */
    private static String number(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }

    /**
     * Runs of consecutive days as "14/02/2026–22/02/2026 (Tết Nguyên đán)", each named by the
     * holidays in it, or as a weekend when it holds none.
     */
    static String ranges(List<LocalDate> days, WorkingCalendar calendar) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            LocalDate first = days.get(i);
            LocalDate last = days.get(j);
            Set<String> names = new LinkedHashSet<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                calendar.entry(d).filter(e -> e.kind() != DayKind.WORKING_DAY)
                        .map(CalendarDay::name).filter(n -> !n.isBlank()).ifPresent(names::add);
            }
            StringBuilder part = new StringBuilder(DATE.format(first));
            if (!last.equals(first)) {
                part.append('–').append(DATE.format(last));
            }
            part.append(" (").append(names.isEmpty() ? "nghỉ cuối tuần" : String.join(", ", names))
                    .append(')');
            parts.add(part.toString());
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
