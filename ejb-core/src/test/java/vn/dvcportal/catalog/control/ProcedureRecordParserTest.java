package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.catalog.entity.ServiceLevel;

/** Whole records: plain fields, lists, validation, normalisation and the service level. */
class ProcedureRecordParserTest {

    /** Record 3.000143 of the national catalogue, as published. */
    static final Map<String, String> CUSTOMS_RECORD = Map.ofEntries(
            Map.entry("ma_thu_tuc", "3.000143"),
            Map.entry("detail_url", "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/"
                    + "019d2bfd-08fa-7328-b4c8-982d6c094c92"),
            Map.entry("formality_id", "019d2bfd-08fa-7328-b4c8-982d6c094c92"),
            Map.entry("ten_thu_tuc", "Thông báo hủy tờ khai quá cảnh hải quan"),
            Map.entry("so_quyet_dinh", "2065/QĐ-BTC"),
            Map.entry("cap_thuc_hien", "Cơ quan khác"),
            Map.entry("loai_thu_tuc", "Loại khác"),
            Map.entry("linh_vuc", "Hải quan"),
            Map.entry("doi_tuong_thuc_hien", "Doanh nghiệp"),
            Map.entry("co_quan_co_tham_quyen", ""),
            Map.entry("dia_chi_tiep_nhan", ""),
            Map.entry("co_quan_duoc_uy_quyen", ""),
            Map.entry("co_quan_phoi_hop", ""),
            Map.entry("thu_tuc_lien_quan", "Không có thông tin"),
            Map.entry("trinh_tu_thuc_hien", "hủy tờ khai quá cảnh hải quan Bước 1: Người khai "
                    + "hải quan gửi đề nghị hủy tờ khai quá cảnh hải quan thông qua Hệ thống ACTS "
                    + "cho cơ quan hải quan điểm đi.\nBước 2:  Trong thời hạn 08 giờ làm việc, kể "
                    + "từ khi nhận được đề nghị hủy, Chi cục hải quan điểm đi thực hiện hủy."),
            Map.entry("cach_thuc_thuc_hien", "Hình thức nộpThời gianPhí, lệ phíMô tả"
                    + "Trực tuyến8 GiờMiễn phí"),
            Map.entry("thanh_phan_ho_so", "Thủ tục huỷ tờ khai hải quanTên giấy tờMẫu đơn, tờ "
                    + "khaiSố lượngKhông có.1 bản chính,1 bản sao"),
            Map.entry("can_cu_phap_ly", "Tên văn bản pháp lýMã văn bảnNghị định số "
                    + "46/2020/NĐ-CP46/2020"),
            Map.entry("co_quan_thuc_hien", "Chi cục Hải quan khu vực"),
            Map.entry("yeu_cau_dieu_kien", "Không có thông tin"),
            Map.entry("ket_qua_xu_ly", "Thông báo hủy tờ khaiMã: KQ.G12.000330Từ khóaKhông có "
                    + "thông tinMô tảKhông có thông tin"),
            Map.entry("_src", "bo-tai-chinh"));

    private final ProcedureRecordParser parser = new ProcedureRecordParser();

    static JsonObject json(Map<String, String> fields) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fields.forEach(builder::add);
        return builder.build();
    }

    private static JsonObject with(String key, String value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(json(CUSTOMS_RECORD));
        return value == null ? builder.remove(key).build() : builder.add(key, value).build();
    }

    @Test
    void wholeRecord() throws RecordParseException {
        ParsedProcedure p = parser.parse(json(CUSTOMS_RECORD));

        assertEquals("3.000143", p.code());
        assertEquals("Thông báo hủy tờ khai quá cảnh hải quan", p.name());
        assertEquals("2065/QĐ-BTC", p.decision());
        assertEquals(List.of("Cơ quan khác"), p.levels());
        assertEquals("Loại khác", p.type());
        assertEquals("Hải quan", p.field());
        assertEquals(List.of("Doanh nghiệp"), p.audiences());
        assertEquals(List.of(), p.competentAgencies());
        assertEquals(List.of("Chi cục Hải quan khu vực"), p.implementingAgencies());
        assertEquals(List.of(), p.coordinatingAgencies());
        assertEquals(List.of(), p.delegatedAgencies());
        assertNull(p.submissionAddress());
        assertNull(p.relatedProcedures());
        assertNull(p.conditions());
        assertEquals("bo-tai-chinh", p.source());
        assertTrue(p.detailUrl().startsWith("https://dichvucong.gov.vn/"));

        assertEquals(3, p.steps().size());
        assertEquals(new ParsedStep(null, "hủy tờ khai quá cảnh hải quan"), p.steps().get(0));
        assertTrue(p.steps().get(2).title().startsWith("Trong thời hạn 08 giờ làm việc"));

        ParsedChannel online = p.channels().get(0);
        assertEquals(ChannelKind.ONLINE, online.kind());
        assertEquals(new BigDecimal("8"), online.timeValue());
        assertEquals(ProcessingTimeUnit.HOUR, online.timeUnit());
        assertEquals(List.of(new ParsedFee(null, null, "Miễn phí")), online.fees());

        assertEquals(List.of(new ParsedDocument("Thủ tục huỷ tờ khai hải quan", "Không có.",
                null, 1, 1)), p.documents());
        assertEquals(List.of(new ParsedLegalBasis("Nghị định số 46/2020/NĐ-CP", "46/2020")),
                p.legalBases());
        assertEquals(List.of(new ParsedResult("Thông báo hủy tờ khai", "KQ.G12.000330")),
                p.results());
        assertEquals(ServiceLevel.FULL_ONLINE, p.serviceLevel());
    }

    @Test
    void decomposedInputGivesTheSameProcedure() throws RecordParseException {
        JsonObjectBuilder nfd = Json.createObjectBuilder();
        CUSTOMS_RECORD.forEach((k, v) -> nfd.add(k, Normalizer.normalize(v, Normalizer.Form.NFD)));
        String decomposedName = Normalizer.normalize(CUSTOMS_RECORD.get("ten_thu_tuc"),
                Normalizer.Form.NFD);
        assertNotEquals(CUSTOMS_RECORD.get("ten_thu_tuc"), decomposedName);

        ParsedProcedure fromNfd = parser.parse(nfd.build());

        assertEquals(parser.parse(json(CUSTOMS_RECORD)), fromNfd);
        assertTrue(Normalizer.isNormalized(fromNfd.name(), Normalizer.Form.NFC));
    }

    @Test
    void missingCodeIsRejected() {
        RecordParseException e = assertThrows(RecordParseException.class,
                () -> parser.parse(with("ma_thu_tuc", null)));

        assertNull(e.code());
        assertTrue(e.getMessage().startsWith("Bản ghi không có mã thủ tục"), e.getMessage());
        assertThrows(RecordParseException.class, () -> parser.parse(with("ma_thu_tuc", " ")));
    }

    @Test
    void malformedCodeIsRejected() {
        RecordParseException e = assertThrows(RecordParseException.class,
                () -> parser.parse(with("ma_thu_tuc", "1.00017")));

        assertEquals("1.00017", e.code());
        assertTrue(e.getMessage().startsWith("Thủ tục 1.00017: mã thủ tục không đúng dạng"));
    }

    @Test
    void missingNameIsRejected() {
        RecordParseException e = assertThrows(RecordParseException.class,
                () -> parser.parse(with("ten_thu_tuc", "Không có thông tin")));

        assertEquals("3.000143", e.code());
        assertEquals("thiếu tên thủ tục (ten_thu_tuc)", e.reason());
    }

    @Test
    void codeIsTrimmed() throws RecordParseException {
        assertEquals("3.000143", parser.parse(with("ma_thu_tuc", " 3.000143\t")).code());
    }

    @Test
    void missingOptionalFieldsAreEmpty() throws RecordParseException {
        JsonObject minimal = Json.createObjectBuilder()
                .add("ma_thu_tuc", "1.000178")
                .add("ten_thu_tuc", "Giải quyết khiếu nại")
                .add("cap_thuc_hien", Json.createValue(1))
                .addNull("linh_vuc")
                .build();

        ParsedProcedure p = parser.parse(minimal);

        assertEquals(List.of("1"), p.levels());
        assertNull(p.field());
        assertEquals(List.of(), p.channels());
        assertEquals(List.of(), p.steps());
        assertNull(p.serviceLevel());
    }

    @Test
    void whitespaceIsTidied() {
        assertEquals("Ủy ban Nhân dân xã, phường, thị trấn.",
                ProcedureRecordParser.clean(
                        "Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn. "));
        assertEquals("Luật Khiếu nại năm 2011",
                ProcedureRecordParser.clean("Luật Khiếu nại  năm 2011"));
        assertEquals("Bước 1: Nộp\n\nBước 2: Nhận",
                ProcedureRecordParser.clean("Bước 1: Nộp \r\n\r\n\r\n\tBước 2:\u200b Nhận"));
        assertEquals("- Tờ khai", ProcedureRecordParser.clean("\uf0fc- Tờ khai"));
        assertNull(ProcedureRecordParser.clean(" Không có thông tin "));
        assertNull(ProcedureRecordParser.clean("\u00a0"));
    }

    @Test
    void levels() {
        assertEquals(List.of("Cấp bộ", "Cấp tỉnh", "Cấp xã"),
                ProcedureRecordParser.splitList("Cấp bộ, Cấp tỉnh, Cấp xã"));
    }

    @Test
    void audiencesKeepCommasInsideParenthesesAndLowerCaseContinuations() {
        assertEquals(List.of("Tổ chức (không bao gồm doanh nghiệp, HTX)", "Công dân Việt Nam",
                "Cán bộ, công chức, viên chức"),
                ProcedureRecordParser.splitList("Tổ chức (không bao gồm doanh nghiệp, HTX), "
                        + "Công dân Việt Nam, Cán bộ, công chức, viên chức"));
    }

    @Test
    void agencies() {
        assertEquals(List.of("Cục cảnh sát quản lý hành chính về trật tự, xã hội", "Công an tỉnh"),
                ProcedureRecordParser.splitList(
                        "Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh"));
        assertEquals(List.of("Ủy ban Nhân dân xã, phường, thị trấn"),
                ProcedureRecordParser.splitList(
                        ProcedureRecordParser.clean("Ủy ban Nhân dân\u00a0xã,\u00a0phường,"
                                + "\u00a0thị trấn.")));
        assertEquals(List.of("Cục Thuế - Bộ tài chính", "Thuế tỉnh, thành phố", "Thuế cơ sở"),
                ProcedureRecordParser.splitList(
                        "Cục Thuế - Bộ tài chính, Thuế tỉnh, thành phố, Thuế cơ sở"));
        assertEquals(List.of("Bộ Công thương", "Bộ Tài chính"),
                ProcedureRecordParser.splitList("Bộ Công thương; Bộ Tài chính"));
    }

    @Test
    void lineBreaksSplitAndWrappedLinesJoin() {
        assertEquals(List.of("Sở Tư pháp", "Phòng Tư pháp cấp xã"),
                ProcedureRecordParser.splitList("Sở Tư pháp\n\nPhòng Tư pháp\ncấp xã"));
    }

    @Test
    void duplicatesAreDroppedInOrder() {
        assertEquals(List.of("Doanh nghiệp", "Công dân Việt Nam"),
                ProcedureRecordParser.splitList("Doanh nghiệp, Công dân Việt Nam, Doanh nghiệp"));
        assertEquals(List.of(), ProcedureRecordParser.splitList(null));
    }

    @Test
    void noOnlineChannelGivesNoServiceLevel() throws RecordParseException {
        ParsedProcedure p = parser.parse(with("cach_thuc_thuc_hien",
                "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp8 GiờMiễn phí"));

        assertNull(p.serviceLevel());
    }

    @Test
    void originalsSentByPostAfterAnOnlineSubmissionMakeItPartial()
            throws RecordParseException {
        ParsedProcedure p = parser.parse(with("thanh_phan_ho_so", "--Tên giấy tờMẫu đơn, tờ "
                + "khaiSố lượngTrong trường hợp nộp bằng hình thức trực tuyến thì tổ chức đăng ký "
                + "tham gia trợ giúp pháp lý gửi bản chính Giấy đăng ký tham gia trợ giúp pháp "
                + "lý đã được cấp qua đường bưu điện.1 bản chính"));

        assertEquals(ServiceLevel.PARTIAL_ONLINE, p.serviceLevel());
    }

    @Test
    void paperCopyAfterOnlineCheckMakesItPartial() throws RecordParseException {
        ParsedProcedure p = parser.parse(with("trinh_tu_thuc_hien", "Bước 2: Kiểm tra hồ sơ\n"
                + "+ Nếu thành phần hồ sơ đã hợp lệ: doanh nghiệp nộp 01 bộ hồ sơ giấy (như bản "
                + "đã nộp trực tuyến) trực tiếp hoặc qua dịch vụ bưu chính để đối chiếu."));

        assertEquals(ServiceLevel.PARTIAL_ONLINE, p.serviceLevel());
    }

    @Test
    void electronicAlternativeKeepsItFullyOnline() throws RecordParseException {
        ParsedProcedure p = parser.parse(with("thanh_phan_ho_so", "--Tên giấy tờMẫu đơn, tờ "
                + "khaiSố lượng- Xuất trình bản chính để kiểm tra (trong trường hợp gửi trực "
                + "tiếp) hoặc bản điện tử (trong trường hợp gửi qua hệ thống dịch vụ công trực "
                + "tuyến): Giấy chứng nhận đăng ký phương tiện;1 bản chính"));

        assertEquals(ServiceLevel.FULL_ONLINE, p.serviceLevel());
    }
}
