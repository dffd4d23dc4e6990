package vn.dvcportal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * Sets a new password with the link of a reset mail, or the first password of an official
 * whose account an administrator created. The link works once and for a limited time.
 */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    LanguagePreference languagePreference;

    private String token;
    private String code;
    private String password;
    private String password2;
    private boolean done;
    private String badLink;
    private final FormErrors errors = new FormErrors();

    public String reset() {
        errors.clear();
        Locale locale = languagePreference.getLocale();
        String given = getGivenToken();
        if (given == null) {
            badLink = Texts.text(locale, "reset.error.noLink");
            return null;
        }
        char[] secret = Pages.chars(password);
        try {
            if (password == null || password.isEmpty()) {
                errors.put("password", Texts.text(locale, "reset.error.required"));
            } else if (!password.equals(password2)) {
                errors.put("password2", Texts.text(locale, "register.error.passwordsDiffer"));
            } else {
                accounts.resetPassword(given, secret);
                done = true;
            }
        } catch (ValidationFailure e) {
            if (e.problem("token") != null) {
                badLink = e.problem("token");
            }
            e.problems().forEach((field, message) -> {
                if (!"token".equals(field)) {
                    errors.put(field, message);
                }
            });
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
            password2 = null;
        }
        return null;
    }

    /** The token of the link, under either name; null when the page was opened without one. */
    String getGivenToken() {
        String given = token != null && !token.isBlank() ? token : code;
        return given == null || given.isBlank() ? null : given.strip();
    }

    public boolean isLinkMissing() {
        return getGivenToken() == null;
    }

    public boolean isDone() {
        return done;
    }

    /** Why the link cannot be used, or null while it may. */
    public String getBadLink() {
        return badLink;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword2() {
        return null;
    }

    public void setPassword2(String password2) {
        this.password2 = password2;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
