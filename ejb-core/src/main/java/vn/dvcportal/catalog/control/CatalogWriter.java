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
import java.util.logging.Level;
import java.util.logging.Logger;
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

    /** Longer than the longest real agency name in the national catalogue (about 300). */
    static final int MAX_AGENCY_NAME = 500;

    private static final Logger LOG = Logger.getLogger(CatalogWriter.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What happened to the procedures of one batch. */
    public record BatchOutcome(int created, int updated, int unchanged) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchOutcome write(List<CatalogFileReader.CatalogEntry> entries) {
        List<ParsedProcedure> batch = entries.stream()
                .map(CatalogFileReader.CatalogEntry::procedure).toList();
        Map<String, Procedure> existing = new HashMap<>();
        List<String> codes = batch.stream().map(ParsedProcedure::code).toList();
        em.createNamedQuery(Procedure.FIND_BY_CODES, Procedure.class)
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
        List<AgencyAssignment> assignments = new ArrayList<>();
        assign(assignments, p.code(), p.competentAgencies(), AgencyRole.COMPETENT, agencies);
        assign(assignments, p.code(), p.implementingAgencies(), AgencyRole.IMPLEMENTING, agencies);
        assign(assignments, p.code(), p.coordinatingAgencies(), AgencyRole.COORDINATING, agencies);
        assign(assignments, p.code(), p.delegatedAgencies(), AgencyRole.DELEGATED, agencies);

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

    /**
     * Links the named agencies. A few source records carry page text where an agency belongs;
     * text longer than any agency name is left out, so it never becomes a filter choice.
     */
    private void assign(List<AgencyAssignment> into, String code, List<String> names,
            AgencyRole role, Map<String, Agency> agencies) {
        for (String name : names) {
            if (name.length() > MAX_AGENCY_NAME) {
                LOG.log(Level.WARNING, "Procedure {0}: {1} text of {2} characters is not an"
                        + " agency name; left out", new Object[] {code, role, name.length()});
                continue;
            }
            into.add(new AgencyAssignment(agencies.computeIfAbsent(name,
                    this::findOrCreateAgency), role));
        }
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
