package vn.dvcportal.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvcportal.web.site.PrettyUrls;

class CalendarViewTest {

    @Test
    void theYearComesFromTheAddressWhenItIsSensible() {
        assertEquals(2027, CalendarView.parseYear("2027", 2026));
        assertEquals(2027, CalendarView.parseYear(" 2027 ", 2026));
        assertEquals(2026, CalendarView.parseYear(null, 2026));
        assertEquals(2026, CalendarView.parseYear("", 2026));
        assertEquals(2026, CalendarView.parseYear("năm", 2026));
        assertEquals(2026, CalendarView.parseYear("1999", 2026));
        assertEquals(2026, CalendarView.parseYear("9999", 2026));
        assertEquals(2026, CalendarView.parseYear("20270", 2026));
    }

    @Test
    void thePageIsAnAdministrationPageKeptOutOfTheSiteMap() {
        Optional<String> target = PrettyUrls.forwardTarget(PrettyUrls.WORK_CALENDAR);
        assertEquals(Optional.of("/admin/calendar.xhtml"), target);
        assertTrue(PrettyUrls.isAdminView(target.orElseThrow()));
        assertFalse(PrettyUrls.pagePaths().contains(PrettyUrls.WORK_CALENDAR));
        assertEquals(Optional.of(PrettyUrls.WORK_CALENDAR),
                PrettyUrls.prettyPath("/admin/calendar.xhtml"));
    }
}
