package vn.dvcportal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;

class DayRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 27);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 2, 12);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 2, 14);

    @Test
    void aGoodDayIsTrimmedAndPrecomposed() {
        String decomposed = Normalizer.normalize("  Nghỉ bù Giỗ Tổ Hùng Vương ",
                Normalizer.Form.NFD);
        CalendarDay day = DayRules.check(MONDAY, DayKind.DAY_OFF, decomposed);
        assertEquals("Nghỉ bù Giỗ Tổ Hùng Vương", day.name());
        assertTrue(Normalizer.isNormalized(day.name(), Normalizer.Form.NFC));
        assertEquals(DayKind.DAY_OFF, day.kind());
    }

    @Test
    void everyMissingFieldIsNamed() {
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> DayRules.check(null, null, "  "));
        assertEquals(List.of(DayRules.DAY, DayRules.KIND, DayRules.NAME),
                List.copyOf(e.problems().keySet()));
        assertTrue(e.problem(DayRules.DAY).contains("ngày/tháng/năm"));
    }

    @Test
    void aWeekdayCannotBeAWorkingDay() {
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> DayRules.check(THURSDAY, DayKind.WORKING_DAY, "Làm bù"));
        assertEquals("Ngày 12/02/2026 là thứ Năm, vốn đã là ngày làm việc: chỉ thứ Bảy hoặc"
                + " Chủ nhật mới đánh dấu được là ngày làm bù.", e.problem(DayRules.DAY));
        assertEquals(DayKind.WORKING_DAY,
                DayRules.check(SATURDAY, DayKind.WORKING_DAY, "Làm bù").kind());
    }

    @Test
    void aCompensatoryDayMustBeAWeekday() {
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> DayRules.check(SATURDAY, DayKind.DAY_OFF, "Nghỉ bù"));
        assertTrue(e.problem(DayRules.DAY).startsWith("Ngày 14/02/2026 là thứ Bảy"));
        // A holiday may fall on a weekend: it is what gives the compensatory day.
        assertEquals(DayKind.HOLIDAY,
                DayRules.check(LocalDate.of(2026, 4, 26), DayKind.HOLIDAY, "Giỗ Tổ").kind());
    }

    @Test
    void nameLengthIsCountedInCharacters() {
        assertEquals(100, DayRules.check(MONDAY, DayKind.HOLIDAY, "ệ".repeat(100)).name()
                .length());
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> DayRules.check(MONDAY, DayKind.HOLIDAY, "ệ".repeat(101)));
        assertEquals("Tên của ngày dài quá 100 ký tự.", e.problem(DayRules.NAME));
        assertNull(e.problem(DayRules.DAY));
    }

    @Test
    void controlCharactersAreRefused() {
        ValidationFailure e = assertThrows(ValidationFailure.class,
                () -> DayRules.check(MONDAY, DayKind.HOLIDAY, "Tết\nGIẢ"));
        assertTrue(e.problem(DayRules.NAME).contains("ký tự điều khiển"));
    }

    @Test
    void yearsOutsideTheCalendarAreTypingErrors() {
        assertThrows(ValidationFailure.class,
                () -> DayRules.check(LocalDate.of(202, 4, 27), DayKind.HOLIDAY, "Giỗ Tổ"));
        assertThrows(ValidationFailure.class,
                () -> DayRules.check(LocalDate.of(2101, 1, 3), DayKind.HOLIDAY, "Tết"));
    }

    @Test
    void weekdayNames() {
        assertEquals("thứ Hai", DayRules.weekday(MONDAY.getDayOfWeek()));
        assertEquals("Chủ nhật", DayRules.weekday(LocalDate.of(2026, 2, 15).getDayOfWeek()));
    }
}
