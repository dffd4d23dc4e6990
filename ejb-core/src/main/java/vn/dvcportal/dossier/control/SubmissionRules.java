package vn.dvcportal.dossier.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.dvcportal.dossier.entity.Delivery;

/**
 * What a draft needs before it can be submitted. Every problem is reported at once, in the
 * order of the wizard, so that the applicant can fix them all in one go; the draft itself is
 * kept as it is.
 *
 * <p>Keys: {@code form.<field key>} for the e-form, {@code case}, {@code part.<index>} for a
 * missing document, {@code delivery}, {@code postalAddress}.
 */
public final class SubmissionRules {

    public static final String FORM_PREFIX = "form.";
    public static final String PART_PREFIX = "part.";

    private SubmissionRules() {
    }

    /**
     * @param documents      the dossier's documents
     * @param caseName       the case chosen, or null
     * @param partsWithFiles indexes of the parts that have at least one file
     * @param formProblems   the e-form validator's findings, field key to message
     * @param delivery       how the result is wanted, or null
     * @param postalAddress  where to post it
     * @return key to Vietnamese message; empty when the draft may be submitted
     */
    public static Map<String, String> problems(DossierDocuments documents, String caseName,
            Set<Integer> partsWithFiles, Map<String, String> formProblems, Delivery delivery,
            String postalAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean hasCases = !documents.cases().isEmpty();
        boolean caseKnown = caseName != null && documents.cases().contains(caseName);
        if (hasCases && !caseKnown) {
            problems.put("case", "Vui lòng chọn trường hợp phù hợp với hồ sơ của bạn.");
        }
        formProblems.forEach((key, message) -> problems.put(FORM_PREFIX + key, message));
        if (!hasCases || caseKnown) {
            for (RequiredPart part : documents.partsOf(caseName)) {
                if (part.required() && !partsWithFiles.contains(part.index())) {
                    problems.put(PART_PREFIX + part.index(),
                            "Chưa đính kèm thành phần hồ sơ: " + part.name());
                }
            }
        }
        if (delivery == null) {
            problems.put("delivery", "Vui lòng chọn hình thức nhận kết quả.");
        } else if (delivery == Delivery.POST
                && (postalAddress == null || postalAddress.isBlank())) {
            problems.put("postalAddress",
                    "Vui lòng nhập địa chỉ nhận kết quả qua dịch vụ bưu chính.");
        }
        return problems;
    }
}
