package vn.dvcportal.identity.boundary;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.control.IdentityMails;
import vn.dvcportal.mail.control.Mailer;
import vn.dvcportal.mail.control.MailFailure;

/**
 * Sends a mail once the current transaction has committed, off the request thread. Used where
 * the answer must not depend on whether an account exists: the time a mail server takes would
 * otherwise tell. A mail of a transaction that rolls back is never sent.
 */
final class MailAfterCommit {

    private static final Logger LOG = Logger.getLogger(MailAfterCommit.class.getName());

    private MailAfterCommit() {
    }

    static void send(TransactionSynchronizationRegistry transactions,
            ManagedExecutorService executor, Mailer mailer, String to, IdentityMails.Mail mail) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                executor.submit(() -> {
                    try {
                        mailer.send(to, mail.subject(), mail.text());
                    } catch (MailFailure e) {
                        // The Mailer logged the cause; the user can ask again.
                        LOG.log(Level.FINE, "Mail to {0} not sent", to);
                    }
                });
            }
        });
    }
}
