package vn.dvcportal.web.lookup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Dossier lookup by the code printed on the receipt. The portal holds no dossiers yet, so every
 * code is answered honestly with "not found"; nothing is made up.
 */
@Named
@RequestScoped
public class LookupView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer than any dossier code format in use; more is not worth echoing back. */
    static final int MAX_CODE_LENGTH = 60;

    private String code;

    /** The name of the code in the address: {@code /tra-cuu-ho-so?ma=...}. */
    public static final String PARAM = "ma";

    /** True once the form was sent, with or without a code. */
    public boolean isSubmitted() {
        return FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().containsKey(PARAM);
    }

    public boolean isBlank() {
        return isSubmitted() && (code == null || code.isBlank());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (code == null) {
            this.code = null;
            return;
        }
        String stripped = code.strip();
        this.code = stripped.length() > MAX_CODE_LENGTH
                ? stripped.substring(0, MAX_CODE_LENGTH) : stripped;
    }
}
