package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;
import vn.dvcportal.dossier.entity.Outcome;
import vn.dvcportal.dossier.entity.SubmissionChannel;
import vn.dvcportal.eform.control.FormSchema;

/**
 * Everything a page shows of one dossier. The applicant's copy leaves out the agency's
 * internal notes and consultations.
 *
 * @param version      the version to send back with an action
 * @param status       null for a draft
 * @param dueBasis     how the due date was reckoned, one line
 * @param actions      what the caller may do now
 * @param supplementReasons  the last request for a supplement, while it is awaited
 * @param supplementMissing  the documents it asked for
 */
public record DossierDetail(long id, long version, String code, String procedureCode,
        String procedureName, String caseName, String agencyName, String applicantName,
        String applicantIdNo, String applicantPhone, String applicantEmail,
        String applicantAddress, FormSchema form, Map<String, String> values,
        Delivery delivery, String postalAddress, SubmissionChannel channel, DossierStep step,
        NationalStatus status, Outcome outcome, Outcome proposedOutcome, Instant createdAt,
        Instant submittedAt, Instant receivedAt, Instant dueAt, String dueBasis,
        Instant previousDueAt, Instant extendedAt, String extensionReason,
        String processorName, Instant finishedAt, Instant returnedAt, Instant closedAt,
        boolean overdue, boolean nearDue, List<RequiredPart> parts,
        List<DossierFileView> files, List<EventView> events, List<MessageView> messages,
        List<ConsultView> consultations, Set<DossierAction> actions,
        String supplementReasons, List<String> supplementMissing) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DossierDetail {
        values = Map.copyOf(values);
        parts = List.copyOf(parts);
        files = List.copyOf(files);
        events = List.copyOf(events);
        messages = List.copyOf(messages);
        consultations = List.copyOf(consultations);
        actions = Set.copyOf(actions);
        supplementMissing = List.copyOf(supplementMissing);
    }
}
