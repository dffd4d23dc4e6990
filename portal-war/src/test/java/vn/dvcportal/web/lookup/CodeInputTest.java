package vn.dvcportal.web.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeInputTest {

    @Test
    void aCodeIsTrimmedOfSpacesAndInvisibleCharacters() {
        CodeInput.Checked checked = CodeInput.check("  \u200bSYT-260105-0001\u00a0 ");
        assertTrue(checked.ok());
        assertEquals("SYT-260105-0001", checked.code());
    }

    @Test
    void nothingTypedIsBlank() {
        assertEquals(CodeInput.Problem.BLANK, CodeInput.check(null).problem());
        assertEquals(CodeInput.Problem.BLANK, CodeInput.check(" \t ").problem());
    }

    @Test
    void charactersNoCodeHasAreRefusedAndKeptToBeShown() {
        CodeInput.Checked checked = CodeInput.check("SYT 260105/0001");
        assertEquals(CodeInput.Problem.BAD_CHARACTERS, checked.problem());
        assertEquals("SYT 260105/0001", checked.code());
        assertEquals(CodeInput.Problem.BAD_CHARACTERS,
                CodeInput.check("<script>").problem());
        assertEquals(CodeInput.Problem.BAD_CHARACTERS, CodeInput.check("Sở-1").problem());
        assertEquals("lookup.badCharacters", CodeInput.Problem.BAD_CHARACTERS.key());
    }

    @Test
    void decomposedTextIsComposedFirst() {
        CodeInput.Checked checked = CodeInput.check("Se\u0301");
        assertEquals("S\u00e9", checked.code());
    }

    @Test
    void longInputIsCutAndRefused() {
        CodeInput.Checked checked = CodeInput.check("A".repeat(500));
        assertEquals(CodeInput.Problem.TOO_LONG, checked.problem());
        assertEquals(CodeInput.MAX_LENGTH, checked.code().length());
    }

    @Test
    void codesOfEveryFormatInUseAreAccepted() {
        assertTrue(CodeInput.check("000.00.04.G18-260609-0027").ok());
        assertTrue(CodeInput.check("STP-20260105-0000001").ok());
        assertTrue(CodeInput.check("ab_1").ok());
    }

    @Test
    void aCodeTypedInSmallLettersIsTheSameCode() {
        CodeInput.Checked checked = CodeInput.check(" syt-260105-0001 ");
        assertTrue(checked.ok());
        assertEquals("SYT-260105-0001", checked.code());
        assertEquals("000.00.04.G18-260609-0027",
                CodeInput.check("000.00.04.g18-260609-0027").code());
    }
}
