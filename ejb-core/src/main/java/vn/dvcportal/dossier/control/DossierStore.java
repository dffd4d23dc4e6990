package vn.dvcportal.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierMessage;

/** Finds dossiers and what belongs to them, within the caller's transaction. */
public class DossierStore {

    /** Longer than any code format in use; longer input is not looked up. */
    public static final int MAX_CODE = 60;

    private final EntityManager em;

    public DossierStore(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return em;
    }

    public Optional<Dossier> byId(long id) {
        return Optional.ofNullable(em.find(Dossier.class, id));
    }

    /**
     * The dossier with its row locked until the transaction ends, so that two requests on the
     * same dossier act one after the other and the second sees what the first did.
     */
    public Optional<Dossier> locked(long id) {
        return Optional.ofNullable(em.find(Dossier.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Dossier> byCode(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty() || c.length() > MAX_CODE) {
            return Optional.empty();
        }
        return em.createNamedQuery(Dossier.BY_CODE, Dossier.class).setParameter("code", c)
                .getResultStream().findFirst();
    }

    public Optional<Dossier> lockedByCode(String code) {
        return byCode(code).map(d -> em.find(Dossier.class, d.getId(),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Dossier> openDraft(String login, String procedureCode) {
        return em.createNamedQuery(Dossier.OPEN_DRAFT, Dossier.class)
                .setParameter("login", login).setParameter("procedureCode", procedureCode)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Dossier> ofApplicant(String login) {
        return em.createNamedQuery(Dossier.OF_APPLICANT, Dossier.class)
                .setParameter("login", login).getResultList();
    }

    public List<DossierFile> files(Dossier d) {
        return em.createNamedQuery(DossierFile.OF_DOSSIER, DossierFile.class)
                .setParameter("dossierId", d.getId()).getResultList();
    }

    /**
     * Every file ever attached to the dossier, removed ones too: a cap on this cannot be
     * walked around by attaching and removing again.
     */
    public long filesEverAttached(Dossier d) {
        return em.createQuery("SELECT COUNT(f) FROM DossierFile f WHERE f.dossier.id = :id",
                Long.class).setParameter("id", d.getId()).getSingleResult();
    }

    /** As {@link #filesEverAttached(Dossier)}, of one kind. */
    public long filesEverAttached(Dossier d, DossierFileKind kind) {
        return em.createQuery("SELECT COUNT(f) FROM DossierFile f WHERE f.dossier.id = :id"
                + " AND f.kind = :kind", Long.class).setParameter("id", d.getId())
                .setParameter("kind", kind).getSingleResult();
    }

    /** Messages an author wrote on the dossier from a moment on. */
    public long messagesSince(Dossier d, String login, Instant since) {
        return em.createQuery("SELECT COUNT(m) FROM DossierMessage m WHERE m.dossier.id = :id"
                + " AND m.authorLogin = :login AND m.at >= :since", Long.class)
                .setParameter("id", d.getId()).setParameter("login", login)
                .setParameter("since", since).getSingleResult();
    }

    /**
     * Deletes a draft with its rows. The stored files stay: they are shared by content and
     * may serve other dossiers.
     */
    public void deleteDraft(Dossier d) {
        for (String entity : List.of("DossierFile", "DossierEvent", "DossierMessage",
                "Consultation")) {
            em.createQuery("DELETE FROM " + entity + " x WHERE x.dossier.id = :id")
                    .setParameter("id", d.getId()).executeUpdate();
        }
        em.remove(d);
    }

    public Optional<DossierFile> file(long id) {
        return Optional.ofNullable(em.find(DossierFile.class, id));
    }

    public List<DossierFile> filesOfApplicant(String login, int max) {
        return em.createNamedQuery(DossierFile.OF_APPLICANT, DossierFile.class)
                .setParameter("login", login).setMaxResults(max).getResultList();
    }

    public List<DossierEvent> events(Dossier d) {
        return em.createNamedQuery(DossierEvent.OF_DOSSIER, DossierEvent.class)
                .setParameter("dossierId", d.getId()).getResultList();
    }

    public List<DossierMessage> messages(Dossier d) {
        return em.createNamedQuery(DossierMessage.OF_DOSSIER, DossierMessage.class)
                .setParameter("dossierId", d.getId()).getResultList();
    }

    public List<Consultation> consultations(Dossier d) {
        return em.createNamedQuery(Consultation.OF_DOSSIER, Consultation.class)
                .setParameter("dossierId", d.getId()).getResultList();
    }

    public Optional<Consultation> consultation(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    public Optional<Procedure> procedure(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return em.createNamedQuery(Procedure.FIND_BY_CODE, Procedure.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
    }
}
