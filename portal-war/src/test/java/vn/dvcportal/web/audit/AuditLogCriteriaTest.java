package vn.dvcportal.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.audit.boundary.AuditQuery;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.web.audit.AuditLogCriteria.Problem;

class AuditLogCriteriaTest {

    @Test
    void daysAreWholeDaysInVietnamBothIncluded() {
        AuditLogCriteria c = AuditLogCriteria.parse("01/07/2025", "1/7/2025", null, null, null);
        assertTrue(c.isValid());
        AuditQuery q = c.query(50);
        assertEquals(Instant.parse("2025-06-30T17:00:00Z"), q.from());
        assertEquals(Instant.parse("2025-07-01T17:00:00Z"), q.to());
        assertEquals(0, q.first());
        assertEquals(50, q.size());
    }

    @Test
    void nothingGivenMeansEverythingFirstPage() {
        AuditLogCriteria c = AuditLogCriteria.parse(null, " ", "", "  ", null);
        assertTrue(c.isValid());
        assertEquals(new AuditQuery(null, null, null, null, 0, 50), c.query(50));
        assertEquals("/quan-tri/nhat-ky", c.url(1));
    }

    @Test
    void impossibleDatesAreReportedPerField() {
        AuditLogCriteria c = AuditLogCriteria.parse("31/02/2025", "2025-07-01", null, null,
                null);
        assertFalse(c.isValid());
        assertEquals(List.of(new Problem("audit.error.date", "audit.filter.from"),
                new Problem("audit.error.date", "audit.filter.to")), c.errors());
        assertThrows(IllegalStateException.class, () -> c.query(50));
    }

    @Test
    void aBackwardRangeIsAMistake() {
        AuditLogCriteria c = AuditLogCriteria.parse("02/07/2025", "01/07/2025", null, null,
                null);
        assertEquals(List.of(new Problem("audit.error.range", null)), c.errors());
    }

    @Test
    void oneDayRangeIsFine() {
        assertTrue(AuditLogCriteria.parse("01/07/2025", "01/07/2025", null, null, null)
                .isValid());
    }

    @Test
    void theKindOfEventIsReadLenientlyAndUnknownMeansAll() {
        assertEquals(AuditEventType.SIGN_IN_FAILED,
                AuditLogCriteria.parse(null, null, "sign_in_failed", null, null).type());
        assertNull(AuditLogCriteria.parse(null, null, "DROP TABLE", null, null).type());
    }

    @Test
    void theActorIsTrimmedAndChecked() {
        assertEquals("admin", AuditLogCriteria.parse(null, null, null, " admin ", null).actor());
        AuditLogCriteria tooLong = AuditLogCriteria.parse(null, null, null, "a".repeat(101),
                null);
        assertEquals(List.of(new Problem("audit.error.actorLength", "audit.filter.actor")),
                tooLong.errors());
        AuditLogCriteria control = AuditLogCriteria.parse(null, null, null, "a\u0000b", null);
        assertEquals(List.of(new Problem("audit.error.actorChars", "audit.filter.actor")),
                control.errors());
    }

    @Test
    void pagesCountFromOneAndNonsenseIsTheFirst() {
        assertEquals(1, AuditLogCriteria.parse(null, null, null, null, "abc").page());
        assertEquals(1, AuditLogCriteria.parse(null, null, null, null, "0").page());
        assertEquals(1, AuditLogCriteria.parse(null, null, null, null, "99999999999").page());
        AuditLogCriteria third = AuditLogCriteria.parse(null, null, null, null, "3");
        assertEquals(100, third.query(50).first());
    }

    @Test
    void pageLinksCarryTheSearch() {
        AuditLogCriteria c = AuditLogCriteria.parse("1/7/2025", "31/7/2025", "ROLE_CHANGED",
                "Nguyễn A", "2");
        assertEquals("/quan-tri/nhat-ky?tu-ngay=01%2F07%2F2025&den-ngay=31%2F07%2F2025"
                + "&loai=ROLE_CHANGED&nguoi=Nguy%E1%BB%85n%20A&trang=3", c.url(3));
        assertFalse(c.url(1).contains("trang="));
    }

    @Test
    void aHugePageNumberCannotOverflowTheOffset() {
        AuditLogCriteria c = AuditLogCriteria.parse(null, null, null, null, "999999999");
        assertTrue(c.query(200).first() >= 0);
    }
}
