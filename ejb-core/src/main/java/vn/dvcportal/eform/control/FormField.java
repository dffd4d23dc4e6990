package vn.dvcportal.eform.control;

import java.io.Serializable;
import java.util.List;

/**
 * One field of an e-form.
 *
 * @param key name of the value in the dossier's form data
 * @param prefill where the initial value comes from, such as {@code profile.fullName}
 * @param choicesFrom reserved for choices read from a catalogue other than the units
 * @param dependsOn for a commune, the key of its province field
 * @param min least value of a number, or null
 * @param max greatest value of a number, or null
 */
public record FormField(String key, String label, String labelEn, FieldType type,
        boolean required, String pattern, String patternMessage, Integer maxLength, String help,
        String prefill, String section, List<Choice> choices, String choicesFrom,
        String dependsOn, Long min, Long max) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The label for the language, Vietnamese when there is no English one. */
    public String label(boolean english) {
        return english && labelEn != null ? labelEn : label;
    }

    /** The most characters accepted: the field's own limit or the type's. */
    public int limit() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == FieldType.TEXTAREA ? 4000 : 500;
    }
}
