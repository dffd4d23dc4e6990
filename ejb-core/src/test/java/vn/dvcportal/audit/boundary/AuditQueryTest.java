package vn.dvcportal.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvcportal.audit.entity.AuditEventType;

class AuditQueryTest {

    private static final Instant T0 = Instant.parse("2025-07-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2025-07-02T00:00:00Z");

    @Test
    void everyCriterionMayBeLeftOpen() {
        AuditQuery q = new AuditQuery(null, null, null, "  ", 0, 50);
        assertNull(q.actor());
        Map<String, Object> parameters = new LinkedHashMap<>();
        assertEquals("", AuditTrail.where(q, parameters));
        assertTrue(parameters.isEmpty());
    }

    @Test
    void theTimeRangeIncludesItsStartAndExcludesItsEnd() {
        AuditQuery q = new AuditQuery(T0, T1, AuditEventType.SIGN_IN_FAILED, " nva ", 0, 50);
        Map<String, Object> parameters = new LinkedHashMap<>();
        assertEquals(" WHERE e.occurredAt >= :from AND e.occurredAt < :to"
                + " AND e.type = :type AND e.actor = :actor", AuditTrail.where(q, parameters));
        assertEquals(Map.of("from", T0, "to", T1, "type", AuditEventType.SIGN_IN_FAILED,
                "actor", "nva"), parameters);
    }

    @Test
    void anEmptyOrBackwardRangeIsRefusedInVietnamese() {
        InvalidAuditQuery e = assertThrows(InvalidAuditQuery.class,
                () -> new AuditQuery(T1, T0, null, null, 0, 50));
        assertTrue(e.getMessage().startsWith("Thời điểm bắt đầu"), e.getMessage());
        assertThrows(InvalidAuditQuery.class, () -> new AuditQuery(T0, T0, null, null, 0, 50));
    }

    @Test
    void pagingIsBounded() {
        assertThrows(InvalidAuditQuery.class, () -> new AuditQuery(null, null, null, null, -1,
                50));
        assertThrows(InvalidAuditQuery.class, () -> new AuditQuery(null, null, null, null, 0,
                0));
        assertThrows(InvalidAuditQuery.class, () -> new AuditQuery(null, null, null, null, 0,
                AuditQuery.MAX_SIZE + 1));
        assertEquals(AuditQuery.MAX_SIZE,
                new AuditQuery(null, null, null, null, 0, AuditQuery.MAX_SIZE).size());
    }

    @Test
    void anOverlongActorIsRefused() {
        String longName = "a".repeat(AuditQuery.MAX_ACTOR_LENGTH + 1);
        assertThrows(InvalidAuditQuery.class,
                () -> new AuditQuery(null, null, null, longName, 0, 50));
    }

    @Test
    void betweenIsTheFirstPageOfARange() {
        AuditQuery q = AuditQuery.between(T0, T1, 20);
        assertEquals(new AuditQuery(T0, T1, null, null, 0, 20), q);
    }
}
