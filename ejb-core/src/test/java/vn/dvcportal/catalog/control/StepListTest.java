package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps text "trinh_tu_thuc_hien", with snippets of real records. */
class StepListTest {

    private static List<ParsedStep> parse(String text) {
        return ProcedureRecordParser.parseSteps(ProcedureRecordParser.clean(text));
    }

    @Test
    void stepsWithTitleLineAndDescription() {
        List<ParsedStep> steps = parse("Bước 1: Thụ lý giải quyết khiếu nại\n\nNếu khiếu nại "
                + "thuộc thẩm quyền giải quyết của Bộ Công an.\nBước 2: Kiểm tra lại quyết định "
                + "hành chính bị khiếu nại.\nBước 3: Xác minh nội dung khiếu nại\n\nTrong thời "
                + "hạn giải quyết khiếu nại lần đầu.");

        assertEquals(List.of(
                new ParsedStep("Thụ lý giải quyết khiếu nại",
                        "Nếu khiếu nại thuộc thẩm quyền giải quyết của Bộ Công an."),
                new ParsedStep("Kiểm tra lại quyết định hành chính bị khiếu nại.", null),
                new ParsedStep("Xác minh nội dung khiếu nại",
                        "Trong thời hạn giải quyết khiếu nại lần đầu.")), steps);
    }

    @Test
    void markersAfterBulletsAndListLetters() {
        List<ParsedStep> steps = parse("a) Bước 1: Nộp, tiếp nhận hồ sơ\nChủ gỗ nộp 01 bộ hồ sơ."
                + "\nb) Bước 2. Tiếp nhận và kiểm tra hồ sơ\n- Bước 3: Trả kết quả");

        assertEquals(List.of("Nộp, tiếp nhận hồ sơ", "Tiếp nhận và kiểm tra hồ sơ",
                "Trả kết quả"), steps.stream().map(ParsedStep::title).toList());
        assertEquals("Chủ gỗ nộp 01 bộ hồ sơ.", steps.get(0).description());
    }

    @Test
    void referenceInsideASentenceDoesNotSplit() {
        List<ParsedStep> steps = parse("Bước 1: Nộp hồ sơ\nHồ sơ bổ sung theo Bước 2 nêu trên "
                + "được nộp lại.\nBước 2: Nhận kết quả");

        assertEquals(2, steps.size());
        assertEquals("Hồ sơ bổ sung theo Bước 2 nêu trên được nộp lại.",
                steps.get(0).description());
    }

    @Test
    void textBeforeTheFirstMarkerIsAnUntitledStep() {
        List<ParsedStep> steps = parse("* Trường hợp đăng ký trực tiếp:\nBước 1: Nộp hồ sơ");

        assertEquals(new ParsedStep(null, "* Trường hợp đăng ký trực tiếp:"), steps.get(0));
        assertEquals(new ParsedStep("Nộp hồ sơ", null), steps.get(1));
    }

    @Test
    void textWithoutMarkersIsOneStep() {
        String text = "- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp, người yêu cầu nộp hồ sơ.";

        assertEquals(List.of(new ParsedStep(null, text)), parse(text));
        assertEquals(List.of(), parse("Không có thông tin"));
    }
}
