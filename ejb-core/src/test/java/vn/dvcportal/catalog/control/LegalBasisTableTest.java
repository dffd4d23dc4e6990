package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glued legal-basis table "can_cu_phap_ly", with snippets of real records. */
class LegalBasisTableTest {

    private static final String HEADER = "Tên văn bản pháp lýMã văn bản";

    private final List<String> leftovers = new ArrayList<>();

    private List<ParsedLegalBasis> parse(String text) {
        return ProcedureRecordParser.parseLegalBases(ProcedureRecordParser.clean(text),
                leftovers::add);
    }

    @Test
    void titlesThatQuoteTheirOwnNumber() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Hướng dẫn xử lý khiếu nại, kiến nghị, "
                + "phản ánh trong công an nhân dân68/2013/TT-BCALuật Khiếu nại  năm 2011"
                + "02/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP");

        assertEquals(List.of(
                new ParsedLegalBasis("Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh trong công "
                        + "an nhân dân", "68/2013/TT-BCA"),
                new ParsedLegalBasis("Luật Khiếu nại năm 2011", "02/2011/QH13"),
                new ParsedLegalBasis("Nghị định 05/2012/NĐ-CP", "05/2012/NĐ-CP")), bases);
        assertTrue(leftovers.isEmpty());
    }

    @Test
    void numberGluedToTheSameNumberInTheTitle() {
        List<ParsedLegalBasis> bases = parse(HEADER
                + "Luật 54/2014/QH1354/2014/QH13Thông tư 12/2015/TT-BTC12/2015/TT-BTC");

        assertEquals(new ParsedLegalBasis("Luật 54/2014/QH13", "54/2014/QH13"), bases.get(0));
        assertEquals(new ParsedLegalBasis("Thông tư 12/2015/TT-BTC", "12/2015/TT-BTC"),
                bases.get(1));
    }

    @Test
    void titleWithDatesAndQuotedNumbers() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Thông tư số 19/2021/TT-BTC ngày "
                + "18/3/2021 của Bộ Tài chính hướng dẫn Giao dịch điện tử trong lĩnh vực thuế"
                + "19/2021/TT-BTCNghị định số 68/2026/NĐ-CP ngày 05/3/2026 quy định về chính "
                + "sách thuế68/2026/NĐ-CP");

        assertEquals(2, bases.size());
        assertEquals("19/2021/TT-BTC", bases.get(0).number());
        assertEquals("Nghị định số 68/2026/NĐ-CP ngày 05/3/2026 quy định về chính sách thuế",
                bases.get(1).title());
        assertEquals("68/2026/NĐ-CP", bases.get(1).number());
    }

    @Test
    void yearGluedToTheNumber() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Luật sửa đổi, bổ sung một số điều của "
                + "Luật Doanh nghiệp 202076/2025/QH15Luật Công chứng năm 202446/2024/QH15");

        assertEquals(new ParsedLegalBasis("Luật sửa đổi, bổ sung một số điều của Luật Doanh "
                + "nghiệp 2020", "76/2025/QH15"), bases.get(0));
        assertEquals(new ParsedLegalBasis("Luật Công chứng năm 2024", "46/2024/QH15"),
                bases.get(1));
    }

    @Test
    void upperCaseTitleAfterAnIssuerCode() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Quy định mức thu, chế độ thu, nộp, quản "
                + "lý và sử dụng phí, lệ phí trong lĩnh vực hàng không193/2016/TT-BTCLUẬT HÀNG "
                + "KHÔNG DÂN DỤNG VIỆT NAM66/2006/QH11");

        assertEquals("193/2016/TT-BTC", bases.get(0).number());
        assertEquals(new ParsedLegalBasis("LUẬT HÀNG KHÔNG DÂN DỤNG VIỆT NAM", "66/2006/QH11"),
                bases.get(1));
    }

    @Test
    void documentTypeOpeningTheNumberCellLeavesTheTitle() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Luật Thú yLuật 79/2015/QH13"
                + "LuậtLuật 18/2017/QH14Thông tư02/2026/TT-BNNMT");

        assertEquals(List.of(new ParsedLegalBasis("Luật Thú y", "79/2015/QH13"),
                new ParsedLegalBasis("Luật", "18/2017/QH14"),
                new ParsedLegalBasis("Thông tư", "02/2026/TT-BNNMT")), bases);
    }

    @Test
    void unusualNumberShapes() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Về cắt giảm, phân quyền, đơn giản hóa "
                + "thủ tục hành chính66.19/2026/NQ-CPHướng dẫn thực hiện chế độ191/2005/TTLT/"
                + "BQP-BLĐTBXH-BTCQuyết định 01/2012/QĐ- TTg01/2012/QĐ- TTg"
                + "hợp nhất Luật Xây dựng48/VBHN-VPQH");

        assertEquals(List.of("66.19/2026/NQ-CP", "191/2005/TTLT/BQP-BLĐTBXH-BTC",
                "01/2012/QĐ-TTg", "48/VBHN-VPQH"),
                bases.stream().map(ParsedLegalBasis::number).toList());
        assertEquals("Quyết định 01/2012/QĐ- TTg", bases.get(2).title());
    }

    @Test
    void truncatedIssuerStillEndsTheRow() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Thực hiện thủ tục hành chính theo cơ chế "
                + "một cửa118/2025/NĐ-CQuy định về phân cấp151/2025/NĐ-CP");

        assertEquals(List.of("118/2025/NĐ-C", "151/2025/NĐ-CP"),
                bases.stream().map(ParsedLegalBasis::number).toList());
        assertEquals("Quy định về phân cấp", bases.get(1).title());
    }

    @Test
    void textAfterTheLastNumberIsReported() {
        List<ParsedLegalBasis> bases = parse(HEADER + "Luật Hải quan54/2014/QH13Luật Hóa chất");

        assertEquals(1, bases.size());
        assertEquals(List.of("Luật Hóa chất"), leftovers);
    }

    @Test
    void textWithoutHeaderIsReported() {
        assertEquals(List.of(), parse(": Thông tư 269/2016/TT-BTC ngày 14/11/2016 của Bộ Tài "
                + "chính"));
        assertEquals(1, leftovers.size());
        assertEquals(List.of(), parse("Không có thông tin"));
        assertEquals(1, leftovers.size());
    }
}
