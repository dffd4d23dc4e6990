package vn.dvcportal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.BusinessRegistration;
import vn.dvcportal.identity.control.CitizenRegistration;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.mail.control.MailFailure;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Registration of a citizen or of a business. Every field is checked by the business core,
 * which names each one at fault; the page shows each message beside its field and keeps what
 * was typed, the passwords excepted. Afterwards the person is asked to open the link that was
 * mailed to them.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value of {@code ?loai=} that asks for the business form. */
    public static final String BUSINESS = "doanh-nghiep";

    /** The request parameter the commune list posts: it is plain HTML, see the page. */
    static final String COMMUNE_PARAM = "communeCode";

    private static final Logger LOG = Logger.getLogger(RegisterView.class.getName());
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Registrations registrations;

    @Inject
    AddressDirectory addresses;

    @Inject
    LanguagePreference languagePreference;

    private String kind;
    private String personalId;
    private String fullName;
    private String dateOfBirth;
    private String taxCode;
    private String organisationName;
    private String legalRepresentative;
    private String email;
    private String phone;
    private String provinceCode;
    private String communeCode;
    private String street;
    private String password;
    private String password2;
    private String registeredEmail;
    private final FormErrors errors = new FormErrors();

    @PostConstruct
    void init() {
        // Someone the national identity provider knows but who has no account yet.
        HttpSession session = Pages.request().getSession(false);
        Object prefill = session == null ? null
                : session.getAttribute(NationalSignInServlet.PREFILL);
        if (prefill instanceof NationalSignInServlet.Prefill p) {
            personalId = p.personalId();
            fullName = p.fullName();
            email = p.email();
            session.removeAttribute(NationalSignInServlet.PREFILL);
        }
    }

    public String register() {
        errors.clear();
        communeCode = postedCommune();
        Locale locale = languagePreference.getLocale();
        char[] secret = Pages.chars(password);
        if (password != null && !password.isEmpty() && !password.equals(password2)) {
            errors.put("password2", Texts.text(locale, "register.error.passwordsDiffer"));
        }
        if (!isBusiness() && DateInput.isMalformed(dateOfBirth)) {
            errors.put("dateOfBirth", Texts.text(locale, "register.error.date"));
        }
        String verifyUrl = PublicAddress.of(Pages.request(), PrettyUrls.VERIFY_EMAIL);
        try {
            if (isBusiness()) {
                BusinessRegistration form = new BusinessRegistration(taxCode, organisationName,
                        legalRepresentative, email, phone, provinceCode, communeCode, street,
                        secret);
                if (errors.isEmpty()) {
                    registrations.registerBusiness(form, verifyUrl);
                } else {
                    // Nothing is stored; the form's own checks still name every other field.
                    errors.putAll(form.cleaned().problems());
                }
            } else {
                CitizenRegistration form = new CitizenRegistration(personalId, fullName,
                        DateInput.parse(dateOfBirth), email, phone, provinceCode, communeCode,
                        street, secret);
                if (errors.isEmpty()) {
                    registrations.registerCitizen(form, verifyUrl);
                } else {
                    errors.putAll(form.cleaned().problems(LocalDate.now(VIETNAM)));
                }
            }
            if (errors.isEmpty()) {
                registeredEmail = email == null ? "" : email.strip();
            }
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
        } catch (MailFailure e) {
            errors.general(e.getMessage());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Registration failed: {0}", e.toString());
            errors.general(Texts.text(locale, "register.error.failed"));
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
            password2 = null;
        }
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

    public boolean isBusiness() {
        return BUSINESS.equals(kind);
    }

    public boolean isDone() {
        return registeredEmail != null;
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPersonalId() {
        return personalId;
    }

    public void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
