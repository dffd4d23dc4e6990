package vn.dvcportal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.entity.DayKind;

class CalendarSeedTest {

    private static List<CalendarDay> read(String text) throws IOException {
        return CalendarSeed.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCalendarCoversThreeYears() {
        List<CalendarDay> days = CalendarSeed.shipped();
        assertEquals(38, days.size());
        for (int year = 2025; year <= 2027; year++) {
            int y = year;
            assertTrue(days.stream().anyMatch(d -> d.day().equals(LocalDate.of(y, 1, 1))
                    && d.kind() == DayKind.HOLIDAY), "1/1/" + year);
            assertTrue(days.stream().anyMatch(d -> d.day().getYear() == y
                    && d.day().getMonthValue() == 9 && d.day().getDayOfMonth() == 2),
                    "2/9/" + year);
        }
        assertEquals(5, days.stream().filter(d -> d.day().getYear() == 2026
                && d.name().equals("Tết Nguyên đán")).count());
        assertTrue(days.contains(new CalendarDay(LocalDate.of(2025, 4, 26),
                DayKind.WORKING_DAY, "Làm bù cho ngày 02/05/2025")));
        assertTrue(days.contains(new CalendarDay(LocalDate.of(2026, 4, 27),
                DayKind.DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương")));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndNamesMayHoldCommas() throws IOException {
        List<CalendarDay> days = read("# lịch\n\n2026-09-02,holiday,Quốc khánh, ngày 2/9\n");
        assertEquals(List.of(new CalendarDay(LocalDate.of(2026, 9, 2), DayKind.HOLIDAY,
                "Quốc khánh, ngày 2/9")), days);
    }

    @Test
    void aBadLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("# lịch\n2026-09-02,HOLIDAY,Quốc khánh\n2026-02-30,HOLIDAY,Sai\n"));
        assertTrue(e.getMessage().startsWith("Line 3:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("2026-09-02,FEAST,Lễ\n"));
        assertThrows(IllegalArgumentException.class, () -> read("2026-09-02,HOLIDAY\n"));
        IllegalArgumentException weekday = assertThrows(IllegalArgumentException.class,
                () -> read("2026-09-02,WORKING_DAY,Làm bù\n"));
        assertTrue(weekday.getMessage().contains("thứ Tư"), weekday.getMessage());
    }

    @Test
    void aDayListedTwiceIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("2026-09-02,HOLIDAY,A\n2026-09-02,HOLIDAY,B\n"));
        assertTrue(e.getMessage().contains("twice"));
        assertFalse(e.getMessage().isBlank());
    }
}
