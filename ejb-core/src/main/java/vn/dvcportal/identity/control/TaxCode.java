package vn.dvcportal.identity.control;

import java.util.Objects;

/**
 * A Vietnamese tax code (mã số thuế) of a business or organisation: ten digits whose last is a
 * check digit, or thirteen for a dependent unit (branch, representative office), written as the
 * parent's ten digits, a dash and three digits, e.g. {@code 0100109106-001}.
 *
 * <p>The check digit is {@code 10 - (s mod 11)} where {@code s} weighs the first nine digits by
 * 31, 29, 23, 19, 17, 13, 7, 5 and 3; a code for which that gives 10 is never issued.
 */
public final class TaxCode {

    static final String LABEL = "Mã số thuế";

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private final String base;
    private final String branch;

    private TaxCode(String base, String branch) {
        this.base = base;
        this.branch = branch;
    }

    /**
     * Reads a code as typed: ten digits, or thirteen with or without the dash; spaces are
     * ignored.
     *
     * @throws IllegalArgumentException with a Vietnamese message saying what is wrong
     */
    public static TaxCode parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String digits = clean(text).replace("-", "");
        return new TaxCode(digits.substring(0, 10),
                digits.length() == 13 ? digits.substring(10) : null);
    }

    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** What is wrong with the text, in Vietnamese, or {@code null} when it is a valid code. */
    public static String problem(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return LABEL + " không được để trống.";
        }
        String shape = LABEL + " phải gồm 10 chữ số, hoặc 13 chữ số đối với đơn vị phụ thuộc"
                + " (ví dụ 0101234567-001).";
        if (!cleaned.matches("[0-9]{10}(-?[0-9]{3})?")) {
            return cleaned.matches("[0-9-]+") ? shape
                    : LABEL + " chỉ được gồm chữ số và một dấu gạch ngang trước mã đơn vị phụ"
                            + " thuộc.";
        }
        String digits = cleaned.replace("-", "");
        int expected = checkDigit(digits);
        if (expected < 0 || expected != digits.charAt(9) - '0') {
            return LABEL + " không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.";
        }
        if (digits.length() == 13 && digits.endsWith("000")) {
            return LABEL + " không hợp lệ: mã đơn vị phụ thuộc phải từ 001 đến 999.";
        }
        return null;
    }

    /** The check digit the first nine digits call for, or -1 when no code can have them. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check == 10 ? -1 : check;
    }

    /** The ten digits of the business itself. */
    public String base() {
        return base;
    }

    /** The three digits of the dependent unit, or {@code null} for the business itself. */
    public String branch() {
        return branch;
    }

    public boolean isBranch() {
        return branch != null;
    }

    /** The written form: ten digits, or ten, a dash and three. */
    @Override
    public String toString() {
        return branch == null ? base : base + "-" + branch;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxCode t && t.base.equals(base) && Objects.equals(t.branch, branch);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, branch);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(" ", "").replace("\u00a0", "").strip();
    }
}
