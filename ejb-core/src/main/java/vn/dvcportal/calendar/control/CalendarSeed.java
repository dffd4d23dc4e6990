package vn.dvcportal.calendar.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The calendar shipped with the portal, read from {@value #RESOURCE}: one day a line as
 * {@code 2026-04-27,DAY_OFF,Nghỉ bù Giỗ Tổ Hùng Vương}; blank lines and lines starting with
 * {@code #} are ignored. Each day passes the same checks as one entered on the page.
 */
public final class CalendarSeed {

    public static final String RESOURCE = "/calendar/vn-holidays.csv";

    private CalendarSeed() {
    }

    /** The days of the shipped calendar. */
    public static List<CalendarDay> shipped() {
        try (InputStream in = CalendarSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The days of a file in this format.
     *
     * @throws IllegalArgumentException naming the line of the first error
     */
    public static List<CalendarDay> read(InputStream in) throws IOException {
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            CalendarDay day = parse(text, number);
            if (!seen.add(day.day())) {
                throw new IllegalArgumentException("Line " + number + ": " + day.day()
                        + " is listed twice");
            }
            days.add(day);
        }
        return days;
    }

    private static CalendarDay parse(String text, int number) {
        String[] fields = text.split(",", 3);
        if (fields.length != 3) {
            throw new IllegalArgumentException("Line " + number
                    + ": expected day,kind,name but found \"" + text + "\"");
        }
        try {
            return DayRules.check(LocalDate.parse(fields[0].strip()),
                    DayKind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT)), fields[2]);
        } catch (DateTimeParseException | IllegalArgumentException | ValidationFailure e) {
            throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
        }
    }
}
