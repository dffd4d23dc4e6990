package vn.dvcportal.numbering.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.numbering.control.CounterStore;

/**
 * Creates the counter of a new day in a transaction of its own. A failed insert spoils the
 * transaction it runs in (PostgreSQL refuses any further statement), so the race between two
 * servers creating the same counter is lost here, not in the transaction that takes the
 * number.
 */
@Stateless
@PermitAll
public class DossierCounters {

    private static final Logger LOG = Logger.getLogger(DossierCounters.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    /** Creates the counter unless it exists; losing the race to another caller is fine. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String agencyCode, LocalDate day) {
        try {
            new CounterStore(em).create(agencyCode, day);
        } catch (PersistenceException e) {
            // Another transaction created the counter first; its row serves us too.
            ctx.setRollbackOnly();
            LOG.log(Level.FINE, "Counter {0} {1} created by another transaction",
                    new Object[] {agencyCode, day});
        }
    }
}
