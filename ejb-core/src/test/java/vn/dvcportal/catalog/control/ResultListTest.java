package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result list "ket_qua_xu_ly", with snippets of real records. */
class ResultListTest {

    private static final String PAGE_TEXT = "Từ khóaKhông có thông tinMô tảKhông có thông tin"
            + "Chọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Tỉnh/ Thành phố --Nộp hồ sơ";

    private final List<String> leftovers = new ArrayList<>();

    private List<ParsedResult> parse(String text) {
        return ProcedureRecordParser.parseResults(ProcedureRecordParser.clean(text),
                leftovers::add);
    }

    @Test
    void oneResultAndPageTextDropped() {
        assertEquals(List.of(new ParsedResult("Giấy phép đào tạo lái xe ô tô", "KQ.G04.000057")),
                parse("Giấy phép đào tạo lái xe ô tôMã: KQ.G04.000057" + PAGE_TEXT));
        assertTrue(leftovers.isEmpty());
    }

    @Test
    void severalResultsGluedTogether() {
        assertEquals(List.of(
                new ParsedResult("Thông báo không chấp thuận gia hạn nộp thuế (Mẫu số 03/GHAN )",
                        "KQ.G12.000871"),
                new ParsedResult("Quyết định gia hạn nộp thuế (Mẫu số 02/GHAN)",
                        "KQ.G12.000872")),
                parse("Thông báo không chấp thuận gia hạn nộp thuế (Mẫu số 03/GHAN )Mã: "
                        + "KQ.G12.000871Quyết định gia hạn nộp thuế (Mẫu số 02/GHAN)Mã: "
                        + "KQ.G12.000872" + PAGE_TEXT));
    }

    @Test
    void codeShapes() {
        List<ParsedResult> results = parse("Giấy chứng nhậnMã: 000.00.00.G15-KQ0187"
                + "Giấy ĐKHĐ tổ chứcMã: KQ.G12.0001236- Giấy phépMã: VBTT"
                + "Văn bản trả lờiMã: KQ.G12.000429UBND cấp tỉnh thông báoMã: KQ-G10.000001"
                + PAGE_TEXT);

        assertEquals(List.of("000.00.00.G15-KQ0187", "KQ.G12.0001236", "VBTT",
                "KQ.G12.000429", "KQ-G10.000001"),
                results.stream().map(ParsedResult::code).toList());
        assertEquals(List.of("Giấy chứng nhận", "Giấy ĐKHĐ tổ chức", "Giấy phép",
                "Văn bản trả lời", "UBND cấp tỉnh thông báo"),
                results.stream().map(ParsedResult::name).toList());
    }

    @Test
    void undeterminedCode() {
        assertEquals(List.of(new ParsedResult("Quyết định công nhận", null)),
                parse("Quyết định công nhậnMã: Chưa xác định" + PAGE_TEXT));
        assertTrue(leftovers.isEmpty());
    }

    @Test
    void resultWithoutCode() {
        assertEquals(List.of(new ParsedResult("Bản sao giao dịch được chứng thực", null)),
                parse("Bản sao giao dịch được chứng thực" + PAGE_TEXT));
    }

    @Test
    void textAfterTheLastCodeIsReported() {
        List<ParsedResult> results = parse("Giấy chứng nhậnMã: KQ.G12.000001rjwegefu");

        assertEquals(List.of(new ParsedResult("Giấy chứng nhận", "KQ.G12.000001")), results);
        assertEquals(List.of("rjwegefu"), leftovers);
    }

    @Test
    void noInformation() {
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse(PAGE_TEXT));
    }
}
