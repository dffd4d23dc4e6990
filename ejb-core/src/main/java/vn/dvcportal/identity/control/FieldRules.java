package vn.dvcportal.identity.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the fields of account forms are cleaned and checked. Each check returns a Vietnamese
 * message naming the field and what is wrong with it, or {@code null} when the value is
 * acceptable; the value checked is the cleaned one.
 *
 * <p>Fields with a shape (names, codes, e-mail, phone) accept only the characters that shape
 * needs, so markup or SQL typed there is refused. Free text (the street address) accepts what
 * people write and is stored as text, never interpreted; only control and invisible formatting
 * characters are refused there, since they serve no one but a forger.
 */
public final class FieldRules {

    public static final int PERSON_NAME_MAX = 100;
    public static final int ORGANISATION_NAME_MAX = 200;
    public static final int STREET_MAX = 200;
    public static final int EMAIL_MAX = 254;

    static final String FULL_NAME = "Họ và tên";
    static final String DATE_OF_BIRTH = "Ngày sinh";
    static final String EMAIL = "Địa chỉ thư điện tử";
    static final String PHONE = "Số điện thoại";
    static final String PROVINCE = "Tỉnh, thành phố";
    static final String COMMUNE = "Xã, phường, đặc khu";
    static final String STREET = "Địa chỉ chi tiết (số nhà, đường, thôn, tổ dân phố)";
    static final String ORGANISATION_NAME = "Tên doanh nghiệp, tổ chức";
    static final String LEGAL_REPRESENTATIVE = "Người đại diện theo pháp luật";
    static final String LOGIN_NAME = "Tên đăng nhập";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u3000]+");
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M} '’.-]+");
    private static final Pattern ORGANISATION =
            Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '’.,&()/+:-]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern EMAIL_SHAPE = Pattern.compile(
            "[a-z0-9_%+-]+(\\.[a-z0-9_%+-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?"
                    + "(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern PHONE_SHAPE = Pattern.compile("0[1-9][0-9]{8,9}");
    private static final Pattern OFFICIAL_LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private FieldRules() {
    }

    /** NFC, trimmed, every run of white space made one space; {@code null} stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /**
     * An e-mail address as stored: cleaned and in lower case. Inner spaces stay, to be
     * refused: dropping them would quietly address someone else's mailbox.
     */
    public static String cleanEmail(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    /** A phone number as stored: digits only, a leading +84 written as 0. */
    public static String cleanPhone(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return null;
        }
        String digits = cleaned.replaceAll("[ .()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return digits;
    }

    /** A person's name: letters, spaces, apostrophes, hyphens and dots, at most 100. */
    public static String personName(String label, String value) {
        return name(label, value, PERSON_NAME_MAX, PERSON_NAME,
                " chỉ được gồm chữ cái, khoảng trắng và các dấu nháy đơn ('), gạch nối (-),"
                        + " chấm (.).");
    }

    /** A business's or agency's name: also digits and common punctuation, at most 200. */
    public static String organisationName(String label, String value) {
        return name(label, value, ORGANISATION_NAME_MAX, ORGANISATION,
                " chỉ được gồm chữ cái, chữ số, khoảng trắng và các dấu . , - & ( ) / + : '.");
    }

    public static String email(String value) {
        if (blank(value)) {
            return EMAIL + " không được để trống.";
        }
        if (value.length() > EMAIL_MAX) {
            return EMAIL + " dài tối đa " + EMAIL_MAX + " ký tự.";
        }
        int at = value.indexOf('@');
        if (!EMAIL_SHAPE.matcher(value).matches() || at > 64) {
            return EMAIL + " không đúng định dạng (ví dụ: ten@example.com).";
        }
        return null;
    }

    public static String phone(String value, boolean required) {
        if (blank(value)) {
            return required ? PHONE + " không được để trống." : null;
        }
        if (!PHONE_SHAPE.matcher(value).matches()) {
            return PHONE + " không hợp lệ: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84"
                    + " (ví dụ 0912345678).";
        }
        return null;
    }

    /** The date of birth of a citizen whose number encodes {@code idBirthYear} (0: unknown). */
    public static String dateOfBirth(LocalDate value, LocalDate today, int idBirthYear) {
        if (value == null) {
            return DATE_OF_BIRTH + " không được để trống.";
        }
        if (value.isAfter(today)) {
            return DATE_OF_BIRTH + " không được sau ngày hôm nay.";
        }
        if (value.isBefore(EARLIEST_BIRTH)) {
            return DATE_OF_BIRTH + " không hợp lệ: trước năm 1900.";
        }
        if (idBirthYear > 0 && value.getYear() != idBirthYear) {
            return DATE_OF_BIRTH + " không khớp với năm sinh ghi trong số định danh cá nhân ("
                    + idBirthYear + ").";
        }
        return null;
    }

    public static String provinceCode(String value) {
        if (blank(value)) {
            return PROVINCE + " không được để trống.";
        }
        if (!value.matches("[0-9]{2}")) {
            return PROVINCE + " không hợp lệ: mã tỉnh, thành phố gồm 2 chữ số.";
        }
        return null;
    }

    public static String communeCode(String value) {
        if (blank(value)) {
            return COMMUNE + " không được để trống.";
        }
        if (!value.matches("[0-9]{5}")) {
            return COMMUNE + " không hợp lệ: mã xã, phường gồm 5 chữ số.";
        }
        return null;
    }

    /** Free text: anything printable up to 200 characters. */
    public static String street(String value) {
        if (blank(value)) {
            return STREET + " không được để trống.";
        }
        if (value.codePointCount(0, value.length()) > STREET_MAX) {
            return STREET + " dài tối đa " + STREET_MAX + " ký tự (đã nhập "
                    + value.codePointCount(0, value.length()) + ").";
        }
        if (INVISIBLE.matcher(value).find()) {
            return STREET + " có ký tự điều khiển hoặc ký tự ẩn không được phép.";
        }
        return null;
    }

    /** An official's user name: a letter, then letters, digits, dots, hyphens, underscores. */
    public static String officialLoginName(String value) {
        if (blank(value)) {
            return LOGIN_NAME + " không được để trống.";
        }
        if (!OFFICIAL_LOGIN.matcher(value).matches()) {
            return LOGIN_NAME + " phải dài từ 3 đến 50 ký tự, bắt đầu bằng chữ cái không dấu và"
                    + " chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -.";
        }
        return null;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String name(String label, String value, int max, Pattern allowed,
            String allowedText) {
        if (blank(value)) {
            return label + " không được để trống.";
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            return label + " dài tối đa " + max + " ký tự (đã nhập " + length + ").";
        }
        if (!allowed.matcher(value).matches()) {
            return label + allowedText;
        }
        if (value.codePoints().noneMatch(Character::isLetter)) {
            return label + " phải có ít nhất một chữ cái.";
        }
        return null;
    }
}
