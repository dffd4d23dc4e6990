package vn.dvcportal.eform.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dvcportal.identity.control.PersonalIdNumber;

/**
 * Cleans what an applicant typed and says, field by field and in Vietnamese, what is wrong. The
 * browser checks the same rules first, but only this check counts.
 */
public final class FormValidator {

    /** Which administrative unit codes exist; checks are skipped while none are loaded. */
    public interface UnitCodes {

        boolean loaded();

        boolean province(String code);

        boolean commune(String provinceCode, String communeCode);
    }

    /** For when no units are loaded: any well-formed code is accepted. */
    public static final UnitCodes UNCHECKED = new UnitCodes() {
        @Override
        public boolean loaded() {
            return false;
        }

        @Override
        public boolean province(String code) {
            return true;
        }

        @Override
        public boolean commune(String provinceCode, String communeCode) {
            return true;
        }
    };

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u3000]+");
    private static final Pattern LINE_SPACES =
            Pattern.compile("[\\t\\u00a0\\u2000-\\u200a\\u3000 ]+");
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n]]");
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9_%+-]+(\\.[a-z0-9_%+-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?"
                    + "(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("0[1-9][0-9]{8,9}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,15}");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{2,5}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private FormValidator() {
    }

    /**
     * The values as they are kept: only the form's own keys, NFC, invisible characters removed,
     * spaces collapsed (line breaks kept in long texts), dates as ISO, phones as digits, e-mail
     * in lower case. A value that cannot be converted is kept as typed, for validate to explain.
     */
    public static Map<String, String> normalise(FormSchema schema, Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String raw = typed == null ? null : typed.get(field.key());
            if (raw == null) {
                continue;
            }
            String text = INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                    .replaceAll("");
            text = field.type() == FieldType.TEXTAREA
                    ? LINE_SPACES.matcher(text.replace("\r", "")).replaceAll(" ").strip()
                    : SPACES.matcher(text).replaceAll(" ").strip();
            values.put(field.key(), switch (field.type()) {
                case DATE -> isoDate(text);
                case PHONE -> phone(text);
                case EMAIL -> text.toLowerCase(Locale.ROOT);
                case ID_NUMBER, NUMBER -> text.replace(" ", "");
                case CHECKBOX -> Boolean.toString("true".equalsIgnoreCase(text)
                        || "on".equalsIgnoreCase(text));
                default -> text;
            });
        }
        return values;
    }

    /** Field key to message for every field at fault; empty when the form may be submitted. */
    public static Map<String, String> validate(FormSchema schema, Map<String, String> values,
            UnitCodes units, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String value = values.get(field.key());
            String problem = problem(field, value, values, units, today);
            if (problem != null) {
                problems.put(field.key(), problem);
            }
        }
        return problems;
    }

    private static String problem(FormField field, String value, Map<String, String> values,
            UnitCodes units, LocalDate today) {
        String label = field.label();
        boolean empty = value == null || value.isEmpty()
                || field.type() == FieldType.CHECKBOX && !"true".equals(value);
        if (empty) {
            if (!field.required()) {
                return null;
            }
            return field.type() == FieldType.CHECKBOX ? label + ": cần đánh dấu để xác nhận."
                    : label + " không được để trống.";
        }
        if (value.length() > field.limit()) {
            return label + " dài tối đa " + field.limit() + " ký tự (đã nhập " + value.length()
                    + ").";
        }
        String typeProblem = switch (field.type()) {
            case NUMBER -> number(field, value);
            case DATE -> date(label, value, today);
            case EMAIL -> EMAIL.matcher(value).matches() ? null
                    : label + " không đúng định dạng (ví dụ: ten@example.com).";
            case PHONE -> PHONE.matcher(value).matches() ? null
                    : label + " không hợp lệ: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84"
                            + " (ví dụ 0912345678).";
            case ID_NUMBER -> PersonalIdNumber.problem(value, Year.from(today));
            case SELECT -> field.choices().stream().anyMatch(c -> c.value().equals(value)) ? null
                    : label + ": giá trị đã chọn không có trong danh sách.";
            case PROVINCE -> !UNIT_CODE.matcher(value).matches() || !units.province(value)
                    ? label + ": không có tỉnh, thành phố mã " + value + "." : null;
            case COMMUNE -> commune(label, value, values.get(field.dependsOn()), units);
            default -> null;
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            return field.patternMessage() != null ? field.patternMessage()
                    : label + " không đúng định dạng.";
        }
        return null;
    }

    private static String number(FormField field, String value) {
        if (!INTEGER.matcher(value).matches()) {
            return field.label() + " phải là số nguyên (chỉ gồm chữ số).";
        }
        long n = Long.parseLong(value);
        if (field.min() != null && n < field.min() || field.max() != null && n > field.max()) {
            return field.label() + " phải trong khoảng " + (field.min() == null ? "" : field.min())
                    + " – " + (field.max() == null ? "" : field.max()) + ".";
        }
        return null;
    }

    private static String date(String label, String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return label + " phải là một ngày có thật, viết theo dạng dd/MM/yyyy"
                    + " (ví dụ 09/02/2026).";
        }
        if (date.isBefore(EARLIEST) || date.isAfter(today.plusYears(100))) {
            return label + " nằm ngoài khoảng cho phép (từ 01/01/1900).";
        }
        return null;
    }

    private static String commune(String label, String value, String province, UnitCodes units) {
        if (!UNIT_CODE.matcher(value).matches()) {
            return label + ": mã " + value + " không hợp lệ.";
        }
        if (units.loaded() && (province == null || !units.commune(province, value))) {
            return label + ": không có xã, phường mã " + value + " trong tỉnh, thành phố đã chọn.";
        }
        return null;
    }

    /** dd/MM/yyyy or ISO as ISO; anything else unchanged, so the message can quote it. */
    private static String isoDate(String text) {
        try {
            return LocalDate.parse(text, TYPED).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String phone(String text) {
        String digits = text.replaceAll("[ .()-]", "");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }
}
