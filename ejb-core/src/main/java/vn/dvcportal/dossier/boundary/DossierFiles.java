package vn.dvcportal.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.dvcportal.dossier.control.Actor;
import vn.dvcportal.dossier.control.DossierViews;
import vn.dvcportal.dossier.control.FileDownload;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.files.boundary.FileStore;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.entity.Account;

/**
 * Downloads of dossier files. Open to every caller at the container, the check is here: the
 * applicant of the dossier (results only once approved) and the officials of its agency. Anyone
 * else, signed in or not, gets the same answer whether the file exists or not.
 */
@Stateless
@PermitAll
public class DossierFiles {

    static final String DENIED = "Không tìm thấy tệp hoặc bạn không có quyền tải tệp này.";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @EJB
    FileStore files;

    /**
     * The file's content with its name and type, for the caller to stream and close.
     *
     * @throws AccessDenied for an unknown file or a caller who may not have it
     */
    public FileDownload open(long dossierFileId) {
        AccountStore accounts = new AccountStore(em);
        Optional<Account> account = DossierCallers.account(ctx, accounts);
        DossierFile f = em.find(DossierFile.class, dossierFileId);
        if (account.isEmpty() || f == null || !allowed(f, DossierCallers.actor(accounts,
                account.get()))) {
            throw new AccessDenied(DENIED);
        }
        return new FileDownload(f.getOriginalName(), f.getStoredFile().getMediaType(),
                f.getStoredFile().getSizeBytes(), files.open(f.getStoredFile()));
    }

    static boolean allowed(DossierFile f, Actor caller) {
        Dossier d = f.getDossier();
        if (f.isRemoved()) {
            return false;
        }
        if (caller.login().equals(d.getApplicantLogin())) {
            return DossierViews.visibleToApplicant(f);
        }
        return d.getStep() != DossierStep.DRAFT && caller.agencyId() != null
                && caller.agencyId().equals(d.getAgencyUnitId());
    }
}
