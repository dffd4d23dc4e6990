package vn.dvcportal.web.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages a form shows after a refused post: one beside each field at fault, in the
 * order of the form, and those that concern the form as a whole above it.
 */
public class FormErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public void clear() {
        fields.clear();
        general.clear();
    }

    /** Adds the message of a field, unless the field already has one. */
    public void put(String field, String message) {
        if (message != null) {
            fields.putIfAbsent(field, message);
        }
    }

    public void putAll(Map<String, String> problems) {
        problems.forEach(this::put);
    }

    /** Adds a message about the whole form. */
    public void general(String message) {
        if (message != null && !general.contains(message)) {
            general.add(message);
        }
    }

    /** Field name to message, for {@code #{view.errors.fields['email']}}. */
    public Map<String, String> getFields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<String> getGeneral() {
        return Collections.unmodifiableList(general);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return fields.get(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general.isEmpty();
    }
}
