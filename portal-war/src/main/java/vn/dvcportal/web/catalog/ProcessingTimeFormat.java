package vn.dvcportal.web.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.web.i18n.Texts;

/**
 * A processing time as a sentence fragment: "15 ngày làm việc", "0,5 ngày", "2 hours". When the
 * catalogue's wording could not be read as a number and unit, that wording is shown instead.
 */
public final class ProcessingTimeFormat {

    private ProcessingTimeFormat() {
    }

    /** The time, the published wording, or {@code null} when there is neither. */
    public static String format(BigDecimal value, ProcessingTimeUnit unit, String publishedText,
            Locale locale) {
        if (value != null && unit != null) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            String key = "time.unit." + unit.name()
                    + (value.compareTo(BigDecimal.ONE) == 0 ? ".one" : ".other");
            return Texts.format(locale, key, format.format(value));
        }
        if (publishedText != null && !publishedText.isBlank()) {
            return publishedText.strip();
        }
        return null;
    }
}
