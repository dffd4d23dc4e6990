package vn.dvcportal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.boundary.Profiles;
import vn.dvcportal.identity.control.ProfileEdit;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.identity.web.PortalIdentityStore;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The signed-in person's own page: what the portal knows about them, what they may change, a
 * new password, and signing out on every device. It acts on the caller only; the business core
 * takes the caller from the container, never from the page.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason the sign-in page shows after signing out on every device. */
    static final String SIGNED_OUT_EVERYWHERE = "da-dang-xuat-moi-noi";

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    AddressDirectory addresses;

    @Inject
    LanguagePreference languagePreference;

    private ProfileView profile;
    private String displayName;
    private String dateOfBirth;
    private String phone;
    private String legalRepresentative;
    private String provinceCode;
    private String communeCode;
    private String street;
    private String oldPassword;
    private String newPassword;
    private String newPassword2;
    private String notice;
    private final FormErrors errors = new FormErrors();
    private final FormErrors passwordErrors = new FormErrors();

    @PostConstruct
    void init() {
        show(profiles.mine());
    }

    private void show(ProfileView view) {
        profile = view;
        displayName = view.displayName();
        dateOfBirth = DateInput.format(view.dateOfBirth());
        phone = view.phone();
        legalRepresentative = view.legalRepresentative();
        provinceCode = view.provinceCode();
        communeCode = view.communeCode();
        street = view.street();
    }

    public String save() {
        errors.clear();
        notice = null;
        communeCode = postedCommune();
        Locale locale = languagePreference.getLocale();
        if (isCitizen() && DateInput.isMalformed(dateOfBirth)) {
            errors.put("dateOfBirth", Texts.text(locale, "register.error.date"));
            return null;
        }
        try {
            show(profiles.update(new ProfileEdit(displayName, DateInput.parse(dateOfBirth),
                    phone, legalRepresentative, provinceCode, communeCode, street)));
            SignedInSession.keep(Pages.request().getSession(), accounts.current());
            notice = Texts.text(locale, "profile.saved");
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
        }
        return null;
    }

    public String changePassword() {
        passwordErrors.clear();
        notice = null;
        Locale locale = languagePreference.getLocale();
        char[] old = Pages.chars(oldPassword);
        char[] fresh = Pages.chars(newPassword);
        try {
            if (old.length == 0) {
                passwordErrors.put("oldPassword", Texts.text(locale, "profile.error.oldRequired"));
            } else if (fresh.length == 0) {
                passwordErrors.put("newPassword", Texts.text(locale, "reset.error.required"));
            } else if (!newPassword.equals(newPassword2)) {
                passwordErrors.put("newPassword2",
                        Texts.text(locale, "register.error.passwordsDiffer"));
            } else {
                accounts.changePassword(old, fresh);
                // Every other session has ended; this one goes on under a new id.
                HttpServletRequest request = Pages.request();
                request.changeSessionId();
                request.getSession().setAttribute(PortalIdentityStore.EPOCH,
                        accounts.sessionEpoch(request.getUserPrincipal().getName()));
                notice = Texts.text(locale, "profile.passwordChanged");
            }
        } catch (ValidationFailure e) {
            passwordErrors.putAll(e.problems());
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
            oldPassword = null;
            newPassword = null;
            newPassword2 = null;
        }
        return null;
    }

    /** Ends every session of the account, this one too, and goes to the sign-in page. */
    public String signOutEverywhere() {
        accounts.signOutEverywhere();
        SignOutServlet.signOut(Pages.request());
        Pages.redirect(PrettyUrls.SIGN_IN + "?ly-do=" + SIGNED_OUT_EVERYWHERE);
        return null;
    }

    /** Refreshes the communes when the province changes. */
    public void provinceChanged() {
        communeCode = null;
    }

    /**
     * The commune chosen in the plain list, when the page had one; otherwise the typed code the
     * page's own field already set.
     */
    private String postedCommune() {
        return Pages.posted(RegisterView.COMMUNE_PARAM, communeCode);
    }

    public ProfileView getProfile() {
        return profile;
    }

    public boolean isCitizen() {
        return profile.kind() == AccountKind.CITIZEN;
    }

    public boolean isBusiness() {
        return profile.kind() == AccountKind.BUSINESS;
    }

    public boolean isOfficial() {
        return profile.kind() == AccountKind.OFFICIAL;
    }

    /** The roles in Vietnamese words, for officials. */
    public List<String> getRoleLabels() {
        return profile.roles().stream().filter(r -> !Roles.OFFICIAL.equals(r))
                .map(Roles::label).sorted(Comparator.naturalOrder()).toList();
    }

    public boolean isAddressListed() {
        return addresses.isLoaded();
    }

    public List<AddressDirectory.Place> getProvinces() {
        return addresses.provinces();
    }

    public List<AddressDirectory.Place> getCommunes() {
        return addresses.communes(provinceCode);
    }

    /** The stored address in words: street, commune, province. */
    public String getAddressText() {
        if (profile.provinceCode() == null) {
            return "";
        }
        return String.join(", ", List.of(
                profile.street() == null ? "" : profile.street(),
                addresses.communeName(profile.provinceCode(), profile.communeCode()),
                addresses.provinceName(profile.provinceCode())).stream()
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    public String getDateOfBirthText() {
        return DateInput.format(profile.dateOfBirth());
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public FormErrors getPasswordErrors() {
        return passwordErrors;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getOldPassword() {
        return null;
    }

    public void setOldPassword(String oldPassword) {
        this.oldPassword = oldPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPassword2() {
        return null;
    }

    public void setNewPassword2(String newPassword2) {
        this.newPassword2 = newPassword2;
    }
}
