package vn.dvcportal.statistics.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvcportal.statistics.entity.PeriodKind;
import vn.dvcportal.statistics.entity.RunState;
import vn.dvcportal.statistics.entity.StatisticsRun;

/** Reads the stored figures: runs of periods, and sums of their rows by group. */
public final class StatisticsQueries {

    /** Label of the rows whose procedure has no field in the catalogue. */
    public static final String NO_FIELD = "Chưa xác định lĩnh vực";

    /** The sums of every counter, in the order of {@link Figures}'s components. */
    static final String SUMS = "SUM(s.carriedOver), SUM(s.receivedOnline), SUM(s.receivedDesk),"
            + " SUM(s.receivedPost), SUM(s.settledEarly), SUM(s.settledOnTime),"
            + " SUM(s.settledLate), SUM(s.pendingOnTime), SUM(s.pendingOverdue),"
            + " SUM(s.pausedSupplement), SUM(s.pausedPayment), SUM(s.withdrawn),"
            + " SUM(s.returned), SUM(s.refused), SUM(s.settledDays)";
    private static final int COUNTERS = 15;

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** What lines are grouped by. */
    public enum Group {
        AGENCY("s.agencyUnitId, s.agencyName", "s.agencyUnitId, s.agencyName"),
        FIELD("s.fieldId, s.fieldName", "s.fieldId, s.fieldName");

        final String select;
        final String groupBy;

        Group(String select, String groupBy) {
            this.select = select;
            this.groupBy = groupBy;
        }
    }

    private final EntityManager em;

    public StatisticsQueries(EntityManager em) {
        this.em = em;
    }

    /** The runs of a kind that have rows, newest period first. */
    public List<StatisticsRun> runs(PeriodKind kind, boolean completeOnly, int max) {
        TypedQuery<StatisticsRun> q = em.createQuery("SELECT r FROM StatisticsRun r"
                        + " WHERE r.periodKind = :kind AND r.instanceId IS NOT NULL"
                        + (completeOnly ? " AND r.status = :complete" : "")
                        + " ORDER BY r.periodStart DESC", StatisticsRun.class)
                .setParameter("kind", kind)
                .setMaxResults(Math.max(1, max));
        if (completeOnly) {
            q.setParameter("complete", RunState.COMPLETED);
        }
        return q.getResultList();
    }

    public Optional<StatisticsRun> run(StatisticsPeriod period) {
        return StatisticsRuns.find(em, period).filter(r -> r.getInstanceId() != null);
    }

    /** The sums of a run's rows, for one agency and one field or all of them. */
    public Figures totals(long runId, Long agencyId, Long fieldId) {
        TypedQuery<Object[]> q = em.createQuery("SELECT " + SUMS
                + " FROM DossierStatistic s WHERE s.runId = :run" + filters(agencyId, fieldId),
                Object[].class).setParameter("run", runId);
        bind(q, agencyId, fieldId);
        return figures(q.getSingleResult(), 0);
    }

    /** The sums of a run's rows by agency or by field, in the order of their names. */
    public List<StatisticsLine> grouped(long runId, Group group, Long agencyId, Long fieldId) {
        TypedQuery<Object[]> q = em.createQuery("SELECT " + group.select + ", " + SUMS
                + " FROM DossierStatistic s WHERE s.runId = :run" + filters(agencyId, fieldId)
                + " GROUP BY " + group.groupBy, Object[].class).setParameter("run", runId);
        bind(q, agencyId, fieldId);
        List<StatisticsLine> lines = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            String key = r[0] == null ? "" : r[0].toString();
            String label = r[1] == null ? NO_FIELD : (String) r[1];
            lines.add(new StatisticsLine(key, label, figures(r, 2)));
        }
        lines.sort(Comparator.comparing(StatisticsLine::label, VIETNAMESE));
        return lines;
    }

    /** A run's rows, by agency, field and procedure. */
    public List<ProcedureLine> rows(long runId, Long agencyId, Long fieldId) {
        TypedQuery<Object[]> q = em.createQuery("SELECT s.agencyCode, s.agencyName, s.fieldName,"
                + " s.procedureCode, s.procedureName, s.carriedOver, s.receivedOnline,"
                + " s.receivedDesk, s.receivedPost, s.settledEarly, s.settledOnTime,"
                + " s.settledLate, s.pendingOnTime, s.pendingOverdue, s.pausedSupplement,"
                + " s.pausedPayment, s.withdrawn, s.returned, s.refused, s.settledDays"
                + " FROM DossierStatistic s WHERE s.runId = :run" + filters(agencyId, fieldId),
                Object[].class).setParameter("run", runId);
        bind(q, agencyId, fieldId);
        List<ProcedureLine> lines = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            lines.add(new ProcedureLine((String) r[0], (String) r[1],
                    r[2] == null ? NO_FIELD : (String) r[2], (String) r[3], (String) r[4],
                    figures(r, 5)));
        }
        lines.sort(Comparator.comparing(ProcedureLine::agencyName, VIETNAMESE)
                .thenComparing(ProcedureLine::fieldName, VIETNAMESE)
                .thenComparing(ProcedureLine::procedureCode));
        return lines;
    }

    /**
     * The totals of the complete runs of a kind whose periods begin in a span, in order.
     *
     * @param first the first day a period may begin on
     * @param last  the day after the last one
     */
    public List<StatisticsLine> series(PeriodKind kind, LocalDate first, LocalDate last,
            Long agencyId, Long fieldId) {
        TypedQuery<Object[]> q = em.createQuery("SELECT r.periodStart, " + SUMS
                + " FROM StatisticsRun r, DossierStatistic s WHERE s.runId = r.id"
                + " AND r.periodKind = :kind AND r.status = :complete"
                + " AND r.periodStart >= :first AND r.periodStart < :last"
                + filters(agencyId, fieldId) + " GROUP BY r.periodStart ORDER BY r.periodStart",
                Object[].class)
                .setParameter("kind", kind)
                .setParameter("complete", RunState.COMPLETED)
                .setParameter("first", first)
                .setParameter("last", last);
        bind(q, agencyId, fieldId);
        List<StatisticsLine> lines = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            StatisticsPeriod p = new StatisticsPeriod(kind, (LocalDate) r[0]);
            lines.add(new StatisticsLine(p.key(), p.shortLabel(), figures(r, 1)));
        }
        return lines;
    }

    private static String filters(Long agencyId, Long fieldId) {
        return (agencyId == null ? "" : " AND s.agencyUnitId = :agency")
                + (fieldId == null ? "" : " AND s.fieldId = :field");
    }

    private static void bind(TypedQuery<?> q, Long agencyId, Long fieldId) {
        if (agencyId != null) {
            q.setParameter("agency", agencyId);
        }
        if (fieldId != null) {
            q.setParameter("field", fieldId);
        }
    }

    static Figures figures(Object[] row, int offset) {
        long[] counts = new long[COUNTERS - 1];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = number(row[offset + i]);
        }
        return Figures.of(counts, number(row[offset + COUNTERS - 1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
