package vn.dvcportal.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.entity.RequiredDocument;
import vn.dvcportal.dossier.entity.Delivery;

class SubmissionRulesTest {

    private static final String BIRTH = "Trường hợp đăng ký khai sinh";
    private static final String DEATH = "Trường hợp đăng ký khai tử";

    /** 0: common; 1, 2: birth (2 is shown only); 3: death; 4: nothing asked; 5: blank case. */
    private final DossierDocuments docs = DossierDocuments.of(List.of(
            new RequiredDocument(null, "Tờ khai theo mẫu", "mau.docx", 1, 0),
            new RequiredDocument(BIRTH, "Giấy chứng sinh", null, 1, 0),
            new RequiredDocument(BIRTH, Normalizer.normalize("Giấy tờ tùy thân (xuất trình)",
                    Normalizer.Form.NFD), null, 1, 0),
            new RequiredDocument(DEATH, "Giấy báo tử", null, 0, 1),
            new RequiredDocument(BIRTH, "Văn bản ủy quyền (nếu có)", null, 0, 0),
            new RequiredDocument("  ", "Ảnh", null, 0, 2)));

    @Test
    void casesAreTheDistinctNonBlankGroups() {
        assertEquals(List.of(BIRTH, DEATH), docs.cases());
        assertEquals(List.of(0, 1, 2, 4, 5), docs.partsOf(BIRTH).stream()
                .map(RequiredPart::index).toList());
        assertEquals(List.of(0, 3, 5), docs.partsOf(DEATH).stream()
                .map(RequiredPart::index).toList());
        assertNull(docs.partOf(DEATH, 1));
    }

    @Test
    void requiredPartsAreThoseAskedForAndNotShown() {
        Map<Integer, Boolean> required = Map.of(0, true, 1, true, 2, false, 3, true, 4, false,
                5, true);
        for (RequiredPart p : docs.all()) {
            assertEquals(required.get(p.index()), p.required(), p.name());
        }
    }

    @Test
    void everyMissingRequiredPartIsListed() {
        Map<String, String> problems = SubmissionRules.problems(docs, BIRTH, Set.of(5),
                Map.of(), Delivery.DESK, null);
        assertEquals(Set.of("part.0", "part.1"), problems.keySet());
        assertTrue(problems.get("part.1").contains("Giấy chứng sinh"));

        assertTrue(SubmissionRules.problems(docs, BIRTH, Set.of(0, 1, 5), Map.of(),
                Delivery.ONLINE, null).isEmpty());
        assertEquals(Set.of("part.3"), SubmissionRules.problems(docs, DEATH, Set.of(0, 1, 5),
                Map.of(), Delivery.ONLINE, null).keySet());
    }

    @Test
    void aCaseMustBeChosenWhenThereAreCases() {
        Map<String, String> problems = SubmissionRules.problems(docs, null, Set.of(0, 1, 5),
                Map.of(), Delivery.DESK, null);
        assertEquals(Set.of("case"), problems.keySet());
        assertEquals(Set.of("case"), SubmissionRules.problems(docs, "Trường hợp khác",
                Set.of(0, 1, 5), Map.of(), Delivery.DESK, null).keySet());

        DossierDocuments plain = DossierDocuments.of(List.of(
                new RequiredDocument(null, "Đơn đề nghị", null, 1, 0)));
        assertTrue(plain.cases().isEmpty());
        assertEquals(Set.of("part.0"), SubmissionRules.problems(plain, null, Set.of(),
                Map.of(), Delivery.DESK, null).keySet());
    }

    @Test
    void deliveryByPostNeedsAnAddress() {
        Set<Integer> all = Set.of(0, 1, 5);
        assertEquals(Set.of("postalAddress"), SubmissionRules.problems(docs, BIRTH, all,
                Map.of(), Delivery.POST, "  ").keySet());
        assertTrue(SubmissionRules.problems(docs, BIRTH, all, Map.of(), Delivery.POST,
                "12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh").isEmpty());
        assertEquals(Set.of("delivery"), SubmissionRules.problems(docs, BIRTH, all, Map.of(),
                null, null).keySet());
    }

    @Test
    void allProblemsComeTogetherInWizardOrder() {
        Map<String, String> problems = SubmissionRules.problems(docs, BIRTH, Set.of(),
                Map.of("fullName", "Họ và tên không được để trống."), Delivery.POST, null);
        assertEquals(List.of("form.fullName", "part.0", "part.1", "part.5", "postalAddress"),
                List.copyOf(problems.keySet()));
    }

    @Test
    void documentsSurviveTheirJsonCopy() {
        DossierDocuments copy = DossierDocuments.parse(docs.toJson());
        assertEquals(docs.all(), copy.all());
        assertFalse(DossierDocuments.parse(null).all().size() > 0);
        assertEquals("Giấy tờ tùy thân (xuất trình)", copy.all().get(2).name(),
                "names are kept in NFC");
    }

    @Test
    void formDataIsAJsonObjectOfStrings() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("fullName", "Nguyễn Văn An \"Tèo\"");
        values.put("note", "dòng 1\ndòng 2");
        assertEquals(values, FormData.parse(FormData.toJson(values)));
        assertTrue(FormData.parse("").isEmpty());
    }
}
