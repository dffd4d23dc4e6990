package vn.dvcportal.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.control.SignInResult;

/**
 * Checks credentials against the portal's own accounts. The outcome of a password sign-in is
 * also left on the request, so the sign-in page can say why it failed (locked, unverified)
 * where the container only knows valid or not.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    /** Request attribute holding the {@link SignInResult} of the last password sign-in. */
    public static final String RESULT = PortalIdentityStore.class.getName() + ".result";

    /** Session attribute holding the account's sign-out epoch at sign-in. */
    public static final String EPOCH = PortalIdentityStore.class.getName() + ".epoch";

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            SignInResult result = accounts.signIn(password.getCaller(),
                    password.getPassword().getValue(), request.getRemoteAddr());
            request.setAttribute(RESULT, result);
            return result.status() == SignInResult.Status.OK ? valid(result.account())
                    : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof NationalIdentityCredential national) {
            Optional<AccountSummary> account = accounts.signInExternal(national.identity());
            return account.map(this::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult valid(AccountSummary account) {
        request.getSession().setAttribute(EPOCH, account.sessionEpoch());
        return new CredentialValidationResult(account.loginName(), account.roles());
    }
}
