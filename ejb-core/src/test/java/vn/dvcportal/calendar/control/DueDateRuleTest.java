package vn.dvcportal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

class DueDateRuleTest {

    private static final WorkingCalendar CAL = WorkingCalendarTest.SHIPPED;

    /** A moment in Viet Nam. */
    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.ZONE)
                .toInstant();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static DueDate workingDays(Instant received, int n) {
        return DueDateRule.compute(received, BigDecimal.valueOf(n),
                ProcessingTimeUnit.WORKING_DAY, CAL);
    }

    @Test
    void tenWorkingDaysAcrossTet2026() {
        DueDate due = workingDays(at(2026, 2, 9, 10, 0), 10);

        assertEquals(d(2026, 2, 9), due.start());
        assertEquals(d(2026, 3, 2), due.dueDay());
        assertEquals(at(2026, 3, 2, 17, 0), due.due());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), due.due());
        assertEquals(10, due.workingDays());
        assertEquals(11, due.skipped().size());
        assertEquals(d(2026, 2, 14), due.skipped().get(0));
        assertEquals(d(2026, 3, 1), due.skipped().get(10));
        assertEquals("10 ngày làm việc kể từ 09/02/2026; bỏ qua 11 ngày nghỉ:"
                + " 14/02/2026–22/02/2026 (Tết Nguyên đán), 28/02/2026–01/03/2026 (nghỉ cuối"
                + " tuần); hạn trả kết quả 17:00 ngày 02/03/2026.", due.basis());
    }

    @Test
    void weekendsAreSkipped() {
        DueDate due = workingDays(at(2026, 3, 13, 9, 0), 1); // Friday
        assertEquals(d(2026, 3, 16), due.dueDay());
        assertEquals(List.of(d(2026, 3, 14), d(2026, 3, 15)), due.skipped());
        assertTrue(due.basis().contains("14/03/2026–15/03/2026 (nghỉ cuối tuần)"),
                due.basis());
    }

    @Test
    void aHolidayOnSundayGivesACompensatoryMonday() {
        // Giỗ Tổ Hùng Vương 2026 is a Sunday; Monday 27/04 is off in its place.
        DueDate due = workingDays(at(2026, 4, 24, 9, 0), 1);
        assertEquals(d(2026, 4, 28), due.dueDay());
        assertEquals(List.of(d(2026, 4, 25), d(2026, 4, 26), d(2026, 4, 27)), due.skipped());
        assertTrue(due.basis().contains("25/04/2026–27/04/2026 (Giỗ Tổ Hùng Vương, Nghỉ bù Giỗ"
                + " Tổ Hùng Vương)"), due.basis());
    }

    @Test
    void aSaturdayWorkedCountsAndTheSwappedFridayDoesNot() {
        Instant friday = at(2025, 4, 25, 9, 0);
        assertEquals(d(2025, 4, 26), workingDays(friday, 1).dueDay());
        assertEquals(d(2025, 4, 29), workingDays(friday, 3).dueDay());
        DueDate four = workingDays(friday, 4);
        // 30/4 and 1/5 holidays, 2/5 swapped, then the weekend.
        assertEquals(d(2025, 5, 5), four.dueDay());
        assertEquals(List.of(d(2025, 4, 27), d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2),
                d(2025, 5, 3), d(2025, 5, 4)), four.skipped());
        assertTrue(four.basis().contains("30/04/2025–04/05/2025 (Ngày Chiến thắng, Ngày Quốc tế"
                + " Lao động, Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025))"), four.basis());
    }

    @Test
    void fifteenHundredIsTheCutOff() {
        DueDate before = workingDays(at(2026, 3, 10, 14, 59), 2); // Tuesday
        DueDate after = workingDays(at(2026, 3, 10, 15, 0), 2);

        assertEquals(d(2026, 3, 10), before.start());
        assertEquals(d(2026, 3, 12), before.dueDay());
        assertEquals(d(2026, 3, 11), after.start());
        assertEquals(d(2026, 3, 13), after.dueDay());
        assertEquals("2 ngày làm việc kể từ 11/03/2026 (nhận lúc 15:00 ngày 10/03/2026, sau"
                + " 15:00); hạn trả kết quả 17:00 ngày 13/03/2026.", after.basis());
        assertTrue(after.skipped().isEmpty());
    }

    @Test
    void theCutOffIsInVietNamTime() {
        // 07:59 UTC is 14:59 in Ha Noi.
        assertEquals(d(2026, 3, 10), DueDateRule.effectiveStart(
                Instant.parse("2026-03-10T07:59:59Z"), CAL));
        assertEquals(d(2026, 3, 11), DueDateRule.effectiveStart(
                Instant.parse("2026-03-10T08:00:00Z"), CAL));
        // 18:00 UTC on Monday is already Tuesday 01:00 in Ha Noi.
        assertEquals(d(2026, 3, 10), DueDateRule.effectiveStart(
                Instant.parse("2026-03-09T18:00:00Z"), CAL));
    }

    @Test
    void receivedOnSundayCountsFromMonday() {
        DueDate due = workingDays(at(2026, 3, 8, 10, 0), 1);
        assertEquals(d(2026, 3, 9), due.start());
        assertEquals(d(2026, 3, 10), due.dueDay());
        assertEquals(List.of(d(2026, 3, 8)), due.skipped());
        assertEquals("1 ngày làm việc kể từ 09/03/2026 (nhận ngày 08/03/2026, ngày nghỉ); bỏ"
                + " qua 1 ngày nghỉ: 08/03/2026 (nghỉ cuối tuần); hạn trả kết quả 17:00 ngày"
                + " 10/03/2026.", due.basis());
    }

    @Test
    void receivedDuringTetCountsFromTheFirstDayBack() {
        DueDate due = workingDays(at(2026, 2, 17, 8, 0), 3);
        assertEquals(d(2026, 2, 23), due.start());
        assertEquals(d(2026, 2, 26), due.dueDay());
        assertEquals(6, due.skipped().size()); // 17/02 to 22/02
        assertTrue(due.basis().startsWith("3 ngày làm việc kể từ 23/02/2026 (nhận ngày"
                + " 17/02/2026, ngày nghỉ); bỏ qua 6 ngày nghỉ: 17/02/2026–22/02/2026 (Tết"
                + " Nguyên đán)"), due.basis());
    }

    @Test
    void zeroWorkingDaysIsDueTheSameDay() {
        DueDate due = workingDays(at(2026, 3, 10, 9, 30), 0);
        assertEquals(d(2026, 3, 10), due.dueDay());
        assertEquals(at(2026, 3, 10, 17, 0), due.due());
        assertEquals(0, due.workingDays());
        assertEquals("0 ngày làm việc (giải quyết trong ngày) kể từ 10/03/2026; hạn trả kết quả"
                + " 17:00 ngày 10/03/2026.", due.basis());

        DueDate late = workingDays(at(2026, 3, 13, 16, 0), 0); // Friday afternoon
        assertEquals(d(2026, 3, 16), late.dueDay());
    }

    @Test
    void hoursBecomeWorkingDaysOfEightHours() {
        Instant tuesday = at(2026, 3, 10, 9, 0);
        assertEquals(d(2026, 3, 11), hours(tuesday, "4").dueDay());
        assertEquals(d(2026, 3, 11), hours(tuesday, "8").dueDay());
        assertEquals(d(2026, 3, 12), hours(tuesday, "9").dueDay());
        assertEquals(d(2026, 3, 13), hours(tuesday, "24").dueDay());
        assertEquals(d(2026, 3, 10), hours(tuesday, "0").dueDay());
        DueDate twelve = hours(tuesday, "12");
        assertEquals(2, twelve.workingDays());
        assertTrue(twelve.basis().startsWith("12 giờ, tính thành 2 ngày làm việc (8 giờ mỗi"
                + " ngày) kể từ 10/03/2026"), twelve.basis());
    }

    private static DueDate hours(Instant received, String h) {
        return DueDateRule.compute(received, new BigDecimal(h), ProcessingTimeUnit.HOUR, CAL);
    }

    @Test
    void monthsAreCalendarMonthsMovedToAWorkingDay() {
        DueDate plain = DueDateRule.compute(at(2026, 1, 26, 10, 0), BigDecimal.ONE,
                ProcessingTimeUnit.MONTH, CAL);
        assertEquals(d(2026, 2, 26), plain.dueDay());
        assertTrue(plain.skipped().isEmpty());

        // One month from 30/03/2026 ends on 30/04, a holiday, then 1/5 and the weekend.
        DueDate moved = DueDateRule.compute(at(2026, 3, 30, 10, 0), BigDecimal.ONE,
                ProcessingTimeUnit.MONTH, CAL);
        assertEquals(d(2026, 5, 4), moved.dueDay());
        assertEquals(List.of(d(2026, 4, 30), d(2026, 5, 1), d(2026, 5, 2), d(2026, 5, 3)),
                moved.skipped());
        assertEquals("1 tháng kể từ 30/03/2026; 30/04/2026 là ngày nghỉ nên dời sang ngày làm"
                + " việc tiếp theo; bỏ qua 4 ngày nghỉ: 30/04/2026–03/05/2026 (Ngày Chiến"
                + " thắng, Ngày Quốc tế Lao động); hạn trả kết quả 17:00 ngày 04/05/2026.",
                moved.basis());
        assertEquals(CAL.workingDaysBetween(d(2026, 3, 30), d(2026, 5, 4)),
                moved.workingDays());

        // The end of a longer month is kept within the shorter one.
        assertEquals(d(2026, 9, 30), DueDateRule.compute(at(2026, 8, 31, 9, 0),
                BigDecimal.ONE, ProcessingTimeUnit.MONTH, CAL).dueDay());
    }

    @Test
    void yearsDaysAndWeeksAreCalendarPeriodsToo() {
        // One year from Friday 27/02/2026 is a Saturday: due on Monday.
        assertEquals(d(2027, 3, 1), DueDateRule.compute(at(2026, 2, 27, 9, 0),
                BigDecimal.ONE, ProcessingTimeUnit.YEAR, CAL).dueDay());
        assertEquals(d(2026, 3, 25), DueDateRule.compute(at(2026, 3, 10, 9, 0),
                BigDecimal.valueOf(15), ProcessingTimeUnit.DAY, CAL).dueDay());
        // 18 days end on Saturday 28/03.
        assertEquals(d(2026, 3, 30), DueDateRule.compute(at(2026, 3, 10, 9, 0),
                BigDecimal.valueOf(18), ProcessingTimeUnit.DAY, CAL).dueDay());
        assertEquals(d(2026, 3, 24), DueDateRule.compute(at(2026, 3, 10, 9, 0),
                BigDecimal.valueOf(2), ProcessingTimeUnit.WEEK, CAL).dueDay());
        // 1.5 months: 10/04 plus 15 days is Saturday 25/04, then Giỗ Tổ and its Monday.
        assertEquals(d(2026, 4, 28), DueDateRule.compute(at(2026, 3, 10, 9, 0),
                new BigDecimal("1.5"), ProcessingTimeUnit.MONTH, CAL).dueDay());
    }

    @Test
    void aMissingUnitCountsInWorkingDays() {
        DueDate due = DueDateRule.compute(at(2026, 3, 13, 9, 0), BigDecimal.valueOf(3), null,
                CAL);
        assertEquals(d(2026, 3, 18), due.dueDay());
        assertTrue(due.basis().startsWith("3 ngày làm việc (thủ tục không ghi đơn vị thời"
                + " gian) kể từ 13/03/2026"), due.basis());
    }

    @Test
    void fractionsOfAWorkingDayAreRoundedUp() {
        DueDate due = DueDateRule.compute(at(2026, 3, 10, 9, 0), new BigDecimal("1.5"),
                ProcessingTimeUnit.WORKING_DAY, CAL);
        assertEquals(d(2026, 3, 12), due.dueDay());
        assertTrue(due.basis().startsWith("1,5 ngày làm việc kể từ"), due.basis());
        assertTrue(DueDateRule.compute(at(2026, 3, 10, 9, 0), new BigDecimal("10.00"),
                ProcessingTimeUnit.WORKING_DAY, CAL).basis().startsWith("10 ngày làm việc"));
    }

    @Test
    void impossibleProcessingTimesAreRefused() {
        Instant now = at(2026, 3, 10, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> DueDateRule.compute(now,
                BigDecimal.valueOf(-1), ProcessingTimeUnit.WORKING_DAY, CAL));
        assertThrows(IllegalArgumentException.class, () -> DueDateRule.compute(now,
                BigDecimal.valueOf(100_000), ProcessingTimeUnit.WORKING_DAY, CAL));
        assertThrows(IllegalArgumentException.class, () -> DueDateRule.compute(now,
                new BigDecimal("1e12"), ProcessingTimeUnit.YEAR, CAL));
        assertThrows(IllegalArgumentException.class, () -> DueDateRule.compute(now,
                BigDecimal.valueOf(500), ProcessingTimeUnit.MONTH, CAL));
    }

    @Test
    void aDelayIsAnnouncedOnTheWorkingDayBeforeTheDueDay() {
        assertEquals(d(2026, 2, 13), DueDateRule.latestDelayAnnouncement(
                at(2026, 2, 23, 17, 0), CAL));
        assertEquals(d(2026, 3, 13), DueDateRule.latestDelayAnnouncement(
                at(2026, 3, 16, 17, 0), CAL));
    }

    @Test
    void theCalendarGivenDecides() {
        DueDate before = workingDays(at(2026, 3, 9, 9, 0), 5);
        WorkingCalendar changed = WorkingCalendar.of(List.of(new CalendarDay(d(2026, 3, 11),
                DayKind.HOLIDAY, "Ngày nghỉ đột xuất")));
        DueDate after = DueDateRule.compute(at(2026, 3, 9, 9, 0), BigDecimal.valueOf(5),
                ProcessingTimeUnit.WORKING_DAY, changed);
        assertEquals(d(2026, 3, 16), before.dueDay());
        assertEquals(d(2026, 3, 17), after.dueDay());
        assertTrue(after.basis().contains("11/03/2026 (Ngày nghỉ đột xuất)"), after.basis());
    }
}
