package vn.dvcportal.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dvcportal.catalog.entity.Agency;
import vn.dvcportal.catalog.entity.AgencyAssignment;
import vn.dvcportal.catalog.entity.AgencyRole;
import vn.dvcportal.catalog.entity.Fee;
import vn.dvcportal.catalog.entity.LegalBasis;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.catalog.entity.ProcedureField;
import vn.dvcportal.catalog.entity.ProcedureResult;
import vn.dvcportal.catalog.entity.ProcedureStep;
import vn.dvcportal.catalog.entity.RequiredDocument;

/**
 * Stores parsed procedures, one batch per transaction, so that a failure loses one batch at most
 * and a long import never holds a transaction open. A procedure whose content hash is unchanged
 * is not written at all: re-importing the same file changes nothing.
 */
@ApplicationScoped
public class CatalogWriter {

    /** How many procedures one transaction stores. */
    public static final int BATCH_SIZE = 100;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What happened to the procedures of one batch. */
    public record BatchOutcome(int created, int updated, int unchanged) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchOutcome write(List<ParsedProcedure> batch) {
        Map<String, Procedure> existing = new HashMap<>();
        List<String> codes = batch.stream().map(ParsedProcedure::code).toList();
        em.createQuery("SELECT p FROM Procedure p WHERE p.code IN :codes", Procedure.class)
                .setParameter("codes", codes)
                .getResultList()
                .forEach(p -> existing.put(p.getCode(), p));
        Map<String, Agency> agencies = new HashMap<>();
        Map<String, ProcedureField> fields = new HashMap<>();
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;

        for (ParsedProcedure parsed : batch) {
            String hash = contentHash(parsed);
            Procedure procedure = existing.get(parsed.code());
            if (procedure != null && hash.equals(procedure.getContentHash())) {
                unchanged++;
                continue;
            }
            // The content is built first: finding agencies runs queries, which flush, and a
            // procedure must not reach the database before it has its name.
            Procedure.Content content = content(parsed, agencies, fields);
            if (procedure == null) {
                procedure = new Procedure(parsed.code());
                procedure.replaceContent(content, hash, now);
                existing.put(parsed.code(), procedure);
                em.persist(procedure);
                created++;
            } else {
                procedure.replaceContent(content, hash, now);
                updated++;
            }
        }
        return new BatchOutcome(created, updated, unchanged);
    }

    private Procedure.Content content(ParsedProcedure p, Map<String, Agency> agencies,
            Map<String, ProcedureField> fields) {
        ProcedureField field = p.field() == null ? null
                : fields.computeIfAbsent(p.field(), this::findOrCreateField);
        Function<String, Agency> agency = name -> agencies.computeIfAbsent(name,
                this::findOrCreateAgency);
        List<AgencyAssignment> assignments = new ArrayList<>();
        p.competentAgencies().forEach(n -> assignments.add(
                new AgencyAssignment(agency.apply(n), AgencyRole.COMPETENT)));
        p.implementingAgencies().forEach(n -> assignments.add(
                new AgencyAssignment(agency.apply(n), AgencyRole.IMPLEMENTING)));
        p.coordinatingAgencies().forEach(n -> assignments.add(
                new AgencyAssignment(agency.apply(n), AgencyRole.COORDINATING)));
        p.delegatedAgencies().forEach(n -> assignments.add(
                new AgencyAssignment(agency.apply(n), AgencyRole.DELEGATED)));

        return new Procedure.Content(p.name(), p.decision(), p.type(), field, p.levels(),
                p.audiences(), assignments, p.submissionAddress(),
                p.steps().stream().map(s -> new ProcedureStep(s.title(), s.description())).toList(),
                p.channels().stream().map(CatalogWriter::channel).toList(),
                p.documents().stream().map(d -> new RequiredDocument(d.group(), d.name(),
                        d.formTemplate(), d.originals(), d.copies())).toList(),
                p.legalBases().stream().map(l -> new LegalBasis(l.title(), l.number())).toList(),
                p.conditions(),
                p.results().stream().map(r -> new ProcedureResult(r.name(), r.code())).toList(),
                p.relatedProcedures(), p.serviceLevel(), p.detailUrl(), p.source());
    }

    private static ProcedureChannel channel(ParsedChannel c) {
        List<Fee> fees = c.fees().stream()
                .map(f -> new Fee(f.amount(), f.currency(), f.note())).toList();
        return new ProcedureChannel(c.kind(), c.timeValue(), c.timeUnit(), c.timeText(),
                c.description(), fees);
    }

    private Agency findOrCreateAgency(String name) {
        return em.createNamedQuery(Agency.FIND_BY_NAME, Agency.class)
                .setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Agency created = new Agency(name);
                    em.persist(created);
                    return created;
                });
    }

    private ProcedureField findOrCreateField(String name) {
        return em.createNamedQuery(ProcedureField.FIND_BY_NAME, ProcedureField.class)
                .setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    ProcedureField created = new ProcedureField(name);
                    em.persist(created);
                    return created;
                });
    }

    /**
     * A digest of everything parsed from the record. Records print their components in a fixed
     * order, so equal content gives an equal digest across runs and machines.
     */
    static String contentHash(ParsedProcedure parsed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(parsed.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
