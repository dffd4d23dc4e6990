package vn.dvcportal.paper.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the papers print about a dossier. Every field except {@code documents} may be
 * {@code null}: a missing value prints as an empty dotted line for the official to fill in by
 * hand.
 *
 * @param dueAt the due date announced to the applicant; for the apology letter the one that
 *     is being moved
 * @param deliveryText how and where the result is returned, as a sentence
 * @param receiverName the official who took the dossier in
 */
public record PaperDossier(String code, String procedureCode, String procedureName,
        String agencyName, String applicantName, String applicantId, String applicantAddress,
        String applicantPhone, String applicantEmail, Instant submittedAt, Instant receivedAt,
        Instant dueAt, String deliveryText, List<PaperDocument> documents,
        String receiverName) {

    public PaperDossier {
        documents = documents == null
                ? List.of()
                : documents.stream().filter(Objects::nonNull).toList();
    }
}
