package vn.dvcportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditTextsTest {

    @Test
    void nothingAndBlankAreNothing() {
        assertNull(AuditTexts.clip(null, 10));
        assertNull(AuditTexts.clip("   ", 10));
        assertNull(AuditTexts.clip("\r\n\t", 10));
    }

    @Test
    void lineBreaksCannotForgeASecondRecord() {
        assertEquals("nva  SIGN_IN_SUCCEEDED admin",
                AuditTexts.clip("nva\r\nSIGN_IN_SUCCEEDED admin", 100));
        assertEquals("a b", AuditTexts.clip("a\u2028b", 100));
        assertEquals("a b", AuditTexts.clip("a\u0000b", 100));
    }

    @Test
    void vietnameseIsStoredPrecomposed() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n A";
        assertEquals("Nguyễn Văn A", AuditTexts.clip(decomposed, 100));
    }

    @Test
    void longTextIsCutWithoutSplittingACharacter() {
        assertEquals("abc", AuditTexts.clip("abcdef", 3));
        // U+1F600 takes two chars: it does not fit in the last place and is left out whole.
        assertEquals("ab", AuditTexts.clip("ab\uD83D\uDE00", 3));
        assertEquals("ab\uD83D\uDE00", AuditTexts.clip("ab\uD83D\uDE00c", 4));
    }

    @Test
    void surroundingSpaceIsTrimmed() {
        assertEquals("admin", AuditTexts.clip("  admin \n", 100));
    }
}
