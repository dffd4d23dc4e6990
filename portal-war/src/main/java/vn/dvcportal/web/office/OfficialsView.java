package vn.dvcportal.web.office;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dvcportal.identity.boundary.Officials;
import vn.dvcportal.identity.boundary.OrgUnits;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.OfficialForm;
import vn.dvcportal.identity.control.OfficialView;
import vn.dvcportal.identity.control.OrgUnitView;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.mail.control.MailFailure;
import vn.dvcportal.web.account.CurrentUser;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.account.PublicAddress;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * Officials' accounts for administrators: the list, a new official, new roles, disabling. An
 * agency administrator sees and manages their own agency only; the business core enforces
 * that whatever the page sends, so the page only spares them choices they cannot make.
 */
@Named
@ViewScoped
public class OfficialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One official of the list, with the roles being edited in its row. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final OfficialView official;
        private List<String> roles;

        Row(OfficialView official) {
            this.official = official;
            this.roles = new ArrayList<>(official.roles());
        }

        public OfficialView getOfficial() {
            return official;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
        }

        /** The posting roles in words. */
        public String getRoleText() {
            return official.roles().stream().filter(r -> !Roles.OFFICIAL.equals(r))
                    .map(Roles::label).sorted().reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    /** A role the administrator may grant, with its label. */
    public record RoleChoice(String value, String label) implements Serializable {
    }

    @Inject
    Officials officials;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguagePreference languagePreference;

    private List<Row> rows = List.of();
    private List<OrgUnitView> units = List.of();
    private boolean systemAdministrator;
    private Long agencyId;
    private String loginName;
    private String fullName;
    private String email;
    private String phone;
    private Long unitId;
    private List<String> roles = new ArrayList<>();
    private String notice;
    private final FormErrors errors = new FormErrors();
    private final FormErrors rowErrors = new FormErrors();

    @PostConstruct
    void init() {
        systemAdministrator = currentUser.isSystemAdministrator();
        agencyId = currentUser.getAccount() == null ? null : currentUser.getAccount().agencyId();
        units = systemAdministrator || agencyId == null ? orgUnits.list()
                : orgUnits.within(agencyId);
        reload();
    }

    private void reload() {
        rows = officials.list(systemAdministrator ? null : agencyId).stream()
                .sorted(Comparator.comparing(OfficialView::loginName)).map(Row::new).toList();
    }

    public String create() {
        errors.clear();
        rowErrors.clear();
        notice = null;
        Locale locale = languagePreference.getLocale();
        try {
            OfficialForm form = new OfficialForm(loginName, fullName, email, phone, unitId,
                    new HashSet<>(roles), null);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest();
            officials.create(form, PublicAddress.of(request, PrettyUrls.RESET_PASSWORD));
            notice = Texts.format(locale, "officials.created", loginName.strip(), email);
            loginName = null;
            fullName = null;
            email = null;
            phone = null;
            unitId = null;
            roles = new ArrayList<>();
            reload();
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
        } catch (AccessDenied e) {
            errors.general(e.getMessage());
        } catch (MailFailure e) {
            errors.general(e.getMessage());
        } catch (EJBAccessException e) {
            errors.general(Texts.text(locale, "officials.error.denied"));
        }
        return null;
    }

    public String saveRoles(Row row) {
        return act(row, () -> officials.changeRoles(row.getOfficial().accountId(),
                Set.copyOf(row.getRoles())), "officials.rolesSaved");
    }

    public String disable(Row row) {
        return act(row, () -> officials.disable(row.getOfficial().accountId()),
                "officials.disabled");
    }

    public String unlock(Row row) {
        return act(row, () -> officials.unlock(row.getOfficial().accountId()),
                "officials.unlocked");
    }

    private String act(Row row, Runnable action, String doneKey) {
        errors.clear();
        rowErrors.clear();
        notice = null;
        Locale locale = languagePreference.getLocale();
        String key = String.valueOf(row.getOfficial().accountId());
        try {
            action.run();
            notice = Texts.format(locale, doneKey, row.getOfficial().loginName());
            reload();
        } catch (ValidationFailure e) {
            rowErrors.put(key, String.join(" ", e.problems().values()));
        } catch (AccessDenied e) {
            rowErrors.put(key, e.getMessage());
        } catch (EJBAccessException e) {
            rowErrors.put(key, Texts.text(locale, "officials.error.denied"));
        }
        return null;
    }

    /** The message of a refused action on a row, or null. */
    public String rowError(Row row) {
        return rowErrors.of(String.valueOf(row.getOfficial().accountId()));
    }

    /** The roles this administrator may grant. */
    public List<RoleChoice> getRoleChoices() {
        Set<String> grantable = systemAdministrator ? Roles.POSTING_ROLES
                : Roles.AGENCY_GRANTABLE;
        return grantable.stream().sorted().map(r -> new RoleChoice(r, Roles.label(r))).toList();
    }

    /** "Agency › Department" labels of the units new officials may work in. */
    public String unitLabel(OrgUnitView unit) {
        if (unit.isAgency()) {
            return unit.name();
        }
        return units.stream().filter(u -> u.id() == unit.agencyId()).findFirst()
                .map(a -> a.name() + " › " + unit.name()).orElse(unit.name());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<OrgUnitView> getUnits() {
        return units;
    }

    public boolean isSystemAdministrator() {
        return systemAdministrator;
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public FormErrors getRowErrors() {
        return rowErrors;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
