package vn.dvcportal.catalog.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.entity.AgencyRole;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.text.control.TextFolding;

/**
 * The in-memory view of the catalogue that lists and searches read: a search index and a
 * summary of each procedure. Built from the database in a handful of queries at start-up and
 * after each import, then swapped in whole, so readers never see half an index.
 */
@ApplicationScoped
public class CatalogSearch {

    private static final Logger LOG = Logger.getLogger(CatalogSearch.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /** The index, the summaries and the filter choices of one moment. */
    record Snapshot(CatalogSearchIndex index, Map<Long, ProcedureSummary> summaries,
            List<FilterOption> fields, List<FilterOption> agencies, List<FilterOption> levels,
            List<FilterOption> audiences) {
        static final Snapshot EMPTY = new Snapshot(new CatalogSearchIndex(List.of()), Map.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** A page of results with what each hit shows. */
    public record Page(List<ProcedureSummary> items, int total, int page, int pageSize) {
    }

    @PostConstruct
    void init() {
        rebuild();
    }

    public Page search(SearchQuery query) {
        Snapshot s = snapshot;
        SearchResult result = s.index().search(query);
        List<ProcedureSummary> items = result.hits().stream()
                .map(h -> s.summaries().get(h.id())).toList();
        return new Page(items, result.total(), result.page(), result.pageSize());
    }

    public int size() {
        return snapshot.summaries().size();
    }

    public List<FilterOption> fields() {
        return snapshot.fields();
    }

    public List<FilterOption> agencies() {
        return snapshot.agencies();
    }

    public List<FilterOption> levels() {
        return snapshot.levels();
    }

    public List<FilterOption> audiences() {
        return snapshot.audiences();
    }

    /** Reads the whole catalogue again and replaces the index. */
    public void rebuild() {
        long start = System.nanoTime();
        Map<Long, Row> rows = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT p.id, p.code, p.name, f.id, f.name"
                + " FROM Procedure p LEFT JOIN p.field f", Object[].class).getResultList()) {
            rows.put((Long) r[0], new Row((Long) r[0], (String) r[1], (String) r[2],
                    (Long) r[3], (String) r[4]));
        }
        for (Object[] r : em.createQuery("SELECT p.id, l FROM Procedure p JOIN p.levels l",
                Object[].class).getResultList()) {
            row(rows, r).ifPresent(row -> row.levels.add((String) r[1]));
        }
        for (Object[] r : em.createQuery("SELECT p.id, a FROM Procedure p JOIN p.audiences a",
                Object[].class).getResultList()) {
            row(rows, r).ifPresent(row -> row.audiences.add((String) r[1]));
        }
        for (Object[] r : em.createQuery("SELECT p.id, ag.agency.id, ag.agency.name, ag.role"
                + " FROM Procedure p JOIN p.agencies ag", Object[].class).getResultList()) {
            row(rows, r).ifPresent(row -> {
                row.agencyIds.add((Long) r[1]);
                row.agencyNames.put((Long) r[1], (String) r[2]);
                if (r[3] == AgencyRole.IMPLEMENTING) {
                    row.implementing.add((String) r[2]);
                }
            });
        }
        for (Object[] r : em.createQuery("SELECT p.id, c.kind FROM Procedure p JOIN p.channels c",
                Object[].class).getResultList()) {
            row(rows, r).ifPresent(row -> row.channels.add((ChannelKind) r[1]));
        }
        snapshot = snapshotOf(rows.values());
        LOG.log(Level.INFO, "Search index holds {0} procedures, built in {1} ms",
                new Object[] {rows.size(), (System.nanoTime() - start) / 1_000_000});
    }

    /**
     * The procedure a projection row belongs to. A procedure stored by an import running
     * meanwhile may be missing from the first query; it joins the index at the next rebuild.
     */
    private static Optional<Row> row(Map<Long, Row> rows, Object[] projection) {
        return Optional.ofNullable(rows.get((Long) projection[0]));
    }

    private static Snapshot snapshotOf(Iterable<Row> rows) {
        List<SearchDocument> docs = new ArrayList<>();
        Map<Long, ProcedureSummary> summaries = new HashMap<>();
        Counter fields = new Counter();
        Counter agencies = new Counter();
        Counter levels = new Counter();
        Counter audiences = new Counter();
        for (Row r : rows) {
            String extra = String.join(" ", r.fieldName == null ? "" : r.fieldName,
                    String.join(" ", r.agencyNames.values()));
            docs.add(new SearchDocument(r.id, r.code, r.name, r.fieldId == null ? 0 : r.fieldId,
                    Set.copyOf(r.agencyIds), Set.copyOf(r.levels), Set.copyOf(r.audiences),
                    Set.copyOf(r.channels), extra));
            summaries.put(r.id, new ProcedureSummary(r.id, r.code, r.name, r.fieldId,
                    r.fieldName, List.copyOf(r.implementing), List.copyOf(r.levels),
                    Set.copyOf(r.channels)));
            if (r.fieldId != null) {
                fields.add(String.valueOf(r.fieldId), r.fieldName);
            }
            r.agencyNames.forEach((id, name) -> agencies.add(String.valueOf(id), name));
            new LinkedHashSet<>(r.levels).forEach(l -> levels.add(l, l));
            new LinkedHashSet<>(r.audiences).forEach(a -> audiences.add(a, a));
        }
        return new Snapshot(new CatalogSearchIndex(docs), Map.copyOf(summaries),
                fields.options(), agencies.options(), levels.options(), audiences.options());
    }

    /** One procedure as the projection queries deliver it, before it becomes immutable. */
    private static final class Row {
        final long id;
        final String code;
        final String name;
        final Long fieldId;
        final String fieldName;
        final List<String> levels = new ArrayList<>();
        final List<String> audiences = new ArrayList<>();
        final Set<Long> agencyIds = new LinkedHashSet<>();
        final Map<Long, String> agencyNames = new TreeMap<>();
        final List<String> implementing = new ArrayList<>();
        final Set<ChannelKind> channels = new LinkedHashSet<>();

        Row(long id, String code, String name, Long fieldId, String fieldName) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.fieldId = fieldId;
            this.fieldName = fieldName;
        }
    }

    /** Counts procedures per filter value; options are listed by label, folded. */
    private static final class Counter {
        private final Map<String, FilterOption> byValue = new HashMap<>();

        void add(String value, String label) {
            byValue.merge(value, new FilterOption(value, label, 1),
                    (a, b) -> new FilterOption(a.value(), a.label(), a.count() + 1));
        }

        List<FilterOption> options() {
            return byValue.values().stream()
                    .sorted(Comparator.comparing(o -> TextFolding.fold(o.label())))
                    .toList();
        }
    }
}
