package vn.dvcportal.numbering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.numbering.entity.DossierCounter;
import vn.dvcportal.platform.TestDatabase;

/**
 * Numbers taken from the counters on a database built by the changelog, the way the EJB takes
 * them: the number under a row lock in one transaction, a missing counter created in another.
 */
class CounterStoreDatabaseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    private static TestDatabase database;

    @BeforeAll
    static void open() throws Exception {
        database = TestDatabase.open("counters", ";LOCK_TIMEOUT=20000");
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    /** One call of the EJB: its own transaction, the counter created in another if needed. */
    private static long next(String agency, LocalDate day) {
        return database.inTransaction(em -> {
            CounterStore store = new CounterStore(em);
            return CounterStore.allocate(() -> store.locked(agency, day),
                    () -> create(agency, day));
        });
    }

    /** As the EJB that creates counters: a lost race rolls back and is forgotten. */
    private static void create(String agency, LocalDate day) {
        EntityManager em = database.entityManager();
        try {
            em.getTransaction().begin();
            new CounterStore(em).create(agency, day);
            em.getTransaction().commit();
        } catch (PersistenceException e) {
            // another caller created it first
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void numbersStartAtOneForEachAgencyAndDay() {
        assertEquals(1, next("SYT", DAY));
        assertEquals(2, next("SYT", DAY));
        assertEquals(1, next("SYT", DAY.plusDays(1)));
        assertEquals(1, next("SYT-2", DAY));
        assertEquals(3, next("SYT", DAY));
    }

    @Test
    void fiftyConcurrentCallersGetFiftyDifferentNumbers() throws Exception {
        int callers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                String agency = i % 5 == 0 ? "STP-B" : "STP";
                Callable<Long> call = () -> {
                    ready.countDown();
                    go.await();
                    return next(agency, DAY);
                };
                results.add(pool.submit(call));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            Set<Long> main = new TreeSet<>();
            Set<Long> other = new TreeSet<>();
            for (int i = 0; i < callers; i++) {
                long seq = results.get(i).get(60, TimeUnit.SECONDS);
                (i % 5 == 0 ? other : main).add(seq);
            }
            assertEquals(40, main.size(), "no number handed out twice");
            assertEquals(40L, ((TreeSet<Long>) main).last(), "and none skipped");
            assertEquals(10, other.size());
            assertEquals(10L, ((TreeSet<Long>) other).last());
        } finally {
            pool.shutdownNow();
        }
        int rows = database.inTransaction(em -> em.createNamedQuery(DossierCounter.FIND,
                DossierCounter.class).setParameter("agencyCode", "STP")
                .setParameter("day", DAY).getResultList().size());
        assertEquals(1, rows);
    }

    @Test
    void aCounterThatCannotBeCreatedEndsTheAttempts() {
        AtomicInteger creations = new AtomicInteger();
        assertThrows(IllegalStateException.class,
                () -> CounterStore.allocate(Optional::empty, creations::incrementAndGet));
        assertEquals(CounterStore.MAX_ATTEMPTS, creations.get());
    }

    @Test
    void aCounterCreatedMeanwhileIsTakenAsItIs() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        create("STP", day);
        create("STP", day); // already there: nothing happens
        assertEquals(1, next("STP", day));
    }
}
