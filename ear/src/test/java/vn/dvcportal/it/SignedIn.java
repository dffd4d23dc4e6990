package vn.dvcportal.it;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.control.SignInResult;

/**
 * Someone who signed in with their password, acting inside the server: the portal checks the
 * password exactly as its sign-in page does, and business methods are then called under the
 * identity the sign-in hands to the container (the login name with the account's roles). Unlike
 * a {@code @RunAs} bean, whose roles are fixed in advance, this is the real account with the
 * roles its posting gives today, so agency and role checks see what a signed-in person would.
 */
final class SignedIn {

    /** The password of the demo officials in the test server (arquillian.xml). */
    static final String DEMO_PASSWORD = "Thu-nghiem-2025";

    private final AccountSummary account;
    private final SecurityIdentity identity;

    private SignedIn(AccountSummary account, SecurityIdentity identity) {
        this.account = account;
        this.identity = identity;
    }

    /**
     * Signs in with the password.
     *
     * @throws AssertionError when the portal refuses the password
     */
    static SignedIn as(Accounts accounts, String login, String password) {
        SignInResult result = accounts.signIn(login, password.toCharArray(), TestAccounts.CLIENT);
        if (!result.isOk()) {
            throw new AssertionError("Sign-in of " + login + " refused: " + result.status());
        }
        return with(result.account());
    }

    /** A demo official of the test server, signed in with the demo password. */
    static SignedIn official(Accounts accounts, String login) {
        return as(accounts, login, DEMO_PASSWORD);
    }

    /** The identity the container gets for an account that signed in. */
    static SignedIn with(AccountSummary account) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No security domain on this thread");
        }
        Set<String> roles = account.roles();
        SecurityIdentity identity = domain.createAdHocIdentity(account.loginName())
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        return new SignedIn(account, identity);
    }

    AccountSummary account() {
        return account;
    }

    String login() {
        return account.loginName();
    }

    String name() {
        return account.displayName();
    }

    /** Runs the work as this person; what it throws comes out unchanged. */
    <T> T call(Callable<T> work) throws Exception {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** As {@link #call(Callable)} for work without a result. */
    void run(Work work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Work that returns nothing and may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
