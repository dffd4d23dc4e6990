package vn.dvcportal.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.calendar.control.CalendarDay;
import vn.dvcportal.calendar.control.CalendarDayView;
import vn.dvcportal.calendar.control.CalendarStore;
import vn.dvcportal.calendar.control.DayRules;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;

/**
 * The working calendar: read by anyone, as the days public bodies work are public, and kept
 * by the system administrator. Every change goes to the audit trail. Due dates already
 * computed keep the calendar they were computed with; a change only moves later ones.
 */
@Stateless
public class WorkCalendars {

    private static final Logger LOG = Logger.getLogger(WorkCalendars.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    CalendarCache cache;

    @EJB
    AuditTrail audit;

    /** The calendar to count due dates with, read again after a change or five minutes. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WorkingCalendar current() {
        Instant now = Instant.now();
        Optional<WorkingCalendar> cached = cache.get(now);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        WorkingCalendar calendar = WorkingCalendar.of(new CalendarStore(em).all());
        cache.offer(calendar, generation, now);
        return calendar;
    }

    /** The declared days of one year, in order, as stored now. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CalendarDayView> year(int year) {
        if (year < DayRules.FIRST_YEAR || year > DayRules.LAST_YEAR) {
            return List.of();
        }
        return new CalendarStore(em).year(year);
    }

    /**
     * Declares a day a holiday, a compensatory day off or a weekend day worked, or changes
     * what it is.
     *
     * @throws ValidationFailure on {@code day}, {@code kind} or {@code name}
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void put(LocalDate day, DayKind kind, String name) {
        CalendarDay checked = DayRules.check(day, kind, name);
        String caller = ctx.getCallerPrincipal().getName();
        Optional<String> change = new CalendarStore(em).put(checked, Instant.now(), caller);
        if (change.isEmpty()) {
            return;
        }
        em.flush();
        changed(caller, change.get());
    }

    /**
     * Makes a declared day an ordinary day of the week again.
     *
     * @throws ValidationFailure on {@code day} when it is not declared
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void remove(LocalDate day) {
        String caller = ctx.getCallerPrincipal().getName();
        String change = new CalendarStore(em).remove(day);
        em.flush();
        changed(caller, change);
    }

    private void changed(String caller, String change) {
        // Emptied after the commit: emptied before it, a reader could cache the old days again.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                cache.invalidate();
            }
        });
        audit.record(AuditEventType.CALENDAR_CHANGED, caller, null, null, change);
        LOG.log(Level.INFO, "{0}: {1}", new Object[] {caller, change});
    }
}
