package vn.dvcportal.web.lookup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import vn.dvcportal.dossier.boundary.DossierLookup;
import vn.dvcportal.dossier.control.PublicStatus;
import vn.dvcportal.dossier.entity.NationalStatus;

/**
 * Dossier lookup by the code printed on the receipt: the procedure, the national status, when
 * the dossier was received and when it is due, and nothing about the applicant. A code with
 * characters no code has is refused with an explanation rather than looked up.
 */
@Named
@RequestScoped
public class LookupView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the code in the address: {@code /tra-cuu-ho-so?ma=...}. */
    public static final String PARAM = "ma";

    /** Closed without a result: withdrawn, not received, or stopped; nothing is due. */
    private static final Set<NationalStatus> CLOSED_WITHOUT_RESULT = Set.of(
            NationalStatus.NOT_RECEIVED, NationalStatus.WITHDRAWN, NationalStatus.STOPPED);

    @Inject
    DossierLookup lookup;

    private String code;
    private CodeInput.Checked checked = CodeInput.check(null);
    private PublicStatus found;
    private boolean searched;

    /** Looks the code up once it was sent; the view action of the page. */
    public void search() {
        if (!isSubmitted() || !checked.ok()) {
            return;
        }
        searched = true;
        found = lookup.byCode(checked.code()).orElse(null);
    }

    /** True once the form was sent, with or without a code. */
    public boolean isSubmitted() {
        return FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().containsKey(PARAM);
    }

    public boolean isBlank() {
        return isSubmitted() && checked.problem() == CodeInput.Problem.BLANK;
    }

    /** The bundle key of what is wrong with a code that was not looked up, or null. */
    public String getProblemKey() {
        return isSubmitted() && !checked.ok() && !isBlank() ? checked.problem().key() : null;
    }

    public boolean isNotFound() {
        return searched && found == null;
    }

    /** Whether a due date belongs on the answer: not for a dossier closed without result. */
    static boolean dueShown(PublicStatus status) {
        return status != null && !CLOSED_WITHOUT_RESULT.contains(status.status());
    }

    /**
     * The label of the due date: until the agency receives the dossier the date is only what
     * it would be if received now, so it is called expected.
     */
    static String dueLabelKey(PublicStatus status) {
        return status != null && status.receivedAt() == null ? "lookup.dueExpected"
                : "dossier.dueAt";
    }

    public boolean isDueShown() {
        return dueShown(found);
    }

    public String getDueLabelKey() {
        return dueLabelKey(found);
    }

    public PublicStatus getFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.checked = CodeInput.check(code);
        this.code = checked.code();
    }
}
