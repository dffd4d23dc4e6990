package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dvcportal.dossier.entity.Delivery;

/**
 * What the applicant changed in the wizard; a null part is left as it was, so that each step may
 * save only its own part. Values replace those of the same keys; a blank value clears one.
 */
public record DraftInput(String caseName, Map<String, String> values, Delivery delivery,
        String postalAddress) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DraftInput {
        values = values == null ? null : new LinkedHashMap<>(values);
    }
}
