package vn.dvcportal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.platform.TestDatabase;

/** The calendar's table, queries and changes on a database built by the changelog. */
class CalendarStoreDatabaseTest {

    private static TestDatabase database;

    @BeforeAll
    static void seed() throws Exception {
        database = TestDatabase.open("calendar-store", ";LOCK_TIMEOUT=20000");
        database.inTransaction(em -> {
            new CalendarStore(em).seed(CalendarSeed.shipped(), Instant.now(), "system");
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @Test
    void theSeedIsReadBackAsTheSameCalendar() {
        List<CalendarDay> stored = database.inTransaction(em -> new CalendarStore(em).all());
        assertEquals(CalendarSeed.shipped(), stored);
        assertEquals(WorkingCalendar.of(CalendarSeed.shipped()).revision(),
                WorkingCalendar.of(stored).revision());
    }

    @Test
    void aYearIsListedInOrderWithItsWeekdays() {
        List<CalendarDayView> days = database.inTransaction(em -> new CalendarStore(em)
                .year(2026));
        assertEquals(LocalDate.of(2026, 1, 1), days.get(0).day());
        assertTrue(days.stream().allMatch(d -> d.day().getYear() == 2026));
        CalendarDayView gioTo = days.stream()
                .filter(d -> d.day().equals(LocalDate.of(2026, 4, 26))).findFirst().orElseThrow();
        assertTrue(gioTo.weekend());
        assertEquals("system", gioTo.updatedBy());
    }

    @Test
    void putAddsChangesAndIgnoresWhatIsAlreadySo() {
        LocalDate culture = LocalDate.of(2026, 11, 24);
        Optional<String> added = database.inTransaction(em -> new CalendarStore(em).put(
                DayRules.check(culture, DayKind.HOLIDAY, "Ngày Văn hóa Việt Nam"),
                Instant.now(), "admin"));
        assertEquals("Thêm ngày 24/11/2026: Ngày lễ, Tết “Ngày Văn hóa Việt Nam”",
                added.orElseThrow());

        Optional<String> same = database.inTransaction(em -> new CalendarStore(em).put(
                DayRules.check(culture, DayKind.HOLIDAY, "Ngày Văn hóa Việt Nam"),
                Instant.now(), "admin"));
        assertTrue(same.isEmpty());

        Optional<String> changed = database.inTransaction(em -> new CalendarStore(em).put(
                DayRules.check(culture, DayKind.DAY_OFF, "Nghỉ hoán đổi"), Instant.now(),
                "admin"));
        assertTrue(changed.orElseThrow().startsWith("Đổi ngày 24/11/2026 từ Ngày lễ, Tết"));
        assertEquals(DayKind.DAY_OFF, database.inTransaction(em -> WorkingCalendar.of(
                new CalendarStore(em).all())).entry(culture).orElseThrow().kind());

        String removed = database.inTransaction(em -> new CalendarStore(em).remove(culture));
        assertTrue(removed.startsWith("Xóa ngày 24/11/2026"));
        assertTrue(database.inTransaction(em -> WorkingCalendar.of(new CalendarStore(em).all()))
                .isWorkingDay(culture));
    }

    @Test
    void removingAnOrdinaryDayIsRefused() {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> database
                .inTransaction(em -> new CalendarStore(em).remove(LocalDate.of(2026, 3, 10))));
        assertTrue(e.problem(DayRules.DAY).contains("10/03/2026"));
        assertThrows(ValidationFailure.class, () -> database
                .inTransaction(em -> new CalendarStore(em).remove(null)));
    }
}
