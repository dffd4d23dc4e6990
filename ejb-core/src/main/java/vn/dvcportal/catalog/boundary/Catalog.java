package vn.dvcportal.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.dvcportal.catalog.control.CatalogSearch;
import vn.dvcportal.catalog.control.FilterOption;
import vn.dvcportal.catalog.control.SearchQuery;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;

/**
 * The public procedure catalogue: what anyone may read without signing in. Lists and searches
 * are answered from memory; a procedure's full record comes from the database.
 */
@Stateless
@PermitAll
public class Catalog {

    @Inject
    CatalogSearch search;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /** One page of procedures matching the query and its filters, best matches first. */
    public CatalogSearch.Page search(SearchQuery query) {
        return search.search(query);
    }

    /** The complete record of one procedure, every part loaded, or empty for an unknown code. */
    public Optional<Procedure> findByCode(String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        Optional<Procedure> found = em.createNamedQuery(Procedure.FIND_BY_CODE, Procedure.class)
                .setParameter("code", code.trim())
                .getResultStream().findFirst();
        found.ifPresent(Catalog::loadAll);
        return found;
    }

    public int count() {
        return search.size();
    }

    /** Every procedure code, for the XML site map. */
    public List<String> codes() {
        return em.createNamedQuery(Procedure.FIND_ALL_CODES, String.class).getResultList();
    }

    public List<FilterOption> fields() {
        return search.fields();
    }

    public List<FilterOption> agencies() {
        return search.agencies();
    }

    public List<FilterOption> levels() {
        return search.levels();
    }

    public List<FilterOption> audiences() {
        return search.audiences();
    }

    private static void loadAll(Procedure p) {
        p.getLevels().size();
        p.getAudiences().size();
        p.getAgencies().size();
        p.getSteps().size();
        p.getDocuments().size();
        p.getLegalBases().size();
        p.getResults().size();
        p.getChannels().stream().map(ProcedureChannel::getFees).forEach(List::size);
    }
}
