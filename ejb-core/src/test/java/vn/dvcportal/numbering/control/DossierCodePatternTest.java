package vn.dvcportal.numbering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodePatternTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    @Test
    void theDefaultIsTheCircularFormat() {
        DossierCodePattern pattern = DossierCodePattern.standard();
        assertEquals("{agency}-{yyMMdd}-{seq:4}", pattern.pattern());
        assertEquals("STP-260209-0001", pattern.format("STP", DAY, 1));
        assertEquals("SYT-260209-0042", pattern.format("SYT", DAY, 42));
        assertEquals("STP-260209-9999", pattern.format("STP", DAY, 9999));
        assertEquals(4, pattern.sequenceDigits());
    }

    @Test
    void theLongFormatWithAFullYearAndSevenDigits() {
        DossierCodePattern pattern = DossierCodePattern.parse("{agency}-{yyyyMMdd}-{seq:7}");
        assertEquals("G01.STP-20260209-0000001", pattern.format("G01.STP", DAY, 1));
        assertEquals("STP-20261231-1234567",
                pattern.format("STP", LocalDate.of(2026, 12, 31), 1_234_567));
    }

    @Test
    void separatePartsOfTheDateInAnyOrder() {
        DossierCodePattern pattern =
                DossierCodePattern.parse("HS.{yyyy}.{MM}.{dd}_{agency}_{seq:3}");
        assertEquals("HS.2026.02.09_STP_007", pattern.format("STP", DAY, 7));
        assertEquals("090226-STP-00012",
                DossierCodePattern.parse("{dd}{MM}{yy}-{agency}-{seq:5}").format("STP", DAY, 12));
    }

    @Test
    void numbersBeyondTheDigitsAreWrittenInFull() {
        DossierCodePattern pattern = DossierCodePattern.standard();
        assertTrue(pattern.fits(9999));
        assertFalse(pattern.fits(10_000));
        assertEquals("STP-260209-10000", pattern.format("STP", DAY, 10_000));
        assertEquals("STP-260209-123456", pattern.format("STP", DAY, 123_456));
    }

    @Test
    void aNumberStartsAtOne() {
        assertThrows(IllegalArgumentException.class,
                () -> DossierCodePattern.standard().format("STP", DAY, 0));
    }

    @Test
    void patternsThatCannotGiveUniqueCodesAreRefused() {
        assertRefused("{yyMMdd}-{seq:4}", "agency");
        assertRefused("{agency}-{seq:4}", "year");
        assertRefused("{agency}-{yy}{MM}-{seq:4}", "day {dd}");
        assertRefused("{agency}-{yyMMdd}", "number");
        assertRefused("{agency}-{yyMMdd}-{seq:4}-{seq:2}", "repeats");
        assertRefused("{agency}-{yyMMdd}-{yy}-{seq:4}", "repeats");
        assertRefused("", "lacks");
    }

    @Test
    void malformedPatternsAreRefused() {
        assertRefused("{agency}-{yyMMdd}-{seq:0}", "1 to 9 digits");
        assertRefused("{agency}-{yyMMdd}-{seq:10}", "1 to 9 digits");
        assertRefused("{agency}-{yyMMdd}-{seq}", "unknown placeholder {seq}");
        assertRefused("{agency}-{ddMMyy}-{seq:4}", "unknown placeholder {ddMMyy}");
        assertRefused("{agency}/{yyMMdd}/{seq:4}", "letters, digits");
        assertRefused("{agency} {yyMMdd} {seq:4}", "letters, digits");
        assertRefused("{agency-{yyMMdd}-{seq:4}", "letters, digits");
        assertRefused("{agency}-{yyMMdd}-{seq:4}}", "letters, digits");
    }

    @Test
    void theSettingIsReadAndABadOneStopsTheStart() {
        String before = System.getProperty(DossierCodePattern.PROPERTY);
        try {
            System.setProperty(DossierCodePattern.PROPERTY, " {agency}-{yyyyMMdd}-{seq:7} ");
            assertEquals(7, DossierCodePattern.configured().sequenceDigits());

            System.setProperty(DossierCodePattern.PROPERTY, "{agency}-{seq:4}");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    DossierCodePattern::configured);
            assertTrue(e.getMessage().startsWith("The dossier code pattern set in "
                    + DossierCodePattern.PROPERTY + " is invalid"), e.getMessage());

            System.setProperty(DossierCodePattern.PROPERTY, "  ");
            assertEquals(DossierCodePattern.DEFAULT, DossierCodePattern.configured().pattern());
        } finally {
            if (before == null) {
                System.clearProperty(DossierCodePattern.PROPERTY);
            } else {
                System.setProperty(DossierCodePattern.PROPERTY, before);
            }
        }
    }

    private static void assertRefused(String pattern, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DossierCodePattern.parse(pattern), pattern);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
