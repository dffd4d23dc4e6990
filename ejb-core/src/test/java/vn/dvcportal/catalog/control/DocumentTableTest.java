package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glued document table "thanh_phan_ho_so", with snippets of real records. */
class DocumentTableTest {

    private static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

    private final List<String> leftovers = new ArrayList<>();

    private List<ParsedDocument> parse(String text) {
        return ProcedureRecordParser.parseDocuments(ProcedureRecordParser.clean(text),
                leftovers::add);
    }

    @Test
    void rowsWithoutTemplatesAndWithoutGroup() {
        List<ParsedDocument> documents = parse("--" + HEADER
                + "Tài liệu, chứng cứ do các bên cung cấp1 bản chính"
                + "Quyết định giải quyết khiếu nại1 bản chính"
                + "Biên bản tổ chức đối thoại (nếu có)1 bản chính");

        assertEquals(List.of(
                new ParsedDocument(null, "Tài liệu, chứng cứ do các bên cung cấp", null, 1, 0),
                new ParsedDocument(null, "Quyết định giải quyết khiếu nại", null, 1, 0),
                new ParsedDocument(null, "Biên bản tổ chức đối thoại (nếu có)", null, 1, 0)),
                documents);
        assertTrue(leftovers.isEmpty());
    }

    @Test
    void originalsAndCopies() {
        List<ParsedDocument> documents = parse("--" + HEADER + "Ảnh chụp hiện trạng cây xanh "
                + "đô thị cần chặt hạ, dịch chuyển0 bản chính,1 bản sao"
                + "02 ảnh màu chân dung cỡ 2 cm x 3 cm2 bản chính");

        assertEquals(0, documents.get(0).originals());
        assertEquals(1, documents.get(0).copies());
        assertEquals("02 ảnh màu chân dung cỡ 2 cm x 3 cm", documents.get(1).name());
        assertEquals(2, documents.get(1).originals());
    }

    @Test
    void documentedColonQuantityForm() {
        List<ParsedDocument> documents = parse("--" + HEADER
                + "Tờ khai đề nghị cấp hộ chiếuBản chính: 1 Bản sao: 0");

        assertEquals(new ParsedDocument(null, "Tờ khai đề nghị cấp hộ chiếu", null, 1, 0),
                documents.get(0));
    }

    @Test
    void templateGluedAfterALegalNumber() {
        List<ParsedDocument> documents = parse("--" + HEADER + "Đơn đề nghị cấp giấy phép chặt "
                + "hạ, dịch chuyển cây xanh theo Mẫu số 01 Phụ lục I của Nghị định số "
                + "258/2025/NĐ-CPMẫu số 01.docx1 bản chính");

        ParsedDocument form = documents.get(0);
        assertEquals("Đơn đề nghị cấp giấy phép chặt hạ, dịch chuyển cây xanh theo Mẫu số 01 "
                + "Phụ lục I của Nghị định số 258/2025/NĐ-CP", form.name());
        assertEquals("Mẫu số 01.docx", form.formTemplate());
    }

    @Test
    void templateShapes() {
        assertTemplate("Bản khai cá nhân (Mẫu số 03).", "Mẫu 03.TT41.doc",
                "Bản khai cá nhân (Mẫu số 03).Mẫu 03.TT41.doc");
        assertTemplate("Đơn đề nghị cấp Giấy chứng nhận Cơ sở bảo tồn đa dạng sinh học",
                "Đơn đề nghi.CSBT.docx",
                "Đơn đề nghị cấp Giấy chứng nhận Cơ sở bảo tồn đa dạng sinh học"
                + "Đơn đề nghi.CSBT.docx");
        assertTemplate("- Danh sách nhân sự.", "ds nhân sự.docx",
                "- Danh sách nhân sự.ds nhân sự.docx");
        assertTemplate("Đơn đề nghị theo mẫu quy định", "văn bản đề nghị.docx",
                "Đơn đề nghị theo mẫu quy địnhvăn bản đề nghị.docx");
        assertTemplate("Văn bản đề nghị cấp giấy chứng nhận cơ sở đủ điều kiện đào tạo, huấn "
                + "luyện nghiệp vụ nhân viên hàng không", "1.000574.docx",
                "Văn bản đề nghị cấp giấy chứng nhận cơ sở đủ điều kiện đào tạo, huấn luyện "
                + "nghiệp vụ nhân viên hàng không1.000574.docx");
        assertTemplate("Phiếu yêu cầu theo Mẫu số 02d tại Phụ lục (01 bản chính) (khoản 2 Điều "
                + "46 Nghị định số 99/2022/NĐ-CP).", "Mau so 02d_dang ky thay doi.docx",
                "Phiếu yêu cầu theo Mẫu số 02d tại Phụ lục (01 bản chính) (khoản 2 Điều 46 Nghị "
                + "định số 99/2022/NĐ-CP).Mau so 02d_dang ky thay doi.docx");
        assertTemplate("Đơn đề nghị cấp lại chứng chỉ hành nghề kèm theo ảnh màu cỡ 4x6 cm có "
                + "nền màu trắng.", "mau so 12 (1).doc", "Đơn đề nghị cấp lại chứng chỉ hành nghề "
                + "kèm theo ảnh màu cỡ 4x6 cm có nền màu trắng.mau so 12 (1).doc");
        assertTemplate("Tờ khai lệ phí theo mẫu số 01/LP tại Phụ lục II ban hành kèm theo Thông "
                + "tư số 80/2021/TT-BTC", "01-LP.docx",
                "Tờ khai lệ phí theo mẫu số 01/LP tại Phụ lục II ban hành kèm theo Thông tư số "
                + "80/2021/TT-BTC01-LP.docx");
    }

    private static void assertTemplate(String name, String template, String cell) {
        assertArrayEquals(new String[] {name, template},
                ProcedureRecordParser.splitTemplate(cell), cell);
    }

    @Test
    void severalTemplatesForOneDocument() {
        ParsedDocument document = parse("--" + HEADER + "+ Bản khai chung và Bản khai người "
                + "trốn trên tàu (nếu có) theo mẫuMauBankhainguoitrontrentau.docx"
                + "MauDanhsachhanhkhach.docxMauBankhaichung.docx1 bản chính").get(0);

        assertEquals("Bản khai chung và Bản khai người trốn trên tàu (nếu có) theo mẫu",
                document.name());
        assertEquals("MauBankhainguoitrontrentau.docx; MauDanhsachhanhkhach.docx; "
                + "MauBankhaichung.docx", document.formTemplate());
    }

    @Test
    void quantityWordsInsideANameDoNotEndTheRow() {
        List<ParsedDocument> documents = parse("--" + HEADER + "Phiếu yêu cầu theo Mẫu số 03b "
                + "tại Phụ lục (01 bản chính) (khoản 3 Điều 39 Nghị định số 99/2022/NĐ-CP).1 bản "
                + "chính- 01 bản chính văn bản đề nghị phê duyệt kết quả thẩm định1 bản chính"
                + "Tờ khai trị giá: 01 bản chính.0 bản chính");

        assertEquals(3, documents.size());
        assertTrue(documents.get(0).name().endsWith("(khoản 3 Điều 39 Nghị định số "
                + "99/2022/NĐ-CP)."));
        assertEquals("01 bản chính văn bản đề nghị phê duyệt kết quả thẩm định",
                documents.get(1).name());
        assertEquals("Tờ khai trị giá: 01 bản chính.", documents.get(2).name());
        assertEquals(0, documents.get(2).originals());
    }

    @Test
    void nameEndingInAYearBeforeTheQuantity() {
        ParsedDocument document = parse("--" + HEADER + "Văn bản chấp thuận ngày 26/01/2026"
                + "1 bản chính").get(0);

        assertEquals("Văn bản chấp thuận ngày 26/01/2026", document.name());
        assertEquals(1, document.originals());
    }

    @Test
    void groupsFromCaseHeadings() {
        List<ParsedDocument> documents = parse("* Giấy tờ phải nộp:" + HEADER
                + "Tờ khai đăng ký kết hôn theo mẫu quy định1 bản chính"
                + "* Giấy tờ phải xuất trình:" + HEADER
                + "Giấy tờ chứng minh nơi cư trú0 bản chính,1 bản sao");

        assertEquals("* Giấy tờ phải nộp", documents.get(0).group());
        assertEquals("* Giấy tờ phải xuất trình", documents.get(1).group());
        assertEquals("Giấy tờ chứng minh nơi cư trú", documents.get(1).name());
    }

    @Test
    void bulletsAreDropped() {
        List<ParsedDocument> documents = parse("--" + HEADER + "- Đơn đề nghị cấp Giấy chứng "
                + "nhận;1 bản chính+) Khi người nhận con nuôi đề nghị xác nhận0 bản chính"
                + "*) Tờ khai đăng ký tàu biển theo mẫu quy định1 bản chính");

        assertEquals(List.of("Đơn đề nghị cấp Giấy chứng nhận",
                "Khi người nhận con nuôi đề nghị xác nhận",
                "Tờ khai đăng ký tàu biển theo mẫu quy định"),
                documents.stream().map(ParsedDocument::name).toList());
    }

    @Test
    void notesAfterTheLastRowAreReported() {
        List<ParsedDocument> documents = parse("--" + HEADER + "Đơn đề nghị1 bản chính"
                + "Trường hợp hồ sơ không được gửi trên môi trường điện tử");

        assertEquals(1, documents.size());
        assertEquals(List.of("Trường hợp hồ sơ không được gửi trên môi trường điện tử"),
                leftovers);
    }

    @Test
    void placeholderAfterTheLastRowIsNotALeftover() {
        parse("--" + HEADER + "Đơn đề nghị1 bản chính--");

        assertTrue(leftovers.isEmpty());
    }

    @Test
    void textWithoutTableIsReported() {
        assertEquals(List.of(), parse("KQ.G04.000398"));
        assertEquals(List.of("KQ.G04.000398"), leftovers);
        assertEquals(List.of(), parse("--"));
        assertEquals(List.of(), parse("Không có thông tin"));
        assertEquals(1, leftovers.size());
    }

    @Test
    void nameWithoutTemplateKeepsItsFullStop() {
        ParsedDocument document = parse("--" + HEADER
                + "Hồ sơ hải quan theo quy định của pháp luật hải quan.1 bản chính").get(0);

        assertEquals("Hồ sơ hải quan theo quy định của pháp luật hải quan.", document.name());
        assertNull(document.formTemplate());
    }
}
