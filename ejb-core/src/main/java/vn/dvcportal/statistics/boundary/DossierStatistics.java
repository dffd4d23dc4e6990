package vn.dvcportal.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.report.control.TableExport;
import vn.dvcportal.statistics.control.Choice;
import vn.dvcportal.statistics.control.PeriodChoice;
import vn.dvcportal.statistics.control.StatisticsFilter;
import vn.dvcportal.statistics.control.StatisticsLine;
import vn.dvcportal.statistics.control.StatisticsOverview;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsQueries;
import vn.dvcportal.statistics.control.StatisticsRefused;
import vn.dvcportal.statistics.control.StatisticsReport;
import vn.dvcportal.statistics.control.StatisticsTables;
import vn.dvcportal.statistics.entity.PeriodKind;
import vn.dvcportal.statistics.entity.RunState;
import vn.dvcportal.statistics.entity.StatisticsRun;

/**
 * The figures of the dossier statistics. Anyone may read the complete figures of every agency,
 * as the public page shows them. The managers of an agency (its administrators and approvers)
 * read the figures of their own agency by procedure, also while they are being made, and
 * export them; the system administrator does so for every agency.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DossierStatistics {

    /** Export formats. */
    public static final String XLSX = "xlsx";
    public static final String PDF = "pdf";

    /** Most periods a list offers. */
    public static final int MAX_PERIODS = 400;

    static final String OWN_AGENCY_ONLY = "Bạn chỉ xem được số liệu của cơ quan mình.";
    static final String NO_AGENCY = "Tài khoản của bạn chưa thuộc cơ quan nào.";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    /** The periods of a kind whose figures are complete, newest first. */
    @PermitAll
    public List<PeriodChoice> periods(PeriodKind kind, int max) {
        return periodChoices(new StatisticsQueries(em).runs(kind, true, limit(max)));
    }

    /**
     * The complete figures of a period for everyone: totals, by agency, by field, and the
     * trend around it. Empty when the period has no complete figures.
     */
    @PermitAll
    public Optional<StatisticsOverview> overview(StatisticsFilter filter) {
        StatisticsQueries queries = new StatisticsQueries(em);
        Optional<StatisticsRun> found = run(queries, filter, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StatisticsRun run = found.get();
        StatisticsPeriod period = new StatisticsPeriod(run.getPeriodKind(), run.getPeriodStart());
        Long agency = filter.agencyId();
        Long field = filter.fieldId();
        List<StatisticsPeriod> series = period.series();
        List<StatisticsLine> trend = queries.series(period.kind(), series.get(0).start(),
                series.get(series.size() - 1).end(), agency, field);
        return Optional.of(new StatisticsOverview(period.key(), period.label(), true,
                run.getAsOf(), queries.totals(run.getId(), agency, field),
                queries.grouped(run.getId(), StatisticsQueries.Group.AGENCY, agency, field),
                queries.grouped(run.getId(), StatisticsQueries.Group.FIELD, agency, field),
                trend, choices(queries.grouped(run.getId(), StatisticsQueries.Group.AGENCY,
                        null, null)),
                choices(queries.grouped(run.getId(), StatisticsQueries.Group.FIELD, null, null)
                        .stream().filter(l -> !l.key().isEmpty()).toList())));
    }

    /** The periods of a kind with figures, complete or being made, newest first. */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.APPROVER, Roles.SYSTEM_ADMIN})
    public List<PeriodChoice> managedPeriods(PeriodKind kind, int max) {
        return periodChoices(new StatisticsQueries(em).runs(kind, false, limit(max)));
    }

    /**
     * The agencies the caller may see: every agency for the system administrator, their own
     * for the managers of an agency.
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.APPROVER, Roles.SYSTEM_ADMIN})
    public List<Choice> agencies() {
        if (ctx.isCallerInRole(Roles.SYSTEM_ADMIN)) {
            return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL"
                    + " ORDER BY u.name", OrgUnit.class).getResultStream()
                    .map(u -> new Choice(String.valueOf(u.getId()), u.getName())).toList();
        }
        OrgUnit own = em.find(OrgUnit.class, ownAgency());
        return own == null ? List.of() : List.of(new Choice(String.valueOf(own.getId()),
                own.getName()));
    }

    /**
     * The figures of a period by procedure, for the caller's agency (or the one asked for by
     * the system administrator); empty when the period has none yet.
     *
     * @throws AccessDenied when a manager asks for another agency
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.APPROVER, Roles.SYSTEM_ADMIN})
    public Optional<StatisticsReport> report(StatisticsFilter filter) {
        Long agency = scope(filter.agencyId());
        StatisticsQueries queries = new StatisticsQueries(em);
        Optional<StatisticsRun> found = run(queries, filter, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StatisticsRun run = found.get();
        StatisticsPeriod period = new StatisticsPeriod(run.getPeriodKind(), run.getPeriodStart());
        Long field = filter.fieldId();
        String scope = agency == null ? null
                : Optional.ofNullable(em.find(OrgUnit.class, agency)).map(OrgUnit::getName)
                        .orElse(String.valueOf(agency));
        List<StatisticsLine> byField = queries.grouped(run.getId(),
                StatisticsQueries.Group.FIELD, agency, field);
        String fieldName = field == null ? null : byField.stream()
                .filter(l -> l.key().equals(String.valueOf(field))).map(StatisticsLine::label)
                .findFirst().orElse(String.valueOf(field));
        return Optional.of(new StatisticsReport(period.key(), period.label(),
                run.getStatus() == RunState.COMPLETED, run.getAsOf(), scope, fieldName,
                queries.rows(run.getId(), agency, field),
                queries.grouped(run.getId(), StatisticsQueries.Group.AGENCY, agency, field),
                byField, queries.totals(run.getId(), agency, field),
                choices(queries.grouped(run.getId(), StatisticsQueries.Group.FIELD, agency, null)
                        .stream().filter(l -> !l.key().isEmpty()).toList())));
    }

    /**
     * The figures of {@link #report} as a document.
     *
     * @param format {@value #XLSX} or {@value #PDF}
     */
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.APPROVER, Roles.SYSTEM_ADMIN})
    public ExportFile export(StatisticsFilter filter, String format) {
        StatisticsReport report = report(filter).orElseThrow(() -> new StatisticsRefused(
                "Chưa có số liệu của kỳ này."));
        String base = "thong-ke-ho-so-" + report.periodKey();
        Instant now = Instant.now();
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case XLSX -> new ExportFile(base + ".xlsx", TableExport.XLSX_TYPE,
                    StatisticsTables.workbook(report, now).xlsx());
            case PDF -> new ExportFile(base + ".pdf", TableExport.PDF_TYPE,
                    StatisticsTables.printable(report, now).pdf());
            default -> throw new StatisticsRefused("Định dạng tệp không được hỗ trợ.");
        };
    }

    /** The agency a request may see: any for the system administrator, else the caller's. */
    private Long scope(Long asked) {
        if (ctx.isCallerInRole(Roles.SYSTEM_ADMIN)) {
            return asked;
        }
        long own = ownAgency();
        if (asked != null && asked != own) {
            throw new AccessDenied(OWN_AGENCY_ONLY);
        }
        return own;
    }

    private long ownAgency() {
        AccountStore accounts = new AccountStore(em);
        Account account = accounts.byLoginName(ctx.getCallerPrincipal().getName())
                .orElseThrow(() -> new AccessDenied(NO_AGENCY));
        Long agency = accounts.agencyId(account);
        if (agency == null) {
            throw new AccessDenied(NO_AGENCY);
        }
        return agency;
    }

    private static Optional<StatisticsRun> run(StatisticsQueries queries,
            StatisticsFilter filter, boolean completeOnly) {
        Optional<StatisticsRun> run;
        if (filter.periodKey() == null) {
            run = queries.runs(filter.kind(), completeOnly, 1).stream().findFirst();
        } else {
            StatisticsPeriod period;
            try {
                period = StatisticsPeriod.parse(filter.periodKey());
            } catch (IllegalArgumentException e) {
                throw new StatisticsRefused(e.getMessage());
            }
            run = queries.run(period);
        }
        return run.filter(r -> !completeOnly || r.getStatus() == RunState.COMPLETED);
    }

    private static List<PeriodChoice> periodChoices(List<StatisticsRun> runs) {
        List<PeriodChoice> choices = new ArrayList<>();
        for (StatisticsRun r : runs) {
            StatisticsPeriod p = new StatisticsPeriod(r.getPeriodKind(), r.getPeriodStart());
            choices.add(new PeriodChoice(p.key(), p.label(), r.getStatus() == RunState.COMPLETED,
                    r.getAsOf()));
        }
        return choices;
    }

    private static List<Choice> choices(List<StatisticsLine> lines) {
        return lines.stream().map(l -> new Choice(l.key(), l.label())).toList();
    }

    private static int limit(int max) {
        return Math.max(1, Math.min(max, MAX_PERIODS));
    }
}
