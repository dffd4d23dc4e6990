package vn.dvcportal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.control.AgencyScope;
import vn.dvcportal.identity.control.IdentityMails;
import vn.dvcportal.identity.control.LockoutPolicy;
import vn.dvcportal.identity.control.MailLinks;
import vn.dvcportal.identity.control.OfficialDirectory;
import vn.dvcportal.identity.control.OfficialForm;
import vn.dvcportal.identity.control.OfficialView;
import vn.dvcportal.identity.control.OneTimeTokens;
import vn.dvcportal.identity.control.PasswordHasher;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.control.Views;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.identity.entity.TokenPurpose;
import vn.dvcportal.mail.control.MailFailure;
import vn.dvcportal.mail.control.Mailer;

/**
 * Officials' accounts, managed by administrators: a system administrator everywhere, an
 * agency administrator only inside their own agency. Reaching outside throws
 * {@link AccessDenied}; each change is audited with the administrator as actor.
 */
// Declared because the agency scope asks isCallerInRole about them.
@DeclareRoles({Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN})
@Stateless
public class Officials {

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Mailer mailer;

    @EJB
    AuditTrail audit;

    /**
     * Creates an official's account. Without an initial password in the form, a link to set
     * one is mailed, {@code setPasswordUrlBase?token=...}, valid three days; the page behind
     * it calls {@link Accounts#resetPassword(String, char[])}.
     *
     * @param setPasswordUrlBase the absolute address of the page that takes the token; unused
     *                           when the form carries an initial password
     * @throws ValidationFailure for a form at fault
     * @throws AccessDenied      for a unit or role beyond the caller's reach
     * @throws MailFailure       when the link could not be mailed; nothing is stored
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN})
    public AccountSummary create(OfficialForm form, String setPasswordUrlBase) {
        boolean withPassword = form.initialPassword() != null
                && form.initialPassword().length > 0;
        if (!withPassword) {
            MailLinks.link(setPasswordUrlBase, "");
        }
        Instant now = Instant.now();
        AccountStore store = new AccountStore(em);
        AgencyScope scope = Callers.scope(ctx, store);
        OfficialPosting posting = new OfficialDirectory(store, hasher).create(form, scope, now);
        em.flush();
        Account account = posting.getAccount();
        if (!withPassword) {
            String token = new OneTimeTokens(em).issue(account, TokenPurpose.RESET_PASSWORD,
                    OneTimeTokens.FIRST_PASSWORD_VALIDITY, now);
            IdentityMails.Mail mail = IdentityMails.firstPassword(account.getDisplayName(),
                    account.getLoginName(), MailLinks.link(setPasswordUrlBase, token),
                    OneTimeTokens.FIRST_PASSWORD_VALIDITY);
            mailer.send(account.getEmail(), mail.subject(), mail.text());
        }
        audit.record(AuditEventType.ACCOUNT_CREATED, scope.loginName(), account.getLoginName(),
                null, "Vai trò: " + sorted(posting.getRoles()) + (posting.getUnit() == null
                        ? "" : "; đơn vị: " + posting.getUnit().getCode()));
        return store.summary(account);
    }

    /**
     * Officials of an agency by login name. A system administrator may pass null for every
     * agency; for an agency administrator null means their own.
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN})
    public List<OfficialView> list(Long agencyId) {
        AccountStore store = new AccountStore(em);
        Instant now = Instant.now();
        return new OfficialDirectory(store, hasher).list(agencyId, Callers.scope(ctx, store))
                .stream().map(p -> Views.official(p, now)).toList();
    }

    /**
     * Replaces an official's posting roles; their sessions end so that the new roles apply.
     *
     * @param roles posting roles from {@link Roles#POSTING_ROLES}, at least one
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN})
    public void changeRoles(long accountId, Set<String> roles) {
        AccountStore store = new AccountStore(em);
        AgencyScope scope = Callers.scope(ctx, store);
        Set<String> before = new OfficialDirectory(store, hasher)
                .changeRoles(accountId, roles, scope);
        if (!before.equals(roles)) {
            audit.record(AuditEventType.ROLE_CHANGED, scope.loginName(), loginOf(store,
                    accountId), null, sorted(before) + " → " + sorted(roles));
        }
    }

    /** Disables an official's account and ends their sessions. */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN})
    public void disable(long accountId) {
        AccountStore store = new AccountStore(em);
        AgencyScope scope = Callers.scope(ctx, store);
        if (new OfficialDirectory(store, hasher).disable(accountId, scope)) {
            audit.record(AuditEventType.ACCOUNT_DISABLED, scope.loginName(),
                    loginOf(store, accountId), null, null);
        }
    }

    /**
     * Lifts a sign-in lock at once: a system administrator on any account, an agency
     * administrator on officials of their agency.
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.SYSTEM_ADMIN})
    public void unlock(long accountId) {
        AccountStore store = new AccountStore(em);
        AgencyScope scope = Callers.scope(ctx, store);
        Account account = new OfficialDirectory(store, hasher).unlockable(accountId, scope);
        boolean wasLocked = lockout.isLocked(account, Instant.now());
        lockout.unlock(account);
        if (wasLocked) {
            audit.record(AuditEventType.ACCOUNT_UNLOCKED, scope.loginName(),
                    account.getLoginName(), null, "Quản trị viên mở khóa");
        }
    }

    private static String loginOf(AccountStore store, long accountId) {
        return store.byId(accountId).map(Account::getLoginName).orElse(String.valueOf(accountId));
    }

    private static String sorted(Set<String> roles) {
        return String.join(", ", new TreeSet<>(roles));
    }
}
