package vn.dvcportal.numbering.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dvcportal.numbering.entity.DossierCounter;

/**
 * The daily counters in the database. A number is taken under a row lock, so callers on any
 * number of servers wait for each other and never get the same number.
 */
public final class CounterStore {

    /**
     * How often a missing counter is created before giving up. One creation suffices unless
     * the database refuses it for a reason other than a counter made meanwhile.
     */
    static final int MAX_ATTEMPTS = 3;

    private final EntityManager em;

    public CounterStore(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * The next number from a counter, creating the counter first when the day has none.
     *
     * @param lockedRow finds the counter and locks it for the rest of the transaction
     * @param createRow creates the counter in a transaction of its own and commits it; it may
     *                  find that another caller created it first, and must then do nothing
     * @throws IllegalStateException when the counter can neither be found nor created
     */
    public static long allocate(Supplier<Optional<DossierCounter>> lockedRow,
            Runnable createRow) {
        for (int attempt = 1; ; attempt++) {
            Optional<DossierCounter> row = lockedRow.get();
            if (row.isPresent()) {
                return row.get().advance();
            }
            if (attempt > MAX_ATTEMPTS) {
                throw new IllegalStateException("The dossier counter could not be created");
            }
            createRow.run();
        }
    }

    /** The counter of an agency and day, locked until the transaction ends. */
    public Optional<DossierCounter> locked(String agencyCode, LocalDate day) {
        return em.createNamedQuery(DossierCounter.FIND, DossierCounter.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("day", day)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Creates the counter of an agency and day unless it exists, and writes it at once. When
     * another transaction creates it at the same moment, the unique key makes this one fail
     * with a {@link jakarta.persistence.PersistenceException}; the caller rolls back and takes
     * the other's row.
     */
    public void create(String agencyCode, LocalDate day) {
        boolean exists = !em.createNamedQuery(DossierCounter.FIND, DossierCounter.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("day", day)
                .getResultList().isEmpty();
        if (!exists) {
            em.persist(new DossierCounter(agencyCode, day));
            em.flush();
        }
    }
}
