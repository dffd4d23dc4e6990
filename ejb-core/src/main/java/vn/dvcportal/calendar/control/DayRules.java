package vn.dvcportal.calendar.control;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.calendar.entity.WorkCalendarDay;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The checks on a day an administrator declares, with the messages the page shows beside each
 * field. A declaration that could not change any due date is refused rather than stored, so
 * the table only ever holds days that matter.
 */
public final class DayRules {

    public static final String DAY = "day";
    public static final String KIND = "kind";
    public static final String NAME = "name";

    /** Years the calendar may hold; a date outside them is a typing error. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DayRules() {
    }

    /**
     * The day as it will be stored, its name trimmed and in NFC.
     *
     * @throws ValidationFailure on {@code day}, {@code kind} or {@code name}
     */
    public static CalendarDay check(LocalDate day, DayKind kind, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (day == null) {
            problems.put(DAY, "Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 27/04/2026.");
        } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            problems.put(DAY, "Ngày phải thuộc các năm từ " + FIRST_YEAR + " đến " + LAST_YEAR
                    + ".");
        } else if (kind == DayKind.WORKING_DAY && !WorkingCalendar.isWeekend(day)) {
            problems.put(DAY, "Ngày " + DATE.format(day) + " là " + weekday(day.getDayOfWeek())
                    + ", vốn đã là ngày làm việc: chỉ thứ Bảy hoặc Chủ nhật mới đánh dấu được"
                    + " là ngày làm bù.");
        } else if (kind == DayKind.DAY_OFF && WorkingCalendar.isWeekend(day)) {
            problems.put(DAY, "Ngày " + DATE.format(day) + " là " + weekday(day.getDayOfWeek())
                    + ", vốn đã là ngày nghỉ: ngày nghỉ bù phải là một ngày từ thứ Hai đến thứ"
                    + " Sáu.");
        }
        if (kind == null) {
            problems.put(KIND, "Vui lòng chọn loại ngày: ngày lễ, Tết; ngày nghỉ bù; hoặc ngày"
                    + " làm bù.");
        }
        String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip();
        if (cleaned.isEmpty()) {
            problems.put(NAME, "Vui lòng nhập tên của ngày, ví dụ “Tết Nguyên đán” hoặc “Nghỉ"
                    + " bù Giỗ Tổ Hùng Vương”.");
        } else if (cleaned.codePointCount(0, cleaned.length()) > WorkCalendarDay.NAME_LENGTH) {
            problems.put(NAME, "Tên của ngày dài quá " + WorkCalendarDay.NAME_LENGTH
                    + " ký tự.");
        } else if (cleaned.codePoints().anyMatch(Character::isISOControl)) {
            problems.put(NAME, "Tên của ngày có ký tự điều khiển không hợp lệ.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return new CalendarDay(day, kind, cleaned);
    }

    /** "thứ Hai" … "Chủ nhật", as a sentence uses it. */
    public static String weekday(DayOfWeek weekday) {
        return switch (weekday) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** "27/04/2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
