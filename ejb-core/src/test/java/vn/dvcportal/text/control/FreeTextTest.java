package vn.dvcportal.text.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void invisibleCharactersGoAndLineBreaksStay() {
        assertEquals("abcfdp.exe", FreeText.clean("abc\u202Efdp.exe"));
        assertEquals("a\nb", FreeText.clean(" a\u0000\r\nb\u0007\t\u200B "));
        assertEquals("x", FreeText.clean("\uE000x\uFEFF"));
        assertNull(FreeText.clean(null));
        assertEquals("", FreeText.clean("\u202E \u0000"));
    }

    @Test
    void aMarkSeparatedFromItsLetterStillComposes() {
        String nfd = Normalizer.normalize("Hồ", Normalizer.Form.NFD);
        String split = nfd.charAt(0) + "" + nfd.charAt(1) + "\u200D" + nfd.substring(2);
        assertEquals("Hồ", FreeText.clean(split));
    }

    @Test
    void oneLineJoinsLines() {
        assertEquals("Số 1, Lê Lợi, Hà Nội", FreeText.oneLine("Số 1\r\n Lê Lợi\n\nHà Nội\u202E"));
    }
}
