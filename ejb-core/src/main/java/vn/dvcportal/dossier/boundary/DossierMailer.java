package vn.dvcportal.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.dossier.control.DossierMails;
import vn.dvcportal.dossier.control.DossierPapers;
import vn.dvcportal.mail.control.Mailer;
import vn.dvcportal.mail.control.MailFailure;
import vn.dvcportal.paper.control.Papers;

/**
 * Mails the applicant once the transaction that changed their dossier has committed, off the
 * request thread, with the paper of the step attached. A mail of a transaction that rolls
 * back is never sent; a mail that fails is logged and never undoes the step.
 */
@ApplicationScoped
public class DossierMailer {

    private static final Logger LOG = Logger.getLogger(DossierMailer.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Mailer mailer;

    /**
     * @param paper the paper to attach, copied out of the entities; null for none
     */
    public void send(String to, DossierMails.Mail mail, DossierPapers.Source paper) {
        if (to == null || to.isBlank()) {
            return;
        }
        Supplier<List<Mailer.Attachment>> attachments = () -> paper == null ? List.of()
                : List.of(new Mailer.Attachment(paper.kind().fileName(paper.dossier().code()),
                        "application/pdf", new DossierPapers(new Papers()).print(paper)));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> deliver(to, mail, attachments));
                }
            }
        });
    }

    private void deliver(String to, DossierMails.Mail mail,
            Supplier<List<Mailer.Attachment>> attachments) {
        try {
            mailer.send(to, mail.subject(), mail.text(), attachments.get());
        } catch (MailFailure e) {
            // The Mailer logged the cause; the dossier page shows the same news.
            LOG.log(Level.FINE, "Mail \"{0}\" not sent", mail.subject());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail \"{0}\" not sent: {1}",
                    new Object[] {mail.subject(), e.toString()});
        }
    }
}
