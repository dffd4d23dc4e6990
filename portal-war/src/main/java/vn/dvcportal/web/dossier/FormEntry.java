package vn.dvcportal.web.dossier;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import vn.dvcportal.eform.control.Choice;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.web.account.DateInput;

/**
 * One field of the e-form as the application page edits it: the field's definition, the value
 * as typed, and the message of the last check. Dates are kept as typed (dd/MM/yyyy) and sent so;
 * the business core stores them as ISO dates, which are shown back the way people write them.
 */
public class FormEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FormField field;
    private String value;
    private String error;
    private boolean changed;
    private boolean sectionStart;

    public FormEntry(FormField field, String storedValue) {
        this.field = Objects.requireNonNull(field);
        this.value = shown(field.type(), storedValue);
    }

    /** A stored value as the field shows it: ISO dates as dd/MM/yyyy, the rest unchanged. */
    static String shown(FieldType type, String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        if (type == FieldType.DATE) {
            try {
                return DateInput.format(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        return stored;
    }

    public FormField getField() {
        return field;
    }

    public String getKey() {
        return field.key();
    }

    public FieldType getType() {
        return field.type();
    }

    /** The value as the page shows and posts it. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        String fresh = value == null || value.isEmpty() ? null : value;
        if (!Objects.equals(fresh, this.value)) {
            changed = true;
        }
        this.value = fresh;
    }

    /** A tick box's state, kept as {@code "true"} or nothing. */
    public boolean isChecked() {
        return "true".equals(value);
    }

    public void setChecked(boolean checked) {
        setValue(checked ? "true" : null);
    }

    /** The value as it is sent to the business core; a tick box not ticked is "false". */
    public String stored() {
        if (field.type() == FieldType.CHECKBOX) {
            return isChecked() ? "true" : "false";
        }
        return value == null ? "" : value;
    }

    /** The value in words for the review: the choice's label, "Có"/"Không" for a tick box. */
    public String display(boolean english, String yes, String no) {
        if (field.type() == FieldType.CHECKBOX) {
            return isChecked() ? yes : no;
        }
        if (value == null) {
            return "";
        }
        if (field.type() == FieldType.SELECT) {
            return field.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                    .map(c -> c.label(english)).orElse(value);
        }
        return value;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    /** True once the value was edited on this page since it was last saved. */
    public boolean isChanged() {
        return changed;
    }

    public void saved() {
        changed = false;
    }

    public String label(boolean english) {
        return field.label(english);
    }

    public String getHelp() {
        return field.help();
    }

    public boolean isRequired() {
        return field.required();
    }

    public List<Choice> getChoices() {
        return field.choices();
    }

    /** The most characters the field takes, for the input's maxlength. */
    public int getMaxLength() {
        return field.type() == FieldType.DATE ? 10 : field.limit();
    }

    /** The HTML input type that gives the right keyboard and the browser's own check. */
    public String getInputType() {
        return switch (field.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }

    /** The keyboard to offer on phones. */
    public String getInputMode() {
        return switch (field.type()) {
            case NUMBER, ID_NUMBER -> "numeric";
            case PHONE -> "tel";
            case EMAIL -> "email";
            default -> "text";
        };
    }

    /**
     * The pattern for the browser's check, or null. The field's own pattern is used only when
     * it is written in the part of regular expressions Java and browsers read alike; otherwise
     * the browser would ignore it or, worse, read it differently, and the server's check
     * remains in any case.
     */
    public String getHtmlPattern() {
        String own = field.pattern();
        if (own != null) {
            return isPortablePattern(own) ? own : null;
        }
        return switch (field.type()) {
            case ID_NUMBER -> "[0-9]{12}";
            case NUMBER -> "-?[0-9]{1,15}";
            case DATE -> "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}";
            case PHONE -> "(\\+84|0)[0-9 .]{8,13}";
            default -> null;
        };
    }

    /** What the browser says when the pattern does not match. */
    public String getPatternTitle() {
        return field.patternMessage();
    }

    /**
     * True for a pattern made of literal characters, classes, groups, alternatives and
     * quantifiers only: no flags, look-arounds, possessive quantifiers, named groups or
     * Java-only classes, and no character the HTML attribute would need escaped differently.
     */
    static boolean isPortablePattern(String pattern) {
        if (pattern.length() > 300) {
            return false;
        }
        String[] javaOnly = {"(?", "\\p", "\\P", "\\A", "\\Z", "\\z", "\\G", "\\Q", "\\E", "\\h",
            "\\R", "\\X", "*+", "++", "?+", "}+", "&&"};
        for (String token : javaOnly) {
            if (pattern.contains(token)) {
                return false;
            }
        }
        return pattern.codePoints().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /** The key of the province field a commune's list follows. */
    public String getDependsOn() {
        return field.dependsOn();
    }

    /** True for the first field of a section, under which the section's heading is shown. */
    public boolean isSectionStart() {
        return sectionStart;
    }

    public String getSection() {
        return field.section();
    }

    /**
     * Marks the first field of each named section, in the order given, so the page can show
     * the sections' headings.
     */
    public static void markSections(List<FormEntry> entries) {
        String previous = null;
        for (FormEntry entry : entries) {
            String section = entry.field.section();
            entry.sectionStart = section != null && !section.equals(previous);
            previous = section;
        }
    }

    public boolean isOfType(String type) {
        return field.type().name().equals(type);
    }
}
