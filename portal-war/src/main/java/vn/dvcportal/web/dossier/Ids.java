package vn.dvcportal.web.dossier;

/** Record numbers as they come in addresses: digits only, else no number at all. */
public final class Ids {

    private static final int MAX_DIGITS = 18;

    private Ids() {
    }

    /** The number written in the text, or null for anything that is not a plain number. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
