package vn.dvcportal.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dvcportal.audit.boundary.AuditQuery;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.web.site.Urls;

/**
 * A search of the audit log as the page's address carries it: dates as dd/MM/yyyy in Vietnam's
 * time zone, both days included, the kind of event, the actor and the page number. Reading it
 * collects every mistake at once, as message keys, rather than stopping at the first.
 *
 * @param from   first day, or {@code null}
 * @param to     last day, included, or {@code null}
 * @param type   kind of event, or {@code null} for all
 * @param actor  the actor's login name, or {@code null}
 * @param page   page number, from 1
 * @param errors message keys of what could not be read, with the field's label key
 */
public record AuditLogCriteria(LocalDate from, LocalDate to, AuditEventType type, String actor,
        int page, List<Problem> errors) {

    /** The page's public address. */
    public static final String PATH = "/quan-tri/nhat-ky";

    public static final String FROM = "tu-ngay";
    public static final String TO = "den-ngay";
    public static final String TYPE = "loai";
    public static final String ACTOR = "nguoi";
    public static final String PAGE = "trang";

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE_INPUT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_OUTPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int MAX_DATE_INPUT = 20;

    /** A message key and the label key of the field it is about, or {@code null}. */
    public record Problem(String messageKey, String fieldKey) {
    }

    public AuditLogCriteria {
        errors = List.copyOf(errors);
    }

    /** Reads the address's parameters; any of them may be absent or nonsense. */
    public static AuditLogCriteria parse(String from, String to, String type, String actor,
            String page) {
        List<Problem> errors = new ArrayList<>();
        LocalDate fromDay = date(from, "audit.filter.from", errors);
        LocalDate toDay = date(to, "audit.filter.to", errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add(new Problem("audit.error.range", null));
        }
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        if (who != null && who.length() > AuditQuery.MAX_ACTOR_LENGTH) {
            errors.add(new Problem("audit.error.actorLength", "audit.filter.actor"));
            who = who.substring(0, AuditQuery.MAX_ACTOR_LENGTH);
        }
        if (who != null && who.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new Problem("audit.error.actorChars", "audit.filter.actor"));
            who = null;
        }
        return new AuditLogCriteria(fromDay, toDay, eventType(type), who, pageNumber(page),
                errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The query for one page of this search; only for valid criteria. */
    public AuditQuery query(int pageSize) {
        if (!isValid()) {
            throw new IllegalStateException("The search has mistakes: " + errors);
        }
        long first = (long) (page - 1) * pageSize;
        return new AuditQuery(from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), type, actor,
                (int) Math.min(first, Integer.MAX_VALUE - pageSize), pageSize);
    }

    /** The address of another page of the same search, without the context path. */
    public String url(int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(FROM, from == null ? null : DATE_OUTPUT.format(from));
        params.put(TO, to == null ? null : DATE_OUTPUT.format(to));
        params.put(TYPE, type == null ? null : type.name());
        params.put(ACTOR, actor);
        if (pageNumber > 1) {
            params.put(PAGE, String.valueOf(pageNumber));
        }
        return PATH + Urls.query(params);
    }

    /** A day as the form shows it back. */
    public static String format(LocalDate day) {
        return day == null ? null : DATE_OUTPUT.format(day);
    }

    private static LocalDate date(String text, String fieldKey, List<Problem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() <= MAX_DATE_INPUT) {
            try {
                return LocalDate.parse(value, DATE_INPUT);
            } catch (DateTimeParseException e) {
                // Reported below.
            }
        }
        errors.add(new Problem("audit.error.date", fieldKey));
        return null;
    }

    private static AuditEventType eventType(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            return AuditEventType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int pageNumber(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(
                c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(digits));
    }
}
