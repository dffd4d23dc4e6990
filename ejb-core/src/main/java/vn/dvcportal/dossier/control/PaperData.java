package vn.dvcportal.dossier.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.paper.control.PaperDocument;
import vn.dvcportal.paper.control.PaperDossier;
import vn.dvcportal.paper.control.PaperEvent;

/** What the papers print of a dossier, taken from the dossier and its record of steps. */
public final class PaperData {

    private PaperData() {
    }

    /**
     * The dossier for a paper. The documents listed are those of the chosen case that came
     * with a file, or all of them when none did; the receiver is whoever took it in.
     */
    public static PaperDossier dossier(Dossier d, List<DossierFile> files,
            List<DossierEvent> events) {
        DossierDocuments docs = DossierDocuments.parse(d.getDocuments());
        Set<Integer> handedIn = DossierViews.partsWithFiles(files);
        List<RequiredPart> parts = docs.partsOf(d.getCaseName());
        List<PaperDocument> documents = new ArrayList<>();
        for (RequiredPart p : parts) {
            if (handedIn.isEmpty() || handedIn.contains(p.index())) {
                documents.add(new PaperDocument(p.name(), p.originals(), p.copies()));
            }
        }
        String receiver = null;
        for (DossierEvent e : events) {
            if (e.getAction() == DossierAction.ACCEPT) {
                receiver = e.getActorName();
            }
        }
        return new PaperDossier(d.getCode(), d.getProcedureCode(), d.getProcedureName(),
                d.getAgencyName(), d.getApplicantName(), d.getApplicantIdNo(),
                d.getApplicantAddress(), d.getApplicantPhone(), d.getApplicantEmail(),
                d.getSubmittedAt(), d.getReceivedAt(), d.getDueAt(), deliveryText(d),
                documents, receiver);
    }

    public static String deliveryText(Dossier d) {
        if (d.getDelivery() == null) {
            return null;
        }
        if (d.getDelivery() == Delivery.POST && d.getPostalAddress() != null) {
            return d.getDelivery().label() + " tại địa chỉ: " + d.getPostalAddress();
        }
        return d.getDelivery().label();
    }

    /** The steps as lines of the control sheet, drafts' own steps left out. */
    public static List<PaperEvent> events(List<DossierEvent> events) {
        List<PaperEvent> lines = new ArrayList<>();
        for (DossierEvent e : events) {
            if (e.getAction() == DossierAction.CREATE) {
                continue;
            }
            String note = e.getNote();
            List<String> missing = DossierViews.missing(e);
            if (!missing.isEmpty()) {
                note = (note == null ? "" : note + "\n") + "Cần bổ sung: "
                        + String.join("; ", missing);
            }
            lines.add(new PaperEvent(e.getAt(), e.getActorName(), e.getActorUnit(),
                    e.getAction().label(), note, e.getDeadline()));
        }
        return lines;
    }

    /** The latest event of an action, or null. */
    public static DossierEvent last(List<DossierEvent> events, DossierAction... actions) {
        for (int i = events.size() - 1; i >= 0; i--) {
            for (DossierAction a : actions) {
                if (events.get(i).getAction() == a) {
                    return events.get(i);
                }
            }
        }
        return null;
    }
}
