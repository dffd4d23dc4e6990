package vn.dvcportal.numbering.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.numbering.control.CounterStore;
import vn.dvcportal.numbering.control.DossierCodePattern;

/**
 * Hands out dossier codes: the agency's code, the day and the number of the dossier in that
 * agency and day, in the configured pattern. Called by the business core only; it takes no
 * input from a visitor.
 */
@Stateless
@PermitAll
public class DossierCodes {

    private static final Logger LOG = Logger.getLogger(DossierCodes.class.getName());

    /** As for the code of an organisation unit. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,29}");

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @EJB
    DossierCounters counters;

    @EJB
    DossierCodeSettings settings;

    /**
     * The next code of an agency. The number is taken in a transaction of its own, committed
     * on return, so the counter's row stays locked for milliseconds rather than for the
     * caller's whole work; a caller that rolls back leaves a gap in the numbers, never a
     * duplicate.
     *
     * @param agencyCode the code of the receiving agency, e.g. "STP"
     * @param at         when the dossier is numbered; its day in Viet Nam is the code's day
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(String agencyCode, Instant at) {
        Objects.requireNonNull(at, "at");
        if (agencyCode == null || !AGENCY_CODE.matcher(agencyCode).matches()) {
            throw new IllegalArgumentException("Not an agency code: " + agencyCode);
        }
        LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
        CounterStore store = new CounterStore(em);
        long seq = CounterStore.allocate(() -> store.locked(agencyCode, day),
                () -> counters.create(agencyCode, day));
        DossierCodePattern pattern = settings.pattern();
        if (!pattern.fits(seq) && pattern.fits(seq - 1)) {
            LOG.log(Level.WARNING, "Agency {0} received more than {1} dossiers on {2}; their"
                    + " codes now have more digits. Widen '{seq:N}' in {3}.", new Object[] {
                        agencyCode, maxFitting(pattern), day, DossierCodePattern.PROPERTY});
        }
        return pattern.format(agencyCode, day, seq);
    }

    private static long maxFitting(DossierCodePattern pattern) {
        return (long) Math.pow(10, pattern.sequenceDigits()) - 1;
    }
}
