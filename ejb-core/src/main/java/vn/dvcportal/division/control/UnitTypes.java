package vn.dvcportal.division.control;

import java.util.List;
import java.util.Optional;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * Kinds of administrative unit, told from the prefix of a unit's name where a list gives no type
 * of its own (the 2025 merge list does not).
 */
public final class UnitTypes {

    /** The name prefix and the type it stands for, per level; longer prefixes first. */
    private record Prefix(String prefix, String type) {
    }

    private static final List<Prefix> PROVINCE = List.of(
            // Every city at this level is run by the central government.
            new Prefix("Thành phố", "Thành phố Trung ương"),
            new Prefix("Tỉnh", "Tỉnh"));

    private static final List<Prefix> DISTRICT = List.of(
            new Prefix("Thành phố", "Thành phố"),
            new Prefix("Thị xã", "Thị xã"),
            new Prefix("Quận", "Quận"),
            new Prefix("Huyện", "Huyện"));

    private static final List<Prefix> COMMUNE = List.of(
            new Prefix("Thị trấn", "Thị trấn"),
            new Prefix("Đặc khu", "Đặc khu"),
            new Prefix("Phường", "Phường"),
            new Prefix("Xã", "Xã"));

    private UnitTypes() {
    }

    /**
     * Returns the type that the prefix of {@code name} denotes at {@code level}, or empty when
     * the name starts with no known prefix. {@code name} must already be in NFC.
     */
    public static Optional<String> fromName(UnitLevel level, String name) {
        List<Prefix> prefixes = switch (level) {
            case PROVINCE -> PROVINCE;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
        };
        for (Prefix prefix : prefixes) {
            if (name.startsWith(prefix.prefix() + " ")) {
                return Optional.of(prefix.type());
            }
        }
        return Optional.empty();
    }
}
