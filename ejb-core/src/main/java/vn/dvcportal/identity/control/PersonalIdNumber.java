package vn.dvcportal.identity.control;

import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A personal identification number (số định danh cá nhân), as printed on the citizen identity
 * card: twelve digits, of which the first three are the code of the province where the birth
 * was registered, the fourth encodes the century of birth and the sex, the next two the year of
 * birth within the century, and the last six are a serial number.
 *
 * <p>The province codes are those of the 63 provinces before the 2025 merger, which is what
 * numbers issued so far carry; the 34 provinces of today kept codes from that list.
 */
public final class PersonalIdNumber {

    /** The 63 province codes of the national list, as the number writes them. */
    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019",
            "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054",
            "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
            "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    static final String LABEL = "Số định danh cá nhân";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String digits;

    private PersonalIdNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a number as typed; spaces between groups of digits are ignored.
     *
     * @throws IllegalArgumentException with a Vietnamese message saying what is wrong
     */
    public static PersonalIdNumber parse(String text) {
        return parse(text, Year.now(VIETNAM));
    }

    /** As {@link #parse(String)}, judging the year of birth against the given current year. */
    public static PersonalIdNumber parse(String text, Year currentYear) {
        String problem = problem(text, currentYear);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new PersonalIdNumber(clean(text));
    }

    /** Whether the text is a valid number this year. */
    public static boolean isValid(String text) {
        return problem(text, Year.now(VIETNAM)) == null;
    }

    /** What is wrong with the text, in Vietnamese, or {@code null} when it is a valid number. */
    public static String problem(String text, Year currentYear) {
        Objects.requireNonNull(currentYear, "currentYear");
        String digits = clean(text);
        if (digits.isEmpty()) {
            return LABEL + " không được để trống.";
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return LABEL + " chỉ được gồm các chữ số 0–9.";
        }
        if (digits.length() != 12) {
            return LABEL + " phải gồm đúng 12 chữ số (đã nhập " + digits.length() + ").";
        }
        String province = digits.substring(0, 3);
        if (!PROVINCE_CODES.contains(province)) {
            return LABEL + " không hợp lệ: ba chữ số đầu (" + province
                    + ") không phải mã tỉnh, thành phố nơi đăng ký khai sinh.";
        }
        int year = birthYear(digits);
        if (year > currentYear.getValue()) {
            return LABEL + " không hợp lệ: năm sinh ghi trong số (" + year
                    + ") chưa tới.";
        }
        return null;
    }

    /** The twelve digits. */
    public String digits() {
        return digits;
    }

    /** The three-digit code of the province of birth registration, e.g. "001" for Hà Nội. */
    public String provinceCode() {
        return digits.substring(0, 3);
    }

    /** The year of birth the number encodes. */
    public int birthYear() {
        return birthYear(digits);
    }

    /** The sex the number encodes: even century digits are men, odd ones women. */
    public boolean isMale() {
        return (digits.charAt(3) - '0') % 2 == 0;
    }

    private static int birthYear(String digits) {
        // 0/1 for the 20th century, 2/3 for the 21st, and so on by pairs.
        int century = (digits.charAt(3) - '0') / 2;
        return 1900 + 100 * century + Integer.parseInt(digits.substring(4, 6));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(" ", "").replace("\u00a0", "").strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdNumber p && p.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
