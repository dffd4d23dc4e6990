package vn.dvcportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvcportal.audit.boundary.AccessRecord;
import vn.dvcportal.audit.entity.AccessLogEntry;
import vn.dvcportal.audit.entity.AuditDatabase;

/** The writer's batches reach the table the changelog creates, cut to fit its columns. */
class AccessLogWriterDatabaseTest {

    private AuditDatabase database;
    private EntityManager em;
    private AccessLogWriter writer;
    private final AtomicInteger wakeUps = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        database = new AuditDatabase("access-writer");
        em = database.entityManager();
        writer = new AccessLogWriter();
        writer.em = em;
        // Counts the early rounds the writer asks for, and runs none.
        writer.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        wakeUps.incrementAndGet();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void close() throws Exception {
        em.close();
        database.close();
    }

    @Test
    void writesABatchInOneTransaction() throws Exception {
        List<AccessRecord> batch = new ArrayList<>();
        Instant t = Instant.parse("2025-09-01T00:00:00Z");
        for (int i = 0; i < AccessLogWriter.BATCH_SIZE; i++) {
            batch.add(new AccessRecord(t.plusMillis(i), null, "192.0.2.1", "GET", "/p/" + i,
                    200, 3, "curl/8"));
        }
        database.inTransaction(em, x -> writer.write(batch));
        assertEquals(AccessLogWriter.BATCH_SIZE, count());
    }

    @Test
    void overlongAndHostileTextIsCutToTheColumns() throws Exception {
        String agent = "Mozilla/5.0 (Việt Nam) " + "ệ".repeat(600);
        AccessRecord r = new AccessRecord(Instant.now(), "nva\nadmin", "203.0.113.9",
                "PROPFIND-VERY-LONG-METHOD-NAME", "/" + "ư".repeat(2000), 207, -5, agent);
        database.inTransaction(em, x -> writer.write(List.of(r)));

        AccessLogEntry stored = em.createQuery("SELECT e FROM AccessLogEntry e",
                AccessLogEntry.class).getSingleResult();
        assertEquals("nva admin", stored.getUserName());
        assertEquals(AccessLogEntry.METHOD_LENGTH, stored.getMethod().length());
        assertEquals(AccessLogEntry.PATH_LENGTH, stored.getPath().length());
        assertEquals(AccessLogEntry.USER_AGENT_LENGTH, stored.getUserAgent().length());
        assertEquals(0, stored.getDurationMillis());
    }

    @Test
    void aRecordWithoutMethodOrPathStillFits() {
        AccessLogEntry e = AccessLogWriter.toEntry(new AccessRecord(null, " ", null, null,
                null, 400, 1, " "));
        assertEquals("?", e.getMethod());
        assertEquals("/", e.getPath());
        assertNull(e.getUserName());
        assertNull(e.getUserAgent());
    }

    @Test
    void whatIsStillQueuedIsWrittenOnShutdown() throws Exception {
        for (int i = 0; i < 1_234; i++) {
            writer.offer(new AccessRecord(Instant.now(), null, null, "GET", "/q/" + i, 200, 1,
                    null));
        }
        assertEquals(1, wakeUps.get(), "one early round asked for, however many batches wait");
        database.inTransaction(em, x -> writer.stop());
        assertEquals(0, writer.queued());
        assertEquals(1_234, count());
    }

    private int count() throws Exception {
        try (Statement st = database.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ACCESS_LOG")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
