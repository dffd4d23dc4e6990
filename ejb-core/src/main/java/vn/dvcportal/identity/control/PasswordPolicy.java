package vn.dvcportal.identity.control;

import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 8 and at most 128 characters, not the login name, not
 * one of the passwords every guessing list starts with. No rules on character classes: length
 * protects better, and such rules push people to predictable patterns.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    static final String LABEL = "Mật khẩu";

    private static final Set<String> COMMON = Set.of("12345678", "123456789", "1234567890",
            "12341234", "87654321", "11111111", "00000000", "88888888", "66666666",
            "123123123", "password", "password1", "password123", "passw0rd", "matkhau",
            "matkhau1", "matkhau123", "qwerty123", "qwertyuiop", "1q2w3e4r", "abc12345",
            "abcd1234", "a1234567", "admin123", "iloveyou", "anhyeuem", "zxcvbnm123",
            "abc@1234", "abc@123456", "admin@123", "p@ssw0rd", "123456aa", "aa123456");

    private PasswordPolicy() {
    }

    /**
     * What is wrong with the password, in Vietnamese, or {@code null} when it may be used.
     *
     * @param loginName the account's login name, which the password must not contain
     */
    public static String problem(char[] password, String loginName) {
        if (password == null || password.length == 0) {
            return LABEL + " không được để trống.";
        }
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return LABEL + " phải có ít nhất " + MIN_LENGTH + " ký tự.";
        }
        if (length > MAX_LENGTH) {
            return LABEL + " dài tối đa " + MAX_LENGTH + " ký tự.";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (loginName != null && loginName.length() >= 3
                && lower.contains(loginName.toLowerCase(Locale.ROOT))) {
            return LABEL + " không được chứa tên đăng nhập (số định danh, mã số thuế).";
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 3) {
            return LABEL + " này quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác.";
        }
        return null;
    }
}
