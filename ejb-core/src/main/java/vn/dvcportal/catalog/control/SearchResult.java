package vn.dvcportal.catalog.control;

import java.util.List;

/**
 * One page of catalogue search hits, best first.
 *
 * @param hits     the hits on this page; empty past the last page
 * @param total    how many procedures matched in all
 * @param page     0-based page number, as asked
 * @param pageSize page size, as asked after clamping
 */
public record SearchResult(List<SearchHit> hits, int total, int page, int pageSize) {

    public SearchResult {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    /** The procedure ids on this page, in rank order. */
    public List<Long> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }

    /**
     * A matching procedure. Scores only order the hits of one search; they are not comparable
     * across searches and carry no meaning as numbers.
     *
     * @param id    the procedure's id, as given in its {@link SearchDocument}
     * @param score higher is better
     */
    public record SearchHit(long id, double score) {
    }
}
