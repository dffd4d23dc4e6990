package vn.dvcportal.web.account;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as people in Viet Nam write them: day, month and year, "05/03/1990". */
public final class DateInput {

    private static final DateTimeFormatter READ =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /**
     * The date typed, or null when nothing or no real date was typed. Dots and dashes are
     * read as slashes; the year must have four digits.
     */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace('.', '/').replace('-', '/');
        if (!text.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
            return null;
        }
        try {
            return LocalDate.parse(text, READ);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when something was typed that is no date. */
    public static boolean isMalformed(String typed) {
        return typed != null && !typed.isBlank() && parse(typed) == null;
    }

    public static String format(LocalDate date) {
        return date == null ? null : WRITE.format(date);
    }
}
