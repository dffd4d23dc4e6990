package vn.dvcportal.report.control;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The time of day a report timer fires, from a setting such as {@code dvc.report.schedule.daily}
 * (or its variable {@code DVC_REPORT_SCHEDULE_DAILY}): {@code HH:mm} in Vietnam's time, or
 * {@code off} for no timer. Nothing set means the default; a value that cannot be read also
 * means the default, which the caller logs.
 */
public final class ScheduleSetting {

    /** Nightly reports: after midnight, when the day before is complete and traffic is low. */
    public static final LocalTime DAILY_DEFAULT = LocalTime.of(1, 30);

    /** Monthly reports on the first, after the nightly ones. */
    public static final LocalTime MONTHLY_DEFAULT = LocalTime.of(2, 30);

    private ScheduleSetting() {
    }

    /** Parses a setting; empty for {@code off}, {@code fallback} for nothing or nonsense. */
    public static Optional<LocalTime> parse(String value, LocalTime fallback) {
        if (value == null || value.isBlank()) {
            return Optional.of(fallback);
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("none") || text.equals("false")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeException e) {
            return Optional.of(fallback);
        }
    }

    /** True when the value is set but neither a time nor {@code off}. */
    public static boolean isMalformed(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return parse(value, LocalTime.MIDNIGHT).equals(Optional.of(LocalTime.MIDNIGHT))
                && parse(value, LocalTime.NOON).equals(Optional.of(LocalTime.NOON));
    }

    /** The setting from a system property, else from an environment variable. */
    public static String read(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }
}
