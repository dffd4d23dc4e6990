package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    /**
     * Tax codes that large public companies print on their invoices and annual reports:
     * Viettel, Vinamilk, Vietcombank, FPT, Petrolimex, VNPT. The check digit must accept
     * them all.
     */
    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0300588569", "0100112437", "0101248141",
        "0100107370", "0100684378"})
    void publishedCodesOfLargeCompaniesAreValid(String code) {
        assertNull(TaxCode.problem(code));
        TaxCode parsed = TaxCode.parse(code);
        assertEquals(code, parsed.toString());
        assertFalse(parsed.isBranch());
    }

    @Test
    void theCheckDigitIsComputedWithTheOfficialWeights() {
        // 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 0·13 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4
        assertEquals(6, TaxCode.checkDigit("010010910"));
        // 375 mod 11 = 1
        assertEquals(9, TaxCode.checkDigit("030058856"));
        // 131 mod 11 = 10, so the check digit is 0
        assertEquals(0, TaxCode.checkDigit("010010737"));
        // a sum divisible by 11 calls for 10, which no code can carry
        assertEquals(-1, TaxCode.checkDigit("010999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109107", "0100109105", "0300588560", "0100112430",
        "0109999990", "0109999999"})
    void aWrongCheckDigitIsRefused(String code) {
        assertEquals("Mã số thuế không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.",
                TaxCode.problem(code));
    }

    @Test
    void aDependentUnitIsWrittenWithADash() {
        TaxCode branch = TaxCode.parse("0100109106001");
        assertEquals("0100109106-001", branch.toString());
        assertEquals("0100109106", branch.base());
        assertEquals("001", branch.branch());
        assertTrue(branch.isBranch());
        assertEquals(branch, TaxCode.parse("0100109106-001"));
        assertEquals(branch, TaxCode.parse(" 0100109106 - 001 "));
        assertEquals("Mã số thuế không hợp lệ: mã đơn vị phụ thuộc phải từ 001 đến 999.",
                TaxCode.problem("0100109106-000"));
        assertTrue(TaxCode.problem("0100109107-001").contains("chữ số kiểm tra"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010010910", "01001091060", "010010910600", "01001091060012",
        "0100109106--001", "-0100109106", "0100109106-01"})
    void otherLengthsAreRefused(String code) {
        assertEquals("Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số đối với đơn vị phụ thuộc"
                + " (ví dụ 0101234567-001).", TaxCode.problem(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01001O9106", "0100109106-ABC", "<script>", "' OR 1=1 --",
        "0100109106;"})
    void lettersAndSymbolsAreRefused(String code) {
        assertTrue(TaxCode.problem(code).startsWith("Mã số thuế chỉ được gồm chữ số"),
                TaxCode.problem(code));
        assertThrows(IllegalArgumentException.class, () -> TaxCode.parse(code));
    }

    @Test
    void emptyIsRefused() {
        assertEquals("Mã số thuế không được để trống.", TaxCode.problem(""));
        assertEquals("Mã số thuế không được để trống.", TaxCode.problem(null));
        assertFalse(TaxCode.isValid(null));
    }
}
