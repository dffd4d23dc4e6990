package vn.dvcportal.catalog.control;

import java.util.List;
import vn.dvcportal.catalog.entity.ServiceLevel;

/**
 * One record of the national procedure catalogue, cleaned and split into typed parts. Strings
 * are trimmed and NFC-normalised; "no information" is {@code null} for text and an empty list
 * for lists. Lists are immutable.
 *
 * @param code the national procedure code, e.g. {@code 1.000178}
 * @param source which ministry's list the record came from
 * @param serviceLevel see {@link ProcedureRecordParser} for how it is derived
 */
public record ParsedProcedure(String code, String name, String decision, List<String> levels,
        String type, String field, List<String> audiences, List<String> competentAgencies,
        List<String> implementingAgencies, List<String> coordinatingAgencies,
        List<String> delegatedAgencies, String submissionAddress, List<ParsedStep> steps,
        List<ParsedChannel> channels, List<ParsedDocument> documents,
        List<ParsedLegalBasis> legalBases, String conditions, List<ParsedResult> results,
        String relatedProcedures, String detailUrl, String source, ServiceLevel serviceLevel) {

    public ParsedProcedure {
        levels = List.copyOf(levels);
        audiences = List.copyOf(audiences);
        competentAgencies = List.copyOf(competentAgencies);
        implementingAgencies = List.copyOf(implementingAgencies);
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
        delegatedAgencies = List.copyOf(delegatedAgencies);
        steps = List.copyOf(steps);
        channels = List.copyOf(channels);
        documents = List.copyOf(documents);
        legalBases = List.copyOf(legalBases);
        results = List.copyOf(results);
    }
}
