package vn.dvcportal.web.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.dvcportal.web.i18n.Texts;

/**
 * Fees as people read them: "50.000 đồng" in Vietnamese, "VND 50,000" in English, and a foreign
 * amount with its currency code ("10 USD"). Amounts are kept exact: no rounding of the
 * published figure, and no decimals for the Vietnamese đồng, which has no minor unit.
 */
public final class FeeFormat {

    public static final String VND = "VND";

    private FeeFormat() {
    }

    /**
     * The amount with its currency, "free" for zero, or {@code null} when the catalogue gave no
     * amount, in which case the published wording is all there is to show.
     */
    public static String amount(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() == 0) {
            return Texts.text(locale, "fee.free");
        }
        String code = currency == null || currency.isBlank() ? VND : currency.strip();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        // Cents are shown in full (12,50 USD) or not at all (10 USD).
        int decimals = VND.equals(code) || scale(amount) == 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String number = format.format(amount);
        return VND.equals(code)
                ? Texts.format(locale, "fee.vnd", number)
                : Texts.format(locale, "fee.foreign", number, code);
    }

    private static int scale(BigDecimal amount) {
        return Math.max(0, amount.stripTrailingZeros().scale());
    }
}
