package vn.dvcportal.report.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvcportal.report.control.AccessHit;
import vn.dvcportal.report.control.AccessTally;
import vn.dvcportal.report.control.ReportRuns;
import vn.dvcportal.report.control.VisitSpans;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessVisit;
import vn.dvcportal.report.entity.ReportRun;

/**
 * Adds a chunk of page views to the period's figures: the page-view counters, and the visits,
 * into which each view is merged. Everything is written in the chunk's transaction, with the
 * reader's checkpoint, so the stored figures are always those of the records up to the
 * checkpoint; a restart adds the rest and ends with the figures of an uninterrupted run.
 */
@Named("accessTallyWriter")
@Dependent
public class AccessTallyWriter extends AbstractItemWriter {

    /** Most values in one IN list; Oracle takes 1,000. */
    static final int IN_LIMIT = 500;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = JobParameters.WRITE_DELAY)
    String writeDelay;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private TallyState state;
    private long delayMillis;
    /** Ids of the counter rows of the run, so a chunk loads only those it adds to. */
    private final Map<AccessTally.Key, Long> counterIds = new HashMap<>();

    @Override
    public void open(Serializable checkpoint) {
        state = (TallyState) step.getTransientUserData();
        delayMillis = writeDelay == null || writeDelay.isBlank() ? 0
                : Math.max(0, Long.parseLong(writeDelay.strip()));
        for (AccessCount c : em.createQuery("SELECT c FROM AccessCount c WHERE c.runId = :run",
                        AccessCount.class)
                .setParameter("run", state.runId()).getResultList()) {
            counterIds.put(new AccessTally.Key(c.getDimension(), c.getBucket(), c.getMeasure()),
                    c.getId());
        }
    }

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        ReportRun run = new ReportRuns(em).lockOwned(state.runId(), job.getInstanceId());
        List<AccessHit> hits = new ArrayList<>(items.size());
        for (Object item : items) {
            hits.add((AccessHit) item);
        }
        addCounts(AccessTally.pageViews(hits));
        mergeVisits(hits);
        run.progress(job.getExecutionId(), state.rowsRead());
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
    }

    private void addCounts(Map<AccessTally.Key, Long> adds) {
        List<Long> known = adds.keySet().stream().map(counterIds::get)
                .filter(id -> id != null).toList();
        Map<Long, AccessCount> loaded = new HashMap<>();
        for (List<Long> slice : slices(known)) {
            for (AccessCount c : em.createQuery("SELECT c FROM AccessCount c WHERE c.id IN :ids",
                    AccessCount.class).setParameter("ids", slice).getResultList()) {
                loaded.put(c.getId(), c);
            }
        }
        List<AccessCount> created = new ArrayList<>();
        adds.forEach((key, amount) -> {
            Long id = counterIds.get(key);
            AccessCount counter = id == null ? null : loaded.get(id);
            if (counter != null) {
                counter.add(amount);
            } else {
                AccessCount fresh = new AccessCount(state.runId(), key.dimension(),
                        key.bucket(), key.measure(), amount);
                em.persist(fresh);
                created.add(fresh);
            }
        });
        if (!created.isEmpty()) {
            em.flush();
            for (AccessCount c : created) {
                counterIds.put(new AccessTally.Key(c.getDimension(), c.getBucket(),
                        c.getMeasure()), c.getId());
            }
        }
    }

    private void mergeVisits(List<AccessHit> hits) {
        Map<String, List<AccessHit>> byVisitor = new LinkedHashMap<>();
        for (AccessHit hit : hits) {
            byVisitor.computeIfAbsent(hit.visitor(), v -> new ArrayList<>()).add(hit);
        }
        Map<String, List<AccessVisit>> stored = new HashMap<>();
        for (List<String> slice : slices(new ArrayList<>(byVisitor.keySet()))) {
            for (AccessVisit v : em.createQuery("SELECT v FROM AccessVisit v"
                            + " WHERE v.runId = :run AND v.visitor IN :visitors"
                            + " ORDER BY v.startedAt, v.id", AccessVisit.class)
                    .setParameter("run", state.runId())
                    .setParameter("visitors", slice).getResultList()) {
                stored.computeIfAbsent(v.getVisitor(), k -> new ArrayList<>()).add(v);
            }
        }
        byVisitor.forEach((visitor, views) -> {
            List<AccessVisit> existing = stored.getOrDefault(visitor, List.of());
            List<VisitSpans.Span> spans = new ArrayList<>();
            for (AccessVisit v : existing) {
                spans.add(new VisitSpans.Span(v.getStartedAt(), v.getEndedAt(),
                        v.getPageViews()));
            }
            for (AccessHit view : views) {
                spans = VisitSpans.add(spans, view.at());
            }
            // Rows are reused in order of start, the surplus removed or added.
            for (int i = 0; i < Math.max(spans.size(), existing.size()); i++) {
                if (i >= spans.size()) {
                    em.remove(existing.get(i));
                } else if (i >= existing.size()) {
                    VisitSpans.Span s = spans.get(i);
                    em.persist(new AccessVisit(state.runId(), visitor, views.get(0).device(),
                            s.start(), s.end(), s.views()));
                } else {
                    VisitSpans.Span s = spans.get(i);
                    existing.get(i).reshape(s.start(), s.end(), s.views());
                }
            }
        });
    }

    private static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_LIMIT) {
            slices.add(values.subList(i, Math.min(values.size(), i + IN_LIMIT)));
        }
        return slices;
    }
}
