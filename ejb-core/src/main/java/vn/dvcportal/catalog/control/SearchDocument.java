package vn.dvcportal.catalog.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.dvcportal.catalog.entity.ChannelKind;

/**
 * What the catalogue search knows about one procedure.
 *
 * <p>{@code extraText} holds searchable text that is not the procedure's own name (its field,
 * the agencies that handle it); a match there ranks below a match in the name. Missing values
 * become empty so that the index never has to test for {@code null}.
 *
 * @param id        procedure key returned in search hits
 * @param code      national procedure code, e.g. {@code 1.000771}
 * @param name      procedure name as published
 * @param fieldId   key of the procedure's field (lĩnh vực)
 * @param agencyIds keys of the agencies that handle it
 * @param levels    levels that carry it out (Cấp bộ, Cấp tỉnh, Cấp xã)
 * @param audiences who may use it
 * @param channels  how a dossier may be submitted
 * @param extraText further searchable text ranked below the name
 */
public record SearchDocument(long id, String code, String name, long fieldId, Set<Long> agencyIds,
        Set<String> levels, Set<String> audiences, Set<ChannelKind> channels, String extraText) {

    public SearchDocument {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name;
        agencyIds = copyOf(agencyIds);
        levels = copyOf(levels);
        audiences = copyOf(audiences);
        channels = copyOfChannels(channels);
        extraText = extraText == null ? "" : extraText;
    }

    private static Set<ChannelKind> copyOfChannels(Set<ChannelKind> channels) {
        Set<ChannelKind> present = copyOf(channels);
        return present.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(present));
    }

    /** Keeps insertion order (useful when printing) and drops {@code null} elements. */
    private static <T> Set<T> copyOf(Set<T> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<T> copy = new LinkedHashSet<>(values.size() * 2);
        for (T value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        return copy.isEmpty() ? Set.of() : Collections.unmodifiableSet(copy);
    }
}
