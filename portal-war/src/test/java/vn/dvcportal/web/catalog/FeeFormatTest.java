package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dvcportal.web.i18n.LanguagePreference;

class FeeFormatTest {

    private static final Locale VI = LanguagePreference.VIETNAMESE;
    private static final Locale EN = LanguagePreference.ENGLISH;

    @Test
    void dongGetDotsAsThousandsSeparators() {
        assertEquals("50.000 đồng", FeeFormat.amount(new BigDecimal("50000"), "VND", VI));
        assertEquals("1.500.000 đồng", FeeFormat.amount(new BigDecimal("1500000.00"), "VND", VI));
        assertEquals("200 đồng", FeeFormat.amount(new BigDecimal("200"), null, VI));
    }

    @Test
    void englishReadersSeeTheirOwnSeparators() {
        assertEquals("VND 50,000", FeeFormat.amount(new BigDecimal("50000"), "VND", EN));
        assertEquals("12.50 USD", FeeFormat.amount(new BigDecimal("12.5"), "USD", EN));
    }

    @Test
    void foreignCurrenciesKeepTheirCodeAndCents() {
        assertEquals("10 USD", FeeFormat.amount(new BigDecimal("10"), "USD", VI));
        assertEquals("12,50 USD", FeeFormat.amount(new BigDecimal("12.5"), "USD", VI));
        assertEquals("1.234,56 EUR", FeeFormat.amount(new BigDecimal("1234.56"), "EUR", VI));
    }

    @Test
    void zeroIsFreeAndNoAmountIsNothing() {
        assertEquals("Miễn phí", FeeFormat.amount(BigDecimal.ZERO, "VND", VI));
        assertEquals("Free of charge", FeeFormat.amount(new BigDecimal("0.00"), null, EN));
        assertNull(FeeFormat.amount(null, "VND", VI));
    }
}
