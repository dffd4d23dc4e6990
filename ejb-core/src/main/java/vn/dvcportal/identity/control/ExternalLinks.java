package vn.dvcportal.identity.control;

import java.time.Instant;
import java.util.Optional;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.AccountKind;
import vn.dvcportal.identity.entity.ExternalLink;

/**
 * Finds the local account of someone an external identity provider vouched for: by an earlier
 * link of the provider's subject, else by the personal identification number it asserts, in
 * which case the link is made for next time.
 */
public class ExternalLinks {

    /**
     * @param account   the local account
     * @param linkedNow whether the link was made by this sign-in
     */
    public record Outcome(Account account, boolean linkedNow) {
    }

    private final AccountStore store;

    public ExternalLinks(AccountStore store) {
        this.store = store;
    }

    /** The account, or empty when there is none yet: the person has to register first. */
    public Optional<Outcome> resolve(String issuer, String subject, String personalId,
            Instant now) {
        if (FieldRules.blank(issuer) || FieldRules.blank(subject) || issuer.length() > 500
                || subject.length() > 255) {
            return Optional.empty();
        }
        Optional<ExternalLink> link = store.em()
                .createNamedQuery(ExternalLink.BY_KEY, ExternalLink.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
        if (link.isPresent()) {
            return Optional.of(new Outcome(link.get().getAccount(), false));
        }
        if (personalId == null || !PersonalIdNumber.isValid(personalId)) {
            return Optional.empty();
        }
        String digits = PersonalIdNumber.parse(personalId).digits();
        Optional<Account> account = store.byPersonalId(digits)
                .or(() -> store.byLoginName(digits))
                .filter(a -> a.getKind() == AccountKind.CITIZEN);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        store.em().persist(new ExternalLink(issuer, subject, account.get(), now));
        return Optional.of(new Outcome(account.get(), true));
    }
}
