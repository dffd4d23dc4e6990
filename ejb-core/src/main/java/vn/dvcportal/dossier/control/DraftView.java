package vn.dvcportal.dossier.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.eform.control.FormSchema;

/**
 * A draft as the wizard shows it: the procedure, its cases and documents, the e-form with the
 * values saved so far, the files attached, the delivery chosen.
 *
 * @param version      to send back with the next save
 * @param cases        the cases to choose from; empty when the procedure has none
 * @param parts        the documents of the chosen case (all when there are no cases)
 * @param problems     field key to message for values saved in a wrong format; the draft was
 *                     saved all the same
 * @param maxUploadBytes the largest file accepted
 * @param acceptedTypes  the kinds of file accepted, as a sentence
 */
public record DraftView(long id, long version, String procedureCode, String procedureName,
        String agencyName, List<String> cases, String caseName, List<RequiredPart> parts,
        FormSchema form, Map<String, String> values, List<DossierFileView> files,
        Delivery delivery, String postalAddress, Map<String, String> problems,
        Instant updatedAt, long maxUploadBytes, String acceptedTypes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DraftView {
        cases = List.copyOf(cases);
        parts = List.copyOf(parts);
        values = Map.copyOf(values);
        files = List.copyOf(files);
        problems = Map.copyOf(problems);
    }
}
