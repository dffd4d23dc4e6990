package vn.dvcportal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Asks for a link to set a new password. The answer is the same whether or not an account
 * matches what was typed, so that the page tells nobody which accounts exist.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    LanguagePreference languagePreference;

    private String login;
    private boolean sent;
    private final FormErrors errors = new FormErrors();

    public String send() {
        errors.clear();
        if (login == null || login.isBlank()) {
            errors.put("login", Texts.text(languagePreference.getLocale(),
                    "forgot.error.required"));
            return null;
        }
        accounts.requestPasswordReset(login.strip(),
                PublicAddress.of(Pages.request(), PrettyUrls.RESET_PASSWORD),
                Pages.request().getRemoteAddr());
        sent = true;
        return null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
