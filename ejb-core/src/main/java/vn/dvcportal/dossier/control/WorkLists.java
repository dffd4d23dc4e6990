package vn.dvcportal.dossier.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.text.control.TextFolding;

/**
 * The back office's work lists: the submitted dossiers of the caller's agency, per queue,
 * filtered and paged, soonest due first. Drafts are the applicant's own and never listed.
 */
public class WorkLists {

    private static final List<DossierStep> MINE = List.of(DossierStep.PROCESSING,
            DossierStep.CONSULTING, DossierStep.SUPPLEMENT_IN_PROCESS);

    private final EntityManager em;
    private final WorkingCalendar calendar;

    public WorkLists(EntityManager em, WorkingCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    public WorkCounts counts(Actor a, Instant now) {
        return new WorkCounts(count(a, WorkQueue.TO_RECEIVE, now),
                count(a, WorkQueue.TO_ASSIGN, now), count(a, WorkQueue.MINE, now),
                count(a, WorkQueue.CONSULTATIONS, now), count(a, WorkQueue.TO_APPROVE, now),
                count(a, WorkQueue.TO_RETURN, now), count(a, WorkQueue.OVERDUE, now),
                count(a, WorkQueue.NEAR_DUE, now));
    }

    private long count(Actor a, WorkQueue queue, Instant now) {
        return total(a, WorkQuery.of(queue), now);
    }

    public long total(Actor a, WorkQuery q, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(a, q, now, params);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM Dossier d" + where,
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<WorkItem> list(Actor a, WorkQuery q, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(a, q, now, params);
        String order = q.latestDueFirst() ? " ORDER BY d.dueAt DESC, d.id DESC"
                : " ORDER BY d.dueAt ASC, d.id ASC";
        TypedQuery<Dossier> query = em.createQuery("SELECT d FROM Dossier d" + where + order,
                Dossier.class);
        params.forEach(query::setParameter);
        query.setFirstResult(q.page() * q.size()).setMaxResults(q.size());
        return query.getResultList().stream().map(d -> item(d, now)).toList();
    }

    private WorkItem item(Dossier d, Instant now) {
        return new WorkItem(d.getId(), d.getVersion(), d.getCode(), d.getProcedureCode(),
                d.getProcedureName(), d.getApplicantName(), d.getStep(),
                d.getStep().national().orElse(null), d.getSubmittedAt(), d.getReceivedAt(),
                d.getDueAt(), d.getProcessorName(),
                DueFlags.overdue(d.getStep(), d.getDueAt(), now),
                DueFlags.nearDue(d.getStep(), d.getDueAt(), now, calendar));
    }

    private String where(Actor a, WorkQuery q, Instant now, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE d.agencyUnitId = :agency AND d.step <> :draft");
        params.put("agency", a.agencyId() == null ? -1L : a.agencyId());
        params.put("draft", DossierStep.DRAFT);
        switch (q.queue()) {
            case TO_RECEIVE -> step(w, params, "queueStep", DossierStep.SUBMITTED);
            case TO_ASSIGN -> step(w, params, "queueStep", DossierStep.RECEIVED);
            case TO_APPROVE -> step(w, params, "queueStep", DossierStep.AWAITING_APPROVAL);
            case TO_RETURN -> step(w, params, "queueStep", DossierStep.RESULT_READY);
            case MINE -> {
                w.append(" AND d.processorLogin = :me AND d.step IN :mine");
                params.put("me", a.login());
                params.put("mine", MINE);
            }
            case CONSULTATIONS -> {
                w.append(" AND d.step = :consulting AND EXISTS (SELECT c.id FROM Consultation c"
                        + " WHERE c.dossier = d AND c.unitId = :unit AND c.answeredAt IS NULL)");
                params.put("consulting", DossierStep.CONSULTING);
                params.put("unit", a.unitId() == null ? -1L : a.unitId());
            }
            case OVERDUE -> overdue(w, params, now);
            case NEAR_DUE -> nearDue(w, params, now);
            default -> {
                // every submitted dossier of the agency
            }
        }
        if (q.step() != null) {
            step(w, params, "step", q.step());
        }
        if (q.overdueOnly() && q.queue() != WorkQueue.OVERDUE) {
            overdue(w, params, now);
        }
        if (q.nearDueOnly() && q.queue() != WorkQueue.NEAR_DUE) {
            nearDue(w, params, now);
        }
        String folded = TextFolding.fold(q.text());
        if (!folded.isEmpty()) {
            // Folded text holds letters, digits, dots and spaces only: no LIKE wildcards.
            w.append(" AND (d.searchText LIKE :text OR d.code = :code)");
            params.put("text", "%" + folded + "%");
            params.put("code", q.text().strip());
        }
        return w.toString();
    }

    private static void step(StringBuilder w, Map<String, Object> params, String name,
            DossierStep step) {
        w.append(" AND d.step = :").append(name);
        params.put(name, step);
    }

    private static void overdue(StringBuilder w, Map<String, Object> params, Instant now) {
        w.append(" AND d.step IN :running AND d.dueAt < :now");
        params.put("running", List.copyOf(DossierStep.CLOCK_RUNNING));
        params.put("now", now);
    }

    private void nearDue(StringBuilder w, Map<String, Object> params, Instant now) {
        w.append(" AND d.step IN :running AND d.dueAt >= :now AND d.dueAt < :nearLimit");
        params.put("running", List.copyOf(DossierStep.CLOCK_RUNNING));
        params.put("now", now);
        params.put("nearLimit", DueFlags.nearDueLimit(now, calendar));
    }
}
