package vn.dvcportal.division.entity;

import java.util.Optional;

/**
 * Tier of an administrative unit. Each tier has its own code length in the statistics office's
 * numbering, which is how a bare code in the merge lists reveals the tier of the unit it names.
 */
public enum UnitLevel {

    /** Province or centrally-run city (cấp tỉnh), two-digit code. */
    PROVINCE(2),

    /** District, town or provincial city (cấp huyện), three-digit code; abolished in 2025. */
    DISTRICT(3),

    /** Commune, ward, township or special zone (cấp xã), five-digit code. */
    COMMUNE(5);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Number of digits in a code of this tier. */
    public int codeLength() {
        return codeLength;
    }

    /** Returns the tier whose codes have as many digits as {@code code}, if any. */
    public static Optional<UnitLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        for (UnitLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
