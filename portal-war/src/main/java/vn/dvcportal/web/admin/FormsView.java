package vn.dvcportal.web.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.dvcportal.eform.boundary.EForms;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The page where an administrator reads and sets the e-form of a procedure: the definition is
 * checked and previewed before it is saved, so applicants never meet a broken form.
 */
@Named
@ViewScoped
public class FormsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EForms forms;

    @Inject
    LanguagePreference languagePreference;

    private String code = "";
    private String json;
    private EForms.Origin origin;
    private List<FormField> preview = List.of();
    private String notice;
    private final FormErrors errors = new FormErrors();

    /** Loads the definition in effect for the code in the address, or the default form. */
    public void load() {
        errors.clear();
        try {
            EForms.Definition definition = forms.definition(code);
            json = definition.json();
            origin = definition.origin();
            preview = FormSchema.parse(json).fields();
        } catch (EJBAccessException e) {
            errors.general(text("forms.denied"));
        } catch (IllegalArgumentException e) {
            errors.put("definition", e.getMessage());
        }
    }

    /** Shows the fields the definition would give, without saving it. */
    public String check() {
        errors.clear();
        notice = null;
        try {
            preview = FormSchema.parse(json).fields();
            notice = text("forms.checked");
        } catch (IllegalArgumentException e) {
            errors.put("definition", e.getMessage());
        }
        return null;
    }

    public String save() {
        errors.clear();
        notice = null;
        try {
            preview = forms.put(code.isBlank() ? "*" : code, json).fields();
            origin = EForms.Origin.OWN;
            notice = text("forms.saved");
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
        } catch (EJBAccessException e) {
            errors.general(text("forms.denied"));
        }
        return null;
    }

    private String text(String key) {
        return Texts.text(languagePreference.getLocale(), key);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code.strip();
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    public EForms.Origin getOrigin() {
        return origin;
    }

    public List<FormField> getPreview() {
        return preview;
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
