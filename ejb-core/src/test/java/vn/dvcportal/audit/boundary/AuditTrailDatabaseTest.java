package vn.dvcportal.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.audit.entity.AccessLogEntry;
import vn.dvcportal.audit.entity.AuditDatabase;
import vn.dvcportal.audit.entity.AuditEventType;

/** The audit trail's and access log's queries on a database built by the changelog. */
class AuditTrailDatabaseTest {

    private static AuditDatabase database;
    private static EntityManager em;
    private static AuditTrail trail;
    private static AccessLog accessLog;
    private static Instant before;
    private static Instant after;

    @BeforeAll
    static void recordEvents() throws Exception {
        database = new AuditDatabase("audit-trail");
        em = database.entityManager();
        trail = new AuditTrail();
        trail.em = em;
        accessLog = new AccessLog();
        accessLog.em = em;

        before = Instant.now().minusSeconds(1);
        database.inTransaction(em, x -> {
            trail.record(AuditEventType.SIGN_IN_FAILED, null, "079201001234", "10.0.0.1",
                    "Sai mật khẩu lần 1");
            trail.record(AuditEventType.SIGN_IN_FAILED, null, "079201001234", "10.0.0.1",
                    "Sai mật khẩu lần 2");
            trail.record(AuditEventType.SIGN_IN_SUCCEEDED, "079201001234", "079201001234",
                    "10.0.0.1", null);
            trail.record(AuditEventType.ROLE_CHANGED, "admin", "canbo01", "10.0.0.2",
                    "Thêm vai trò lãnh đạo\r\nFAKE LINE");
        });
        after = Instant.now().plusSeconds(1);
    }

    @AfterAll
    static void close() throws Exception {
        em.close();
        database.close();
    }

    @Test
    void findsEventsByTimeRangeNewestFirst() {
        AuditPage page = trail.search(AuditQuery.between(before, after, 50));
        assertEquals(4, page.total());
        assertEquals(AuditEventType.ROLE_CHANGED, page.entries().get(0).type());
        assertEquals("Sai mật khẩu lần 1", page.entries().get(3).detail());

        assertEquals(0, trail.search(AuditQuery.between(after, after.plusSeconds(60), 50))
                .total());
    }

    @Test
    void filtersByTypeAndActor() {
        AuditPage failures = trail.search(new AuditQuery(before, after,
                AuditEventType.SIGN_IN_FAILED, null, 0, 50));
        assertEquals(2, failures.total());
        failures.entries().forEach(e -> assertNull(e.actor()));

        AuditPage byAdmin = trail.search(new AuditQuery(null, null, null, "admin", 0, 50));
        assertEquals(1, byAdmin.total());
        AuditEntry change = byAdmin.entries().get(0);
        assertEquals("canbo01", change.subject());
        assertEquals("Thêm vai trò lãnh đạo  FAKE LINE", change.detail(),
                "a line break in the detail cannot start a forged line");
    }

    @Test
    void pagesThroughTheResults() {
        AuditPage second = trail.search(new AuditQuery(before, after, null, null, 2, 2));
        assertEquals(4, second.total());
        assertEquals(2, second.entries().size());
        assertEquals("Sai mật khẩu lần 2", second.entries().get(0).detail());

        AuditPage past = trail.search(new AuditQuery(before, after, null, null, 10, 2));
        assertEquals(4, past.total());
        assertTrue(past.entries().isEmpty());
    }

    @Test
    void accessRecordsAreReadByTimeRangeOldestFirstEndExcluded() {
        Instant t = Instant.parse("2025-08-01T01:00:00Z");
        database.inTransaction(em, x -> {
            for (int i = 0; i < 5; i++) {
                em.persist(new AccessLogEntry(t.plusSeconds(i), i == 0 ? null : "nva",
                        "10.0.0." + i, "GET", "/thu-tuc/" + i, 200, i, "Firefox"));
            }
        });

        List<AccessRecord> records = accessLog.between(t.plusSeconds(1), t.plusSeconds(4), 100);
        assertEquals(List.of("/thu-tuc/1", "/thu-tuc/2", "/thu-tuc/3"),
                records.stream().map(AccessRecord::path).toList());
        AccessRecord first = records.get(0);
        assertEquals(new AccessRecord(t.plusSeconds(1), "nva", "10.0.0.1", "GET", "/thu-tuc/1",
                200, 1, "Firefox"), first);

        assertEquals(2, accessLog.between(t, t.plus(Duration.ofHours(1)), 2).size());
    }

    @Test
    void instantsKeepTheirMillisecondsThroughTheDatabase() {
        Instant t = Instant.parse("2025-08-02T03:04:05.678Z");
        database.inTransaction(em, x -> em.persist(new AccessLogEntry(t, null, null, "HEAD",
                "/", 404, 0, null)));
        List<AccessRecord> records = accessLog.between(t, t.plus(1, ChronoUnit.MILLIS), 10);
        assertEquals(1, records.size());
        assertEquals(t, records.get(0).at());
    }

    @Test
    void accessLogRangesAreChecked() {
        Instant t = Instant.now();
        assertThrows(InvalidAuditQuery.class, () -> accessLog.between(t, t, 10));
        assertThrows(InvalidAuditQuery.class, () -> accessLog.between(null, t, 10));
        assertThrows(InvalidAuditQuery.class, () -> accessLog.between(t, t.plusSeconds(1), 0));
        assertThrows(InvalidAuditQuery.class,
                () -> accessLog.between(t, t.plusSeconds(1), AccessLog.MAX_RECORDS + 1));
    }
}
