package vn.dvcportal.web.account;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.entity.Roles;

/** Who is signed in, for the header and the pages: nobody, a person, a business or an official. */
@Named
@RequestScoped
public class CurrentUser {

    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    private AccountSummary account;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The signed-in account, or null for a visitor. */
    public AccountSummary getAccount() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return null;
        }
        if (account == null) {
            HttpSession session = request.getSession(false);
            account = SignedInSession.account(session);
            if (account == null || !principal.getName().equals(account.loginName())) {
                account = lookUp(session);
            }
        }
        return account;
    }

    /** A person's or a business's name; the login name while the account cannot be read. */
    public String getDisplayName() {
        AccountSummary a = getAccount();
        if (a != null) {
            return a.displayName();
        }
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isOfficial() {
        return request.isUserInRole(Roles.OFFICIAL);
    }

    /** May manage officials: an agency administrator or a system administrator. */
    public boolean isOfficialsAdministrator() {
        return request.isUserInRole(Roles.AGENCY_ADMIN) || isSystemAdministrator();
    }

    public boolean isSystemAdministrator() {
        return request.isUserInRole(Roles.SYSTEM_ADMIN);
    }

    /** The address of the home of this kind of account, with the context path. */
    public String getHomeUrl() {
        AccountSummary a = getAccount();
        Set<String> roles = a == null ? Set.of() : a.roles();
        return request.getContextPath() + NextPage.home(isOfficial() ? Set.of(Roles.OFFICIAL)
                : roles);
    }

    /** The token of the sign-out form. */
    public String getSignOutToken() {
        return SignedInSession.signOutToken(request.getSession(false));
    }

    private AccountSummary lookUp(HttpSession session) {
        try {
            AccountSummary found = accounts.current();
            if (session != null) {
                SignedInSession.keep(session, found);
            }
            return found;
        } catch (AccessDenied | EJBException e) {
            // An identity the business core does not know (gone since): the page still shows.
            LOG.log(Level.FINE, "No account for {0}", request.getUserPrincipal().getName());
            return null;
        }
    }
}
