package vn.dvcportal.eform.control;

import java.io.Serializable;

/** One choice of a select field: the value stored and its labels. */
public record Choice(String value, String label, String labelEn) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The label for the language, Vietnamese when there is no English one. */
    public String label(boolean english) {
        return english && labelEn != null ? labelEn : label;
    }
}
