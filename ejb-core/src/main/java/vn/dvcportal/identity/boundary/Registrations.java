package vn.dvcportal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AuditTrail;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.BusinessRegistration;
import vn.dvcportal.identity.control.CitizenRegistration;
import vn.dvcportal.identity.control.IdentityMails;
import vn.dvcportal.identity.control.LoginNames;
import vn.dvcportal.identity.control.MailLinks;
import vn.dvcportal.identity.control.OneTimeTokens;
import vn.dvcportal.identity.control.PasswordHasher;
import vn.dvcportal.identity.control.Registrar;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.TokenPurpose;
import vn.dvcportal.mail.control.MailFailure;
import vn.dvcportal.mail.control.Mailer;

/**
 * Registration of citizens and businesses and the verification of their e-mail address. An
 * account is stored only together with its verification mail: if the mail cannot be handed to
 * the mail server, nothing is kept and the user may try again at once.
 */
@Stateless
public class Registrations {

    static final String BAD_VERIFY_LINK = "Liên kết xác nhận không hợp lệ, đã được dùng hoặc đã"
            + " hết hạn. Vui lòng đăng nhập để được gửi lại thư xác nhận.";

    static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger LOG = Logger.getLogger(Registrations.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @EJB
    AuditTrail audit;

    /**
     * Registers a citizen and mails the verification link {@code verifyUrlBase?token=...}.
     * The account cannot sign in until the link is opened.
     *
     * @param verifyUrlBase the absolute address of the page that takes the token
     * @return the new account, detached
     * @throws ValidationFailure listing every field at fault
     * @throws MailFailure       when the mail could not be sent; nothing is stored
     */
    @PermitAll
    public Account registerCitizen(CitizenRegistration form, String verifyUrlBase) {
        MailLinks.link(verifyUrlBase, "");
        Instant now = Instant.now();
        Account account = new Registrar(new AccountStore(em), hasher)
                .registerCitizen(form, LocalDate.now(VIETNAM), now);
        return verified(account, "personalId", verifyUrlBase, now);
    }

    /**
     * Registers a business or organisation and mails the verification link, as
     * {@link #registerCitizen(CitizenRegistration, String)} does.
     */
    @PermitAll
    public Account registerBusiness(BusinessRegistration form, String verifyUrlBase) {
        MailLinks.link(verifyUrlBase, "");
        Instant now = Instant.now();
        Account account = new Registrar(new AccountStore(em), hasher)
                .registerBusiness(form, now);
        return verified(account, "taxCode", verifyUrlBase, now);
    }

    /**
     * Marks the address of the link's account as verified; it may sign in from now on.
     *
     * @throws ValidationFailure on field {@code token} for a bad, used or expired link
     */
    @PermitAll
    public void verifyEmail(String token) {
        Account account = new OneTimeTokens(em)
                .redeem(token, TokenPurpose.VERIFY_EMAIL, Instant.now())
                .orElseThrow(() -> ValidationFailure.of("token", BAD_VERIFY_LINK));
        account.markEmailVerified();
        audit.record(AuditEventType.EMAIL_VERIFIED, account.getLoginName(),
                account.getLoginName(), null, null);
    }

    /**
     * Mails a new verification link to an account whose address is not verified yet, at most
     * once a minute. Answers the same whether or not there is such an account.
     */
    @PermitAll
    public void resendVerification(String loginOrEmail, String verifyUrlBase) {
        try {
            MailLinks.link(verifyUrlBase, "");
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Verification mail refused: {0}", e.getMessage());
            return;
        }
        Instant now = Instant.now();
        String name = LoginNames.normalise(loginOrEmail);
        AccountStore store = new AccountStore(em);
        Optional<Account> found = name.length() > LoginNames.MAX_TYPED ? Optional.empty()
                : LoginNames.isEmail(name) ? store.byEmail(name) : store.byLoginName(name);
        if (found.isEmpty() || found.get().isEmailVerified() || !found.get().isEnabled()
                || found.get().getEmail() == null) {
            return;
        }
        Account account = found.get();
        OneTimeTokens tokens = new OneTimeTokens(em);
        Optional<Instant> last = tokens.lastIssued(account, TokenPurpose.VERIFY_EMAIL);
        if (last.isPresent() && last.get().plus(RESEND_INTERVAL).isAfter(now)) {
            return;
        }
        String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL,
                OneTimeTokens.VERIFY_EMAIL_VALIDITY, now);
        MailAfterCommit.send(transactions, executor, mailer, account.getEmail(),
                IdentityMails.verifyEmail(account.getDisplayName(),
                        MailLinks.link(verifyUrlBase, token),
                        OneTimeTokens.VERIFY_EMAIL_VALIDITY));
    }

    /** Writes the new account, mails its link and audits the registration. */
    private Account verified(Account account, String loginField, String verifyUrlBase,
            Instant now) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Someone registered the same login name or address a moment ago.
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put(loginField, "Tài khoản này vừa được đăng ký. Nếu đó là bạn, hãy đăng"
                    + " nhập hoặc dùng chức năng quên mật khẩu.");
            problems.put("email", "Địa chỉ thư điện tử có thể vừa được dùng cho một tài khoản"
                    + " khác.");
            throw new ValidationFailure(problems);
        }
        String token = new OneTimeTokens(em).issue(account, TokenPurpose.VERIFY_EMAIL,
                OneTimeTokens.VERIFY_EMAIL_VALIDITY, now);
        IdentityMails.Mail mail = IdentityMails.verifyEmail(account.getDisplayName(),
                MailLinks.link(verifyUrlBase, token), OneTimeTokens.VERIFY_EMAIL_VALIDITY);
        mailer.send(account.getEmail(), mail.subject(), mail.text());
        audit.record(AuditEventType.REGISTERED, account.getLoginName(), account.getLoginName(),
                null, account.getKind().name());
        return account;
    }
}
