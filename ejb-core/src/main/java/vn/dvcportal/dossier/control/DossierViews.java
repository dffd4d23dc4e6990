package vn.dvcportal.dossier.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.files.entity.StoredFile;

/** Copies dossiers into the records the boundaries return, so no entity leaves them. */
public final class DossierViews {

    /** Steps whose notes stay inside the agency. */
    static final Set<DossierAction> INTERNAL = EnumSet.of(DossierAction.ASSIGN,
            DossierAction.CONSULT, DossierAction.ANSWER, DossierAction.PROPOSE,
            DossierAction.SEND_BACK);

    /** Steps in which the applicant may see the result files. */
    static final Set<DossierStep> RESULT_PUBLISHED = EnumSet.of(DossierStep.RESULT_READY,
            DossierStep.RETURNED);

    private DossierViews() {
    }

    /** Whether the applicant may see a file: results only once approved. */
    public static boolean visibleToApplicant(DossierFile f) {
        return f.getKind() != DossierFileKind.RESULT
                || RESULT_PUBLISHED.contains(f.getDossier().getStep());
    }

    public static DossierFileView file(DossierFile f) {
        StoredFile s = f.getStoredFile();
        return new DossierFileView(f.getId(), f.getPart(), f.getPartName(), f.getKind(),
                f.getOriginalName(), s.getMediaType(), s.getSizeBytes(), f.getUploadedAt());
    }

    /** Indexes of the parts that have at least one file. */
    public static Set<Integer> partsWithFiles(List<DossierFile> files) {
        Set<Integer> parts = new HashSet<>();
        for (DossierFile f : files) {
            if (f.getKind() == DossierFileKind.APPLICANT
                    || f.getKind() == DossierFileKind.SUPPLEMENT) {
                parts.add(f.getPart());
            }
        }
        return parts;
    }

    public static DraftView draft(Dossier d, FormSchema form, List<DossierFile> files,
            Map<String, String> problems, long maxBytes, String acceptedTypes) {
        DossierDocuments docs = DossierDocuments.parse(d.getDocuments());
        return new DraftView(d.getId(), d.getVersion(), d.getProcedureCode(),
                d.getProcedureName(), d.getAgencyName(), docs.cases(), d.getCaseName(),
                docs.partsOf(d.getCaseName()), form, FormData.parse(d.getFormData()),
                files.stream().map(DossierViews::file).toList(), d.getDelivery(),
                d.getPostalAddress(), problems, d.getUpdatedAt(), maxBytes, acceptedTypes);
    }

    public static DossierSummary summary(Dossier d) {
        return new DossierSummary(d.getId(), d.getCode(), d.getProcedureCode(),
                d.getProcedureName(), d.getAgencyName(), d.getStep(),
                d.getStep().national().orElse(null), d.getCreatedAt(), d.getUpdatedAt(),
                d.getSubmittedAt(), d.getDueAt());
    }

    public static MessageView message(DossierMessage m) {
        return new MessageView(m.getId(), m.getAt(), m.getAuthorName(), m.isOfficial(),
                m.getBody());
    }

    public static ConsultView consultation(Consultation c) {
        return new ConsultView(c.getId(), c.getUnitId(), c.getUnitName(), c.getAskedByName(),
                c.getAskedAt(), c.getDeadline(), c.getQuestion(), c.getAnswer(),
                c.getAnsweredByName(), c.getAnsweredAt());
    }

    public static EventView event(DossierEvent e, boolean forApplicant) {
        boolean hide = forApplicant && INTERNAL.contains(e.getAction());
        return new EventView(e.getAt(), e.getActorName(), e.getActorUnit(), e.getAction(),
                e.getFromStep(), e.getToStep(), hide ? null : e.getNote(),
                missing(e), hide ? null : e.getDeadline());
    }

    static List<String> missing(DossierEvent e) {
        return e.getMissing() == null || e.getMissing().isBlank() ? List.of()
                : e.getMissing().lines().filter(l -> !l.isBlank()).toList();
    }

    /** The one-line explanation kept with the due date, or null. */
    public static String basisText(String dueBasis) {
        if (dueBasis == null || dueBasis.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(dueBasis))) {
            return reader.readObject().getString("basis", null);
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }

    /** The last request for a supplement, while the dossier waits for it. */
    public static DossierEvent pendingSupplementRequest(Dossier d, List<DossierEvent> events) {
        if (!d.getStep().isAwaitingSupplement()) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getAction() == DossierAction.REQUEST_SUPPLEMENT) {
                return events.get(i);
            }
        }
        return null;
    }

    /**
     * The whole dossier.
     *
     * @param forApplicant leaves out internal notes, consultations and results not yet
     *                     approved
     */
    public static DossierDetail detail(Dossier d, FormSchema form, List<DossierFile> files,
            List<DossierEvent> events, List<DossierMessage> messages,
            List<Consultation> consultations, Set<DossierAction> actions, boolean forApplicant,
            Instant now, WorkingCalendar calendar) {
        DossierDocuments docs = DossierDocuments.parse(d.getDocuments());
        DossierEvent request = pendingSupplementRequest(d, events);
        List<DossierFileView> fileViews = files.stream()
                .filter(f -> !forApplicant || visibleToApplicant(f))
                .map(DossierViews::file).toList();
        return new DossierDetail(d.getId(), d.getVersion(), d.getCode(), d.getProcedureCode(),
                d.getProcedureName(), d.getCaseName(), d.getAgencyName(), d.getApplicantName(),
                d.getApplicantIdNo(), d.getApplicantPhone(), d.getApplicantEmail(),
                d.getApplicantAddress(), form, FormData.parse(d.getFormData()),
                d.getDelivery(), d.getPostalAddress(), d.getChannel(), d.getStep(),
                d.getStep().national().orElse(null), d.getOutcome(),
                forApplicant ? null : d.getProposedOutcome(), d.getCreatedAt(),
                d.getSubmittedAt(), d.getReceivedAt(), d.getDueAt(), basisText(d.getDueBasis()),
                d.getPreviousDueAt(), d.getExtendedAt(), d.getExtensionReason(),
                d.getProcessorName(), d.getFinishedAt(), d.getReturnedAt(), d.getClosedAt(),
                DueFlags.overdue(d.getStep(), d.getDueAt(), now),
                DueFlags.nearDue(d.getStep(), d.getDueAt(), now, calendar),
                docs.partsOf(d.getCaseName()), fileViews,
                events.stream().map(e -> event(e, forApplicant)).toList(),
                messages.stream().map(DossierViews::message).toList(),
                forApplicant ? List.of()
                        : consultations.stream().map(DossierViews::consultation).toList(),
                actions, request == null ? null : request.getNote(),
                request == null ? List.of() : missing(request));
    }
}
