package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.audit.boundary.AuditPage;
import vn.dvcportal.audit.boundary.AuditQuery;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.numbering.boundary.DossierCodes;

/** The working calendar and the dossier codes in the running server, on its real database. */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CalendarIT.class);
    }

    @Inject
    WorkCalendars calendars;

    @Inject
    DossierCodes codes;

    @Inject
    AuditTrail trail;

    @Inject
    AsAdministrator admin;

    @Test
    void theShippedCalendarIsLoadedAtStart() {
        WorkingCalendar calendar = calendars.current();
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)), "Tết 2026");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 26)), "Saturday worked");
        assertTrue(calendar.covers(2026));
        assertFalse(calendars.year(2026).isEmpty());
    }

    @Test
    void theAdministratorDeclaresAndRemovesADayAndBothAreAudited() throws Exception {
        LocalDate day = LocalDate.of(2099, 11, 24);
        if (!calendars.year(2099).isEmpty()) {
            // left behind by an earlier run that stopped half way
            admin.call(() -> {
                calendars.remove(day);
                return null;
            });
        }
        Instant from = Instant.now().minusSeconds(1);
        assertTrue(calendars.current().isWorkingDay(day));

        admin.call(() -> {
            calendars.put(day, DayKind.HOLIDAY, "Ngày thử nghiệm");
            return null;
        });
        assertFalse(calendars.current().isWorkingDay(day), "the cache was emptied");
        assertEquals("Ngày thử nghiệm", calendars.year(2099).get(0).name());

        admin.call(() -> {
            calendars.remove(day);
            return null;
        });
        assertTrue(calendars.current().isWorkingDay(day));

        AuditPage events = admin.call(() -> trail.search(new AuditQuery(from,
                Instant.now().plusSeconds(1), AuditEventType.CALENDAR_CHANGED, null, 0, 50)));
        assertTrue(events.entries().stream().anyMatch(e -> e.detail().startsWith(
                "Thêm ngày 24/11/2099")), events.toString());
        assertTrue(events.entries().stream().anyMatch(e -> e.detail().startsWith(
                "Xóa ngày 24/11/2099")), events.toString());
    }

    @Test
    void badDaysAreRefusedWithAMessage() {
        ValidationFailure weekday = assertThrows(ValidationFailure.class, () -> admin.call(() -> {
            calendars.put(LocalDate.of(2099, 11, 24), DayKind.WORKING_DAY, "Làm bù");
            return null;
        }));
        assertTrue(weekday.problem("day").contains("thứ Ba"), weekday.getMessage());
        assertThrows(ValidationFailure.class, () -> admin.call(() -> {
            calendars.remove(LocalDate.of(2099, 11, 25));
            return null;
        }));
    }

    @Test
    void onlyTheSystemAdministratorChangesTheCalendar() {
        assertThrows(EJBAccessException.class,
                () -> calendars.put(LocalDate.of(2099, 11, 24), DayKind.HOLIDAY, "Thử"));
        assertThrows(EJBAccessException.class,
                () -> calendars.remove(LocalDate.of(2026, 2, 17)));
    }

    @Test
    void fiftyConcurrentCallersGetFiftyCodes() throws Exception {
        String agency = "IT" + UUID.randomUUID().toString().substring(0, 8)
                .toUpperCase(Locale.ROOT);
        Instant at = LocalDateTime.of(2026, 2, 9, 23, 30).atZone(WorkingCalendar.ZONE)
                .toInstant();
        int callers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                Callable<String> call = () -> {
                    go.await();
                    return codes.next(agency, at);
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            Set<String> all = new TreeSet<>();
            for (Future<String> result : results) {
                all.add(result.get(120, TimeUnit.SECONDS));
            }
            assertEquals(callers, all.size());
            assertTrue(all.contains(agency + "-260209-0001"), all.toString());
            assertTrue(all.contains(agency + "-260209-0050"), all.toString());
        } finally {
            pool.shutdownNow();
        }
        // 23:30 in Ha Noi on the 9th; the next day in Ha Noi starts again at 1.
        assertEquals(agency + "-260210-0001", codes.next(agency, at.plusSeconds(3600)));
    }
}
