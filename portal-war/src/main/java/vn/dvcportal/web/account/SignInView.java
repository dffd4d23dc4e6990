package vn.dvcportal.web.account;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dvcportal.federation.control.OpenIdClient;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.control.SignInResult;
import vn.dvcportal.identity.web.PortalAuthentication;
import vn.dvcportal.identity.web.PortalIdentityStore;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The sign-in page: a login name (personal identification number, tax code or an official's
 * user name) and a password, or the national identity provider. After signing in, the person
 * goes back to the page that sent them here, or to the home of their kind of account.
 */
@Named
@ViewScoped
public class SignInView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer input is no login name; it is refused before anything is asked. */
    static final int MAX_LOGIN = 254;

    @Inject
    Accounts accounts;

    @Inject
    Registrations registrations;

    @Inject
    OpenIdClient openId;

    @Inject
    LanguagePreference languagePreference;

    private String login;
    private String password;
    private String next;
    private String reason;
    private String notice;
    private String unverifiedLogin;
    private final FormErrors errors = new FormErrors();

    /** Reads what the page was opened for: a notice left for it, the reason it was sent to. */
    public void open() {
        notice = SignedInSession.takeNotice(Pages.request().getSession(false));
    }

    public String signIn() {
        errors.clear();
        unverifiedLogin = null;
        Locale locale = languagePreference.getLocale();
        if (login == null || login.isBlank()) {
            errors.put("login", Texts.text(locale, "signIn.error.loginRequired"));
        } else if (login.length() > MAX_LOGIN) {
            errors.put("login", Texts.text(locale, "signIn.error.wrong"));
        }
        if (password == null || password.isEmpty()) {
            errors.put("password", Texts.text(locale, "signIn.error.passwordRequired"));
        }
        if (!errors.isEmpty()) {
            password = null;
            return null;
        }
        HttpServletRequest request = Pages.request();
        HttpServletResponse response = Pages.response();
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get()
                .authenticate(request, response, AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login.strip(),
                                new Password(password)))
                        .newAuthentication(true));
        password = null;
        Object outcome = request.getAttribute(PortalIdentityStore.RESULT);
        SignInResult result = outcome instanceof SignInResult r ? r : null;
        if (status == AuthenticationStatus.SUCCESS) {
            AccountSummary account = result != null && result.account() != null
                    ? result.account() : accounts.current();
            SignedInSession.started(request, account);
            Pages.redirect(NextPage.after(next, account.roles()));
            return null;
        }
        if (!response.isCommitted()) {
            // The container may have answered 401; the page itself is an ordinary answer.
            response.setStatus(HttpServletResponse.SC_OK);
        }
        errors.general(refusal(result, locale));
        if (result != null && result.status() == SignInResult.Status.UNVERIFIED) {
            unverifiedLogin = login.strip();
        }
        return null;
    }

    /** Mails a new verification link to an account whose address is not verified yet. */
    public String resendVerification() {
        if (unverifiedLogin != null) {
            registrations.resendVerification(unverifiedLogin,
                    PublicAddress.of(Pages.request(), PrettyUrls.VERIFY_EMAIL));
            notice = Texts.text(languagePreference.getLocale(), "signIn.resent");
            unverifiedLogin = null;
            errors.clear();
        }
        return null;
    }

    static String refusal(SignInResult result, Locale locale) {
        if (result == null) {
            return Texts.text(locale, "signIn.error.wrong");
        }
        return switch (result.status()) {
            case LOCKED -> Texts.format(locale, "signIn.error.locked",
                    Math.max(1, result.minutesLeft()));
            case UNVERIFIED -> Texts.text(locale, "signIn.error.unverified");
            case DISABLED -> Texts.text(locale, "signIn.error.disabled");
            default -> Texts.text(locale, "signIn.error.wrong");
        };
    }

    /** Whether to offer the national identity provider. */
    public boolean isNationalSignIn() {
        return openId.isConfigured();
    }

    /** The address that starts the sign-in through the national identity provider. */
    public String getNationalSignInUrl() {
        String url = Pages.request().getContextPath() + PrettyUrls.NATIONAL_SIGN_IN;
        return NextPage.isLocal(next) ? url + "?" + PortalAuthentication.NEXT + "="
                + URLEncoder.encode(next, StandardCharsets.UTF_8) : url;
    }

    /** The message key for the reason the page was opened with, or null. */
    public String getReasonKey() {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case SignOutServlet.SIGNED_OUT -> "signIn.reason.signedOut";
            case SessionEpochFilter.ENDED -> "signIn.reason.ended";
            case AccountView.SIGNED_OUT_EVERYWHERE -> "signIn.reason.signedOutEverywhere";
            case NationalSignInServlet.NO_ACCOUNT -> "signIn.reason.noAccount";
            default -> null;
        };
    }

    public boolean isNoAccount() {
        return NationalSignInServlet.NO_ACCOUNT.equals(reason);
    }

    public boolean isUnverified() {
        return unverifiedLogin != null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
