package vn.dvcportal.numbering.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How dossier codes are written, e.g. {@code {agency}-{yyMMdd}-{seq:4}} for
 * {@code STP-260209-0001}, the format of Thông tư 01/2018/TT-VPCP and the default.
 *
 * <p>Placeholders: {@code {agency}} the code of the receiving agency; {@code {yyyyMMdd}},
 * {@code {yyMMdd}}, {@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}} the day in Viet
 * Nam; {@code {seq:N}} the number of the dossier in that agency and day, zero-padded to N
 * digits (1 to 9). Anything else is copied as it is and may only hold letters, digits and
 * {@code . _ -}, so that a code stays one segment of a web address. Since numbers restart each
 * day for each agency, a pattern must hold the agency, the year, month and day, and the number
 * exactly once each; otherwise two dossiers could get one code.
 *
 * <p>A number longer than N digits is written in full rather than refused: the codes stay
 * unique and the dossier is received; the caller logs it so the pattern can be widened.
 */
public final class DossierCodePattern {

    /** The system property naming the pattern. */
    public static final String PROPERTY = "dvc.dossier.code-pattern";

    /** The environment variable naming the pattern when the property is not set. */
    public static final String VARIABLE = "DVC_DOSSIER_CODE_PATTERN";

    public static final String DEFAULT = "{agency}-{yyMMdd}-{seq:4}";

    private static final int MAX_DIGITS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQUENCE = Pattern.compile("seq:([0-9]{1,2})");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._-]*");

    private enum Field { AGENCY, YEAR, MONTH, DAY, SEQUENCE }

    /** One piece of the pattern: literal text, or a placeholder and its width. */
    private record Part(String literal, String placeholder, int digits) {
    }

    private final String pattern;
    private final List<Part> parts;
    private final int digits;

    private DossierCodePattern(String pattern, List<Part> parts, int digits) {
        this.pattern = pattern;
        this.parts = parts;
        this.digits = digits;
    }

    /** The default pattern. */
    public static DossierCodePattern standard() {
        return parse(DEFAULT);
    }

    /**
     * The pattern set in {@value #PROPERTY} or {@value #VARIABLE}, or the default.
     *
     * @throws IllegalStateException naming the setting and what is wrong with it
     */
    public static DossierCodePattern configured() {
        String property = System.getProperty(PROPERTY);
        String value = property != null ? property : System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            return standard();
        }
        try {
            return parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The dossier code pattern set in "
                    + (property != null ? PROPERTY : VARIABLE) + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A pattern from its text.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static DossierCodePattern parse(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<Part> parts = new ArrayList<>();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        int digits = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        int end = 0;
        while (m.find()) {
            literal(pattern, pattern.substring(end, m.start()), parts);
            String name = m.group(1);
            Matcher seq = SEQUENCE.matcher(name);
            if (seq.matches()) {
                int width = Integer.parseInt(seq.group(1));
                if (width < 1 || width > MAX_DIGITS) {
                    throw new IllegalArgumentException("\"" + pattern + "\": {seq:N} needs 1 to "
                            + MAX_DIGITS + " digits, not " + width);
                }
                mark(pattern, seen, m.group(), Field.SEQUENCE);
                digits = width;
                parts.add(new Part(null, "seq", width));
            } else {
                for (Field field : fields(pattern, name)) {
                    mark(pattern, seen, m.group(), field);
                }
                parts.add(new Part(null, name, 0));
            }
            end = m.end();
        }
        literal(pattern, pattern.substring(end), parts);
        Set<Field> missing = EnumSet.allOf(Field.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("\"" + pattern + "\" lacks " + describe(missing)
                    + "; a code needs the agency, the full date and the number, e.g. "
                    + DEFAULT);
        }
        return new DossierCodePattern(pattern, List.copyOf(parts), digits);
    }

    /**
     * The code of a dossier.
     *
     * @param agencyCode the code of the receiving agency
     * @param day        the day in Viet Nam the number belongs to
     * @param seq        the number, 1 or more
     */
    public String format(String agencyCode, LocalDate day, long seq) {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(day, "day");
        if (seq < 1) {
            throw new IllegalArgumentException("A dossier number starts at 1, not " + seq);
        }
        StringBuilder code = new StringBuilder();
        for (Part part : parts) {
            if (part.literal() != null) {
                code.append(part.literal());
                continue;
            }
            switch (part.placeholder()) {
                case "agency" -> code.append(agencyCode);
                case "yyyyMMdd" -> code.append(pad(day.getYear(), 4)).append(pad(
                        day.getMonthValue(), 2)).append(pad(day.getDayOfMonth(), 2));
                case "yyMMdd" -> code.append(pad(day.getYear() % 100, 2)).append(pad(
                        day.getMonthValue(), 2)).append(pad(day.getDayOfMonth(), 2));
                case "yyyy" -> code.append(pad(day.getYear(), 4));
                case "yy" -> code.append(pad(day.getYear() % 100, 2));
                case "MM" -> code.append(pad(day.getMonthValue(), 2));
                case "dd" -> code.append(pad(day.getDayOfMonth(), 2));
                case "seq" -> code.append(pad(seq, part.digits()));
                default -> throw new IllegalStateException(part.placeholder());
            }
        }
        return code.toString();
    }

    /** The digits the number is padded to. */
    public int sequenceDigits() {
        return digits;
    }

    /** True when a number is written within those digits. */
    public boolean fits(long seq) {
        return String.valueOf(seq).length() <= digits;
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    private static Set<Field> fields(String pattern, String name) {
        return switch (name) {
            case "agency" -> EnumSet.of(Field.AGENCY);
            case "yyyyMMdd", "yyMMdd" -> EnumSet.of(Field.YEAR, Field.MONTH, Field.DAY);
            case "yyyy", "yy" -> EnumSet.of(Field.YEAR);
            case "MM" -> EnumSet.of(Field.MONTH);
            case "dd" -> EnumSet.of(Field.DAY);
            default -> throw new IllegalArgumentException("\"" + pattern
                    + "\": unknown placeholder {" + name + "}; known are {agency}, {yyyyMMdd},"
                    + " {yyMMdd}, {yyyy}, {yy}, {MM}, {dd} and {seq:N}");
        };
    }

    private static void mark(String pattern, Set<Field> seen, String placeholder, Field field) {
        if (!seen.add(field)) {
            throw new IllegalArgumentException("\"" + pattern + "\": " + placeholder
                    + " repeats the " + describe(EnumSet.of(field)));
        }
    }

    private static void literal(String pattern, String text, List<Part> parts) {
        if (text.isEmpty()) {
            return;
        }
        if (!LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + pattern + "\": \"" + text
                    + "\" may only hold letters, digits and . _ - besides the placeholders");
        }
        parts.add(new Part(text, null, 0));
    }

    private static String describe(Set<Field> fields) {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            names.add(switch (f) {
                case AGENCY -> "agency {agency}";
                case YEAR -> "year {yy} or {yyyy}";
                case MONTH -> "month {MM}";
                case DAY -> "day {dd}";
                case SEQUENCE -> "number {seq:N}";
            });
        }
        return String.join(", ", names);
    }

    private static String pad(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
