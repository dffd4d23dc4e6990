package vn.dvcportal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Numbers, dates and sizes as pages show them: dates as dd/MM/yyyy in Vietnam's time zone,
 * numbers with the separators of the visitor's language (2.381 in Vietnamese).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_SHORT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final long KIB = 1024;

    @Inject
    LanguagePreference languagePreference;

    public String number(Number value) {
        return number(value, languagePreference.getLocale());
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A date with the time to the minute: "05/03/2026 14:30". */
    public String dateTimeShort(Instant instant) {
        return instant == null ? "" : DATE_TIME_SHORT.format(instant.atZone(ZONE));
    }

    public String bytes(long size) {
        return bytes(size, languagePreference.getLocale());
    }

    /** A choice with how many procedures it holds: "Hộ tịch (12)". */
    public String counted(String label, int count) {
        return label + " (" + number(count) + ")";
    }

    /** The items of a list as one phrase: "Cấp tỉnh, Cấp xã". Blank items are left out. */
    public String join(Collection<String> items) {
        if (items == null) {
            return "";
        }
        return items.stream().filter(i -> i != null && !i.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** A whole or decimal number with grouping, at most two decimals. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A file size in B, KB, MB or GB, one decimal above bytes. */
    public static String bytes(long size, Locale locale) {
        if (size < KIB) {
            return number(size, locale) + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = size;
        int unit = -1;
        while (value >= KIB && unit < units.length - 1) {
            value /= KIB;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value) + " " + units[unit];
    }
}
