package vn.dvcportal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.federation.control.VerifiedIdentity;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.AccountSummary;
import vn.dvcportal.identity.control.Authenticator;
import vn.dvcportal.identity.control.ExternalLinks;
import vn.dvcportal.identity.control.IdentityMails;
import vn.dvcportal.identity.control.LockoutPolicy;
import vn.dvcportal.identity.control.LoginNames;
import vn.dvcportal.identity.control.MailLinks;
import vn.dvcportal.identity.control.OneTimeTokens;
import vn.dvcportal.identity.control.PasswordHasher;
import vn.dvcportal.identity.control.PasswordPolicy;
import vn.dvcportal.identity.control.SignInResult;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.control.WrongPassword;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.TokenPurpose;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.mail.control.Mailer;

/**
 * Signing in and what protects it: password sign-in with lockout, sign-in through the
 * national identity provider, password change and reset, and ending sessions.
 *
 * <p>The web layer keeps {@link AccountSummary#sessionEpoch()} in the session at sign-in and
 * compares it with {@link #sessionEpoch(String)}; a lower value means the session was ended by
 * signing out everywhere, a new password, new roles or a disabled account.
 */
@Stateless
public class Accounts {

    static final String BAD_RESET_LINK = "Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng"
            + " hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.";

    /** One reset mail per account in this time is enough; more would only flood the inbox. */
    static final Duration RESET_MAIL_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Mailer mailer;

    @EJB
    AuditTrail audit;

    /**
     * Checks a password sign-in. The failure count, the lock and the audit records are kept
     * whatever the outcome.
     *
     * @param loginName     as typed: personal ID, tax code (with or without the dash), an
     *                      official's user name, or the account's e-mail address
     * @param clientAddress the client's IP address, for the audit trail
     */
    @PermitAll
    public SignInResult signIn(String loginName, char[] password, String clientAddress) {
        Instant now = Instant.now();
        Authenticator.Attempt attempt = new Authenticator(new AccountStore(em), hasher, lockout)
                .signIn(loginName, password, now);
        Account account = attempt.account();
        String subject = account != null ? account.getLoginName() : typed(loginName);
        if (attempt.unlockedNow()) {
            audit.record(AuditEventType.ACCOUNT_UNLOCKED, null, subject, clientAddress,
                    "Hết thời gian khóa, tự động mở khóa");
        }
        SignInResult result = attempt.result();
        switch (result.status()) {
            case OK:
                audit.record(AuditEventType.SIGN_IN_SUCCEEDED, subject, subject, clientAddress,
                        null);
                break;
            case WRONG:
                audit.record(AuditEventType.SIGN_IN_FAILED, null, subject, clientAddress,
                        account == null ? "Không có tài khoản này"
                                : "Sai mật khẩu, lần " + attempt.failures() + " liên tiếp");
                break;
            case LOCKED:
                if (attempt.lockedNow()) {
                    audit.record(AuditEventType.SIGN_IN_FAILED, null, subject, clientAddress,
                            "Sai mật khẩu, lần " + attempt.failures() + " liên tiếp");
                    audit.record(AuditEventType.ACCOUNT_LOCKED, null, subject, clientAddress,
                            "Khóa " + result.minutesLeft() + " phút");
                    LOG.log(Level.INFO, "Account {0} locked after {1} failed sign-ins",
                            new Object[] {subject, attempt.failures()});
                } else {
                    audit.record(AuditEventType.SIGN_IN_FAILED, null, subject, clientAddress,
                            "Tài khoản đang bị khóa");
                }
                break;
            case UNVERIFIED:
                audit.record(AuditEventType.SIGN_IN_FAILED, null, subject, clientAddress,
                        "Chưa xác nhận thư điện tử");
                break;
            default:
                audit.record(AuditEventType.SIGN_IN_FAILED, null, subject, clientAddress,
                        "Tài khoản bị vô hiệu hóa");
        }
        return result;
    }

    /**
     * Mails a link to set a new password, when the login name or address names an enabled
     * account that has an address. Says and takes the same whether or not it does, so that it
     * tells nobody which accounts exist: the mail leaves after the commit, off this thread.
     *
     * @param resetUrlBase the absolute address of the page that takes the token
     */
    @PermitAll
    public void requestPasswordReset(String loginOrEmail, String resetUrlBase,
            String clientAddress) {
        try {
            MailLinks.link(resetUrlBase, "");
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Password reset refused: {0}", e.getMessage());
            return;
        }
        Instant now = Instant.now();
        String name = LoginNames.normalise(loginOrEmail);
        AccountStore store = new AccountStore(em);
        Optional<Account> found = name.length() > LoginNames.MAX_TYPED ? Optional.empty()
                : LoginNames.isEmail(name) ? store.byEmail(name) : store.byLoginName(name);
        audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, null,
                found.map(Account::getLoginName).orElse(typed(loginOrEmail)), clientAddress,
                found.isPresent() ? null : "Không có tài khoản này");
        if (found.isEmpty() || !found.get().isEnabled() || found.get().getEmail() == null) {
            return;
        }
        Account account = found.get();
        OneTimeTokens tokens = new OneTimeTokens(em);
        Optional<Instant> last = tokens.lastIssued(account, TokenPurpose.RESET_PASSWORD);
        if (last.isPresent() && last.get().plus(RESET_MAIL_INTERVAL).isAfter(now)) {
            return;
        }
        String token = tokens.issue(account, TokenPurpose.RESET_PASSWORD,
                OneTimeTokens.RESET_PASSWORD_VALIDITY, now);
        MailAfterCommit.send(transactions, executor, mailer, account.getEmail(),
                IdentityMails.resetPassword(account.getDisplayName(),
                        MailLinks.link(resetUrlBase, token),
                        OneTimeTokens.RESET_PASSWORD_VALIDITY));
    }

    /**
     * Sets a new password with a mailed link. The link is used up; the account is unlocked,
     * its address counts as verified (the link reached it) and its sessions end.
     *
     * @throws ValidationFailure on field {@code token} for a bad, used or expired link, on
     *                           {@code password} for a password the policy refuses; the link
     *                           then still works
     */
    @PermitAll
    public void resetPassword(String token, char[] newPassword) {
        Instant now = Instant.now();
        AccountStore store = new AccountStore(em);
        Account account = new OneTimeTokens(em)
                .redeem(token, TokenPurpose.RESET_PASSWORD, now)
                .map(store::locked)
                .orElseThrow(() -> ValidationFailure.of("token", BAD_RESET_LINK));
        String problem = PasswordPolicy.problem(newPassword, account.getLoginName());
        if (problem != null) {
            throw ValidationFailure.of("password", problem);
        }
        boolean wasLocked = lockout.isLocked(account, now);
        account.setPasswordHash(hasher.hash(newPassword));
        lockout.unlock(account);
        account.markEmailVerified();
        account.endAllSessions();
        audit.record(AuditEventType.PASSWORD_RESET, account.getLoginName(),
                account.getLoginName(), null, null);
        if (wasLocked) {
            audit.record(AuditEventType.ACCOUNT_UNLOCKED, account.getLoginName(),
                    account.getLoginName(), null, "Mở khóa khi đặt lại mật khẩu");
        }
    }

    /**
     * Changes the caller's password and ends their other sessions; the calling session should
     * then take the new {@link #sessionEpoch(String)}.
     *
     * @throws WrongPassword     on field {@code oldPassword}: the current password is wrong;
     *                           this counts towards the lockout
     * @throws ValidationFailure on {@code oldPassword} while the account is locked, on
     *                           {@code newPassword} for a password the policy refuses
     */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public void changePassword(char[] oldPassword, char[] newPassword) {
        Instant now = Instant.now();
        Account account = Callers.account(ctx, new AccountStore(em), true);
        String login = account.getLoginName();
        if (lockout.isLocked(account, now)) {
            throw ValidationFailure.of("oldPassword",
                    LockoutPolicy.lockedMessage(lockout.minutesLeft(account, now)));
        }
        if (!hasher.verify(oldPassword, account.getPasswordHash())) {
            boolean lockedNow = lockout.recordFailure(account, now);
            audit.record(AuditEventType.SIGN_IN_FAILED, login, login, null,
                    "Sai mật khẩu hiện tại khi đổi mật khẩu");
            if (lockedNow) {
                audit.record(AuditEventType.ACCOUNT_LOCKED, login, login, null,
                        "Khóa " + lockout.minutesLeft(account, now) + " phút");
            }
            throw new WrongPassword("oldPassword", "Mật khẩu hiện tại không đúng.");
        }
        String problem = PasswordPolicy.problem(newPassword, login);
        if (problem == null && Arrays.equals(oldPassword, newPassword)) {
            problem = "Mật khẩu mới phải khác mật khẩu hiện tại.";
        }
        if (problem != null) {
            throw ValidationFailure.of("newPassword", problem);
        }
        account.setPasswordHash(hasher.hash(newPassword));
        lockout.recordSuccess(account);
        account.endAllSessions();
        audit.record(AuditEventType.PASSWORD_CHANGED, login, login, null, null);
    }

    /** Ends every session of the caller's account, this one included. */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public void signOutEverywhere() {
        Account account = Callers.account(ctx, new AccountStore(em), true);
        account.endAllSessions();
        audit.record(AuditEventType.SIGNED_OUT_EVERYWHERE, account.getLoginName(),
                account.getLoginName(), null, null);
    }

    /** Records that the caller signed out; the web layer ends the session itself. */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public void signedOut(String clientAddress) {
        String login = Callers.loginName(ctx);
        audit.record(AuditEventType.SIGNED_OUT, login, login, clientAddress, null);
    }

    /** The caller's account as at sign-in, with their current roles and agency. */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS, Roles.OFFICIAL})
    public AccountSummary current() {
        AccountStore store = new AccountStore(em);
        return store.summary(Callers.account(ctx, store, false));
    }

    /**
     * The account's current session epoch; -1 for an unknown or disabled account, whose
     * sessions are all stale.
     *
     * @param login the login name as the caller principal carries it
     */
    @PermitAll
    public int sessionEpoch(String login) {
        return new AccountStore(em).byLoginName(login)
                .filter(Account::isEnabled)
                .map(Account::getSessionEpoch)
                .orElse(-1);
    }

    /**
     * Signs in someone the national identity provider vouched for: through an earlier link of
     * their identity there, else through the personal identification number it asserts, which
     * links the two for next time.
     *
     * @return the account, or empty when there is no (enabled) account yet: the person should
     *         register, and will be linked at their next sign-in this way
     */
    @PermitAll
    public Optional<AccountSummary> signInExternal(VerifiedIdentity id) {
        if (id == null) {
            return Optional.empty();
        }
        AccountStore store = new AccountStore(em);
        Optional<ExternalLinks.Outcome> outcome = new ExternalLinks(store)
                .resolve(id.issuer(), id.subject(), id.personalId(), Instant.now());
        String via = "Qua " + id.issuer();
        if (outcome.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, null, id.personalId(), null,
                    via + ": chưa có tài khoản liên kết");
            return Optional.empty();
        }
        Account account = outcome.get().account();
        String login = account.getLoginName();
        if (outcome.get().linkedNow()) {
            audit.record(AuditEventType.EXTERNAL_ACCOUNT_LINKED, login, login, null, via);
        }
        if (!account.isEnabled()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, null, login, null,
                    via + ": tài khoản bị vô hiệu hóa");
            return Optional.empty();
        }
        audit.record(AuditEventType.EXTERNAL_SIGN_IN, login, login, null, via);
        return Optional.of(store.summary(account));
    }

    /** What someone typed as a login name, fit for the audit trail. */
    static String typed(String loginName) {
        if (loginName == null) {
            return null;
        }
        String cleaned = loginName.replaceAll("\\p{C}", "").strip();
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }
}
