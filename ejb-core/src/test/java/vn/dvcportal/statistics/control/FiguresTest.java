package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiguresTest {

    static final Figures ROW = new Figures(3, 5, 2, 1, 2, 3, 1, 2, 1, 1, 0, 1, 0, 0, 24);

    @Test
    void sumsOfTheBuckets() {
        assertEquals(8, ROW.received());
        assertEquals(11, ROW.handled());
        assertEquals(6, ROW.settled());
        assertEquals(5, ROW.settledInTime());
        assertEquals(3, ROW.pending());
        assertEquals(1, ROW.paused());
        assertEquals(1, ROW.withdrawnOrReturned());
        assertEquals(11, ROW.accountedFor());
        assertTrue(ROW.reconciles(), ROW.balance());
        assertEquals(5.0 / 6, ROW.onTimeRate(), 1e-9);
        assertEquals(4.0, ROW.averageDays(), 1e-9);
    }

    @Test
    void aRowThatDoesNotAddUpSaysSo() {
        Figures wrong = new Figures(3, 5, 2, 1, 2, 3, 1, 2, 1, 1, 0, 1, 0, 1, 24);
        assertFalse(wrong.reconciles());
        assertEquals("carried over 3 + received 8 = 11 != settled 6 + in progress 3 + paused 1"
                + " + withdrawn/returned 1 + refused 1 = 12", wrong.balance());
    }

    @Test
    void ratesNeedSettledDossiersAndSumsAddEveryCounter() {
        assertNull(Figures.ZERO.onTimeRate());
        assertNull(Figures.ZERO.averageDays());
        Figures twice = ROW.plus(ROW);
        assertEquals(22, twice.handled());
        assertEquals(48, twice.settledDays());
        for (Bucket b : Bucket.values()) {
            assertEquals(2 * ROW.count(b), twice.count(b), b.name());
        }
        assertEquals(ROW, Figures.of(new long[] {3, 5, 2, 1, 2, 3, 1, 2, 1, 1, 0, 1, 0, 0}, 24));
    }
}
