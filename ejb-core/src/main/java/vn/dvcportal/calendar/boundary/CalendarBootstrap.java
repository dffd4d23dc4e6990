package vn.dvcportal.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.calendar.control.CalendarDay;
import vn.dvcportal.calendar.control.CalendarSeed;
import vn.dvcportal.calendar.control.CalendarStore;

/**
 * Loads the shipped calendar ({@value CalendarSeed#RESOURCE}) when the portal starts on a
 * database whose calendar is empty. Once loaded, or once an administrator has entered a day,
 * the table is the administrator's and the file is never read again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// Its own transaction, so that a second server loading at the same moment fails alone.
@TransactionManagement(TransactionManagementType.BEAN)
public class CalendarBootstrap {

    private static final Logger LOG = Logger.getLogger(CalendarBootstrap.class.getName());
    private static final String ACTOR = "system";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @EJB
    AuditTrail audit;

    @EJB
    CalendarCache cache;

    @PostConstruct
    void load() {
        List<CalendarDay> days = CalendarSeed.shipped();
        try {
            transaction.begin();
            CalendarStore store = new CalendarStore(em);
            if (store.count() > 0) {
                transaction.rollback();
                return;
            }
            store.seed(days, Instant.now(), ACTOR);
            em.flush();
            transaction.commit();
        } catch (Exception e) {
            rollback();
            // The unique day makes a second server's load fail; the calendar is there anyway.
            LOG.log(Level.WARNING, "The shipped working calendar was not loaded; the"
                    + " administrator can enter the days on the calendar page", e);
            return;
        }
        cache.invalidate();
        String detail = "Nạp lịch làm việc có sẵn: " + days.size() + " ngày, từ "
                + days.get(0).day().getYear() + " đến " + days.get(days.size() - 1).day().getYear();
        audit.record(AuditEventType.CALENDAR_CHANGED, ACTOR, null, null, detail);
        LOG.log(Level.INFO, "Loaded {0} days of the shipped working calendar", days.size());
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.FINE, "Rollback after a failed calendar load", e);
        }
    }
}
