package vn.dvcportal.identity.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;

/** Finds accounts and what goes with them, within the caller's transaction. */
public class AccountStore {

    private final EntityManager em;

    public AccountStore(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return em;
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byLoginName(String loginName) {
        if (loginName == null || loginName.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_LOGIN_NAME, Account.class)
                .setParameter("loginName", loginName)
                .getResultStream().findFirst();
    }

    public Optional<Account> byEmail(String email) {
        if (email == null || email.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    public Optional<Account> byPersonalId(String personalId) {
        if (personalId == null || personalId.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_PERSONAL_ID, Account.class)
                .setParameter("personalId", personalId)
                .getResultStream().findFirst();
    }

    /**
     * The account someone means by what they typed in the login field: a login name in any of
     * its written forms, or an e-mail address. The row is locked until the transaction ends,
     * so that concurrent sign-ins count failures one after the other.
     */
    public Optional<Account> forSignIn(String typed) {
        String name = LoginNames.normalise(typed);
        if (name.isEmpty() || name.length() > LoginNames.MAX_TYPED) {
            return Optional.empty();
        }
        String query = LoginNames.isEmail(name) ? Account.BY_EMAIL : Account.BY_LOGIN_NAME;
        return em.createNamedQuery(query, Account.class)
                .setParameter(LoginNames.isEmail(name) ? "email" : "loginName", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Locks an account's row until the transaction ends and returns it fresh. */
    public Account locked(Account account) {
        return em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<OfficialPosting> postingOf(Account account) {
        if (account.getId() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(OfficialPosting.OF_ACCOUNT, OfficialPosting.class)
                .setParameter("accountId", account.getId())
                .getResultStream().findFirst();
    }

    /** Every role the account holds: its kind's, and an official's posting roles. */
    public Set<String> roles(Account account) {
        return roles(account, account.getKind() == AccountKind.OFFICIAL ? postingOf(account)
                : Optional.empty());
    }

    private static Set<String> roles(Account account, Optional<OfficialPosting> posting) {
        Set<String> roles = new HashSet<>();
        switch (account.getKind()) {
            case CITIZEN:
                roles.add(Roles.CITIZEN);
                break;
            case BUSINESS:
                roles.add(Roles.BUSINESS);
                break;
            default:
                roles.add(Roles.OFFICIAL);
                posting.ifPresent(p -> roles.addAll(p.getRoles()));
        }
        return roles;
    }

    /** The agency of an official's posting, or null. */
    public Long agencyId(Account account) {
        return postingOf(account).map(OfficialPosting::getAgency).map(OrgUnit::getId)
                .orElse(null);
    }

    public AccountSummary summary(Account account) {
        Optional<OfficialPosting> posting = postingOf(account);
        Set<String> roles = roles(account, posting);
        Long agencyId = posting.map(OfficialPosting::getAgency).map(OrgUnit::getId)
                .orElse(null);
        return new AccountSummary(account.getId(), account.getLoginName(),
                account.getDisplayName(), roles, agencyId, account.getSessionEpoch());
    }
}
