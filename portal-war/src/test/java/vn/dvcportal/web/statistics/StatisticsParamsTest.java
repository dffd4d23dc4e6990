package vn.dvcportal.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.dvcportal.statistics.entity.PeriodKind;

class StatisticsParamsTest {

    @Test
    void kindsHaveVietnameseNamesAndDefaultToAMonth() {
        assertEquals(PeriodKind.QUARTER, StatisticsParams.kind(" QUY "));
        assertEquals(PeriodKind.YEAR, StatisticsParams.kind("nam"));
        assertEquals(PeriodKind.MONTH, StatisticsParams.kind("<script>"));
        assertEquals(PeriodKind.MONTH, StatisticsParams.kind(null));
        assertEquals("ngay", StatisticsParams.kindValue(PeriodKind.DAY));
    }

    @Test
    void aPeriodMustBeOfTheKind() {
        assertEquals("2026-Q1", StatisticsParams.period("2026-q1", PeriodKind.QUARTER));
        assertNull(StatisticsParams.period("2026-02", PeriodKind.QUARTER));
        assertNull(StatisticsParams.period("2026-02-30", PeriodKind.DAY));
        assertNull(StatisticsParams.period("x".repeat(1000), PeriodKind.DAY));
    }

    @Test
    void idsArePositiveWholeNumbers() {
        assertEquals(42L, StatisticsParams.id(" 42 "));
        assertNull(StatisticsParams.id("-1"));
        assertNull(StatisticsParams.id("1e3"));
        assertNull(StatisticsParams.id("99999999999999999999"));
    }
}
