package vn.dvcportal.identity.control;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted, with a Vietnamese message for each field at fault, in the
 * order of the form, so that a page can show each message beside its field. Nothing the
 * request wrote is kept.
 */
@ApplicationException(rollback = true)
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> problems;

    /** @param problems field name to message; at least one */
    public ValidationFailure(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs a problem");
        }
        this.problems = new LinkedHashMap<>(problems);
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(Map.of(field, message));
    }

    /** Field name to Vietnamese message, in the order of the form. */
    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** The message for one field, or {@code null}. */
    public String problem(String field) {
        return problems.get(field);
    }
}
