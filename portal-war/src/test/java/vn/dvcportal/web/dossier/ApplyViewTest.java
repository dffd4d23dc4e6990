package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.MyFileView;
import vn.dvcportal.dossier.control.RequiredPart;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.eform.control.FormSchema;

class ApplyViewTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"fields": [
              {"key": "fullName", "label": "Họ và tên", "required": true},
              {"key": "born", "label": "Ngày sinh", "type": "DATE"}
            ]}""");

    static DraftView draft(List<String> cases, Map<String, String> values) {
        return new DraftView(50, 1, "9.000029", "Cấp giấy phép", "Sở Y tế", cases, null,
                List.of(new RequiredPart(0, null, "Đơn đề nghị", null, 1, 0, true)), FORM,
                values, List.of(), Delivery.ONLINE, null, Map.of(), Instant.EPOCH,
                20L * 1024 * 1024, "PDF");
    }

    @Test
    void findingsGoWhereTheyCanBePutRight() {
        ApplyView view = new ApplyView();
        view.show(draft(List.of(), Map.of("born", "1990-03-05")));
        view.showProblems(Map.of("form.fullName", "Họ và tên không được để trống.",
                "part.0", "Chưa đính kèm thành phần hồ sơ: Đơn đề nghị",
                "delivery", "Vui lòng chọn hình thức nhận kết quả.",
                "procedure", "Không tìm thấy thủ tục."));
        assertEquals("Họ và tên không được để trống.", view.getEntries().get(0).getError());
        assertNull(view.getEntries().get(1).getError());
        assertEquals("Chưa đính kèm thành phần hồ sơ: Đơn đề nghị",
                view.getErrors().of("part.0"));
        assertEquals("Vui lòng chọn hình thức nhận kết quả.", view.getErrors().of("delivery"));
        assertEquals(List.of("Không tìm thấy thủ tục."), view.getErrors().getGeneral());
        assertEquals("05/03/1990", view.getEntries().get(1).getValue());
    }

    @Test
    void aRefusedSubmissionOpensTheEarliestStepAtFault() {
        ApplyView view = new ApplyView();
        view.show(draft(List.of(), Map.of()));
        assertEquals(WizardStep.DOCUMENTS,
                view.stepOfFirstProblem(List.of("delivery", "part.0")));
        assertEquals(WizardStep.FORM,
                view.stepOfFirstProblem(List.of("postalAddress", "form.born")));
        assertEquals(WizardStep.FORM, view.stepOfFirstProblem(List.of("case")));
        assertEquals(WizardStep.REVIEW, view.stepOfFirstProblem(List.of("procedure")));

        ApplyView withCases = new ApplyView();
        withCases.show(draft(List.of("Trường hợp 1", "Trường hợp 2"), Map.of()));
        assertEquals(WizardStep.CASE,
                withCases.stepOfFirstProblem(List.of("form.fullName", "case")));
    }

    @Test
    void whatWasTypedButNotSavedSurvivesARefresh() {
        ApplyView view = new ApplyView();
        view.show(draft(List.of(), Map.of("fullName", "Nguyễn Văn An")));
        view.getEntries().get(0).setValue("Nguyễn Văn Anh");
        view.show(draft(List.of(), Map.of("fullName", "Nguyễn Văn An")));
        assertEquals("Nguyễn Văn Anh", view.getEntries().get(0).getValue());
        view.getEntries().get(0).saved();
        view.show(draft(List.of(), Map.of("fullName", "Nguyễn Văn Bình")));
        assertEquals("Nguyễn Văn Bình", view.getEntries().get(0).getValue());
    }

    @Test
    void aReopenedDraftMarksWrongValuesButNotMissingOnes() {
        ApplyView view = new ApplyView();
        view.show(draft(List.of(), Map.of("born", "31/02/1990")));
        view.showFormatProblems();
        assertNull(view.getEntries().get(0).getError(), "a missing name waits for the step");
        assertEquals("31/02/1990", view.getEntries().get(1).getValue());
        org.junit.jupiter.api.Assertions.assertNotNull(view.getEntries().get(1).getError());
    }

    @Test
    void aFileHandedInSeveralTimesIsOfferedOnce() {
        Instant at = Instant.EPOCH;
        List<MyFileView> files = List.of(
                new MyFileView(9, "don.pdf", "application/pdf", 193, at, "A-1", "P", "Đơn"),
                new MyFileView(7, "don.pdf", "application/pdf", 193, at, "A-1", "P", "Khác"),
                new MyFileView(5, "anh.png", "image/png", 111, at, "A-1", "P", "Ảnh"),
                new MyFileView(3, "don.pdf", "application/pdf", 200, at, "A-0", "P", "Đơn"));
        assertEquals(List.of(9L, 5L, 3L), ApplyView.distinct(files).stream()
                .map(MyFileView::dossierFileId).toList());
    }
}
