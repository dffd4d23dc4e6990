package vn.dvcportal.dossier.control;

import java.time.Instant;
import java.util.List;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.paper.control.PaperDossier;
import vn.dvcportal.paper.control.PaperEvent;
import vn.dvcportal.paper.control.Papers;

/**
 * Prints a dossier on one of the desk's papers. Each paper but the control sheet prints a
 * step that must have happened: a refusal letter needs a refusal.
 */
public final class DossierPapers {

    private final Papers papers;

    public DossierPapers(Papers papers) {
        this.papers = papers;
    }

    /** What a paper is printed from, copied out of the entities so it can be printed later. */
    public record Source(PaperKind kind, PaperDossier dossier, String note, List<String> missing,
            String official, Instant newDue, List<PaperEvent> events) {
    }

    /**
     * @throws ValidationFailure when the dossier has not been through the step the paper
     *     records
     */
    public static Source source(PaperKind kind, Dossier d, List<DossierFile> files,
            List<DossierEvent> events) {
        if (d.getCode() == null) {
            throw ValidationFailure.of("kind", "Hồ sơ chưa được nộp nên chưa có phiếu.");
        }
        PaperDossier pd = PaperData.dossier(d, files, events);
        switch (kind) {
            case RECEIPT:
            case CONTROL_SHEET:
                return new Source(kind, pd, null, List.of(), null, null,
                        PaperData.events(events));
            case SUPPLEMENT_REQUEST: {
                DossierEvent e = need(events, "Hồ sơ chưa có yêu cầu bổ sung.",
                        DossierAction.REQUEST_SUPPLEMENT);
                return new Source(kind, pd, e.getNote(), DossierViews.missing(e),
                        e.getActorName(), null, List.of());
            }
            case REFUSAL: {
                DossierEvent e = need(events, "Hồ sơ không bị từ chối.",
                        DossierAction.REFUSE_RECEIPT, DossierAction.STOP);
                return new Source(kind, pd, e.getNote(), List.of(), e.getActorName(), null,
                        List.of());
            }
            case APOLOGY: {
                DossierEvent e = need(events, "Hồ sơ chưa được gia hạn.", DossierAction.DELAY);
                // The letter names the date being moved, then the new one.
                PaperDossier moved = new PaperDossier(pd.code(), pd.procedureCode(),
                        pd.procedureName(), pd.agencyName(), pd.applicantName(),
                        pd.applicantId(), pd.applicantAddress(), pd.applicantPhone(),
                        pd.applicantEmail(), pd.submittedAt(), pd.receivedAt(),
                        d.getPreviousDueAt(), pd.deliveryText(), pd.documents(),
                        pd.receiverName());
                return new Source(kind, moved, e.getNote(), List.of(), e.getActorName(),
                        e.getDeadline(), List.of());
            }
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** The PDF. */
    public byte[] print(Source s) {
        return switch (s.kind()) {
            case RECEIPT -> papers.receipt(s.dossier());
            case CONTROL_SHEET -> papers.controlSheet(s.dossier(), s.events());
            case SUPPLEMENT_REQUEST -> papers.supplementRequest(s.dossier(), s.note(),
                    s.missing(), s.official());
            case REFUSAL -> papers.refusal(s.dossier(), s.note(), s.official());
            case APOLOGY -> papers.apology(s.dossier(), s.note(), s.newDue(), s.official());
        };
    }

    private static DossierEvent need(List<DossierEvent> events, String message,
            DossierAction... actions) {
        DossierEvent e = PaperData.last(events, actions);
        if (e == null) {
            throw ValidationFailure.of("kind", message);
        }
        return e;
    }
}
