package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

/** The glued channel table "cach_thuc_thuc_hien", with snippets of real records. */
class ChannelTableTest {

    private static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";

    private final List<String> leftovers = new ArrayList<>();

    private List<ParsedChannel> parse(String text) {
        return ProcedureRecordParser.parseChannels(ProcedureRecordParser.clean(text),
                leftovers::add);
    }

    @Test
    void rowsWithWorkingDaysAndNoFeeInformation() {
        List<ParsedChannel> channels = parse(HEADER + "Dịch vụ bưu chính60 Ngày làm việc"
                + "Không có thông tinThời hạn giải quyết khiếu nại lần đầu không quá 30 ngày."
                + "Trực tiếp60 Ngày làm việcKhông có thông tin"
                + "Thời hạn giải quyết không quá 45 ngày.");

        assertEquals(2, channels.size());
        ParsedChannel postal = channels.get(0);
        assertEquals(ChannelKind.POSTAL, postal.kind());
        assertEquals(new BigDecimal("60"), postal.timeValue());
        assertEquals(ProcessingTimeUnit.WORKING_DAY, postal.timeUnit());
        assertEquals("60 Ngày làm việc", postal.timeText());
        assertEquals(List.of(), postal.fees());
        assertEquals("Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày.",
                postal.description());
        assertEquals(ChannelKind.DIRECT, channels.get(1).kind());
        assertEquals("Thời hạn giải quyết không quá 45 ngày.", channels.get(1).description());
        assertTrue(leftovers.isEmpty());
    }

    @Test
    void vndAmountWithThousandsSeparatorsAndRemark() {
        ParsedChannel direct = parse(HEADER
                + "Trực tiếp10 Ngày làm việc2,000 Việt Nam Đồng(2.000 đồng/thẻ)").get(0);

        ParsedFee fee = direct.fees().get(0);
        assertEquals(new BigDecimal("2000"), fee.amount());
        assertEquals("VND", fee.currency());
        assertEquals("2,000 Việt Nam Đồng(2.000 đồng/thẻ)", fee.note());
        assertNull(direct.description());
    }

    @Test
    void calendarDaysAndFreeOfCharge() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tuyến30 NgàyMiễn phí"
                + "Dịch vụ bưu chính30 NgàyMiễn phí(Không quy định)");

        assertEquals(ProcessingTimeUnit.DAY, channels.get(0).timeUnit());
        ParsedFee free = channels.get(0).fees().get(0);
        assertNull(free.amount());
        assertNull(free.currency());
        assertEquals("Miễn phí", free.note());
        assertEquals("Miễn phí(Không quy định)", channels.get(1).fees().get(0).note());
    }

    @Test
    void hoursMonthsAndLeadingZeros() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tiếp02 GiờMiễn phí"
                + "Trực tuyến6 Tháng100 USD(100 USD/thẻ.)");

        assertEquals(new BigDecimal("2"), channels.get(0).timeValue());
        assertEquals(ProcessingTimeUnit.HOUR, channels.get(0).timeUnit());
        assertEquals("02 Giờ", channels.get(0).timeText());
        assertEquals(ProcessingTimeUnit.MONTH, channels.get(1).timeUnit());
        ParsedFee usd = channels.get(1).fees().get(0);
        assertEquals(new BigDecimal("100"), usd.amount());
        assertEquals("USD", usd.currency());
    }

    @Test
    void decimalTime() {
        ParsedChannel online = parse(HEADER + "Trực tuyến1.5 Ngày làm việc"
                + "40,000 Việt Nam Đồng(- Xe ô tô trên 10 chỗ)- Trường hợp kiểm tra thực tế")
                .get(0);

        assertEquals(new BigDecimal("1.5"), online.timeValue());
        assertEquals(new BigDecimal("40000"), online.fees().get(0).amount());
        assertEquals("- Trường hợp kiểm tra thực tế", online.description());
        assertEquals(0, new BigDecimal("0.5").compareTo(
                parse(HEADER + "Trực tiếp0,5 NgàyMiễn phí").get(0).timeValue()));
    }

    @Test
    void usdPerTime() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tuyến5 Ngày làm việc10 USD(/lần)"
                + "Dịch vụ bưu chính5 Ngày làm việc10 USD(/lần)"
                + "Trực tiếp5 Ngày làm việc10 USD(/lần)");

        assertEquals(3, channels.size());
        channels.forEach(c -> {
            assertEquals(new BigDecimal("10"), c.fees().get(0).amount());
            assertEquals("USD", c.fees().get(0).currency());
            assertEquals("10 USD(/lần)", c.fees().get(0).note());
        });
    }

    @Test
    void bareNumberTimeGluedToAmountIsReadAsTheShortestTime() {
        List<ParsedChannel> channels = parse(HEADER
                + "Trực tuyến120 VNĐ(20.000 vnđ /tờ khai)Trực tiếp120 VNĐ(20.000 vnđ /tờ khai)");

        assertEquals(2, channels.size());
        ParsedChannel online = channels.get(0);
        assertEquals(new BigDecimal("1"), online.timeValue());
        assertNull(online.timeUnit(), "the source gives no unit");
        assertEquals("1", online.timeText());
        // The amount is written in thousands; its remark confirms the full figure.
        assertEquals(new BigDecimal("20000"), online.fees().get(0).amount());
        assertEquals("20 VNĐ(20.000 vnđ /tờ khai)", online.fees().get(0).note());
    }

    @Test
    void smallAmountWithoutConfirmationIsKeptAsPublished() {
        ParsedChannel channel = parse(HEADER + "Trực tuyến125 VNĐTrực tiếp125 VNĐ").get(0);

        assertEquals(new BigDecimal("25"), channel.fees().get(0).amount());
    }

    @Test
    void bareNumberTimeBeforeFreeOfCharge() {
        ParsedChannel channel = parse(HEADER + "Trực tiếp105Miễn phí(Miễn lệ phí đối với "
                + "những trường hợp sau: + Người có công lao đặc biệt)").get(0);

        assertEquals(new BigDecimal("105"), channel.timeValue());
        assertNull(channel.timeUnit());
    }

    @Test
    void phraseInsteadOfTime() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tuyếnKhông quy địnhMiễn phí"
                + "Qua Cổng DVC Quốc giaDịch vụ bưu chínhKhông phải trả kết quả cho người nộp "
                + "thuếMiễn phíThông qua dịch vụ bưu chính công ích");

        assertEquals(2, channels.size());
        assertNull(channels.get(0).timeValue());
        assertEquals("Không quy định", channels.get(0).timeText());
        assertEquals("Qua Cổng DVC Quốc gia", channels.get(0).description());
        assertEquals("Không phải trả kết quả cho người nộp thuế", channels.get(1).timeText());
    }

    @Test
    void unknownTimeWithAmount() {
        ParsedChannel channel = parse(HEADER + "Trực tuyếnKhông có thông tin"
                + "400,000 Việt Nam Đồng(Lệ phí : 400.000 Đồng (Mức thu lệ phí: 400.000đ/trường "
                + "hợp.))").get(0);

        assertNull(channel.timeText());
        assertNull(channel.timeValue());
        assertEquals(new BigDecimal("400000"), channel.fees().get(0).amount());
        assertTrue(channel.fees().get(0).note().startsWith("400,000 Việt Nam Đồng(Lệ phí :"));
        assertNull(channel.description());
    }

    @Test
    void unclosedRemarkEndsAtItsLowestNesting() {
        ParsedChannel channel = parse(HEADER + "Dịch vụ bưu chính30 Ngày làm việc10,000,000 VNĐ"
                + "(đồng (Miễn phí kể từ ngày 07/4/2026 đến 30/6/2026 theo Thông tư số "
                + "40/2026/TT-BTC)30 ngày kể từ ngày nhận được hồ sơ hợp lệ").get(0);

        assertEquals(new BigDecimal("10000000"), channel.fees().get(0).amount());
        assertEquals("10,000,000 VNĐ(đồng (Miễn phí kể từ ngày 07/4/2026 đến 30/6/2026 theo "
                + "Thông tư số 40/2026/TT-BTC)", channel.fees().get(0).note());
        assertEquals("30 ngày kể từ ngày nhận được hồ sơ hợp lệ", channel.description());
    }

    @Test
    void listLetterAfterFeeStartsTheDescription() {
        ParsedChannel channel = parse(HEADER + "Trực tuyến20 Ngày làm việcMiễn phí(i) Trường "
                + "hợp diện tích rừng tạm sử dụng thuộc phạm vi quản lý của chủ rừng").get(0);

        assertEquals("Miễn phí", channel.fees().get(0).note());
        assertEquals("(i) Trường hợp diện tích rừng tạm sử dụng thuộc phạm vi quản lý của chủ "
                + "rừng", channel.description());
    }

    @Test
    void channelNamesInsideADescriptionDoNotStartRows() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tuyến1 Ngày làm việcKhông có thông "
                + "tin- Khai báo tạm vắng qua: + Trực tiếp tại cơ quan đăng ký cư trú; + Trang "
                + "thông tin điện tử.\nDịch vụ bưu chính\t02 Ngày làm việc\tPhí : Đồng Không thu "
                + "lệ phí\nTrực tiếp1 Ngày làm việcKhông có thông tin");

        assertEquals(2, channels.size());
        assertEquals(ChannelKind.ONLINE, channels.get(0).kind());
        assertTrue(channels.get(0).description().contains("+ Trực tiếp tại cơ quan"));
        assertTrue(channels.get(0).description().contains("Dịch vụ bưu chính 02 Ngày làm việc"));
        assertEquals(ChannelKind.DIRECT, channels.get(1).kind());
    }

    @Test
    void sameChannelMayAppearOncePerCase() {
        List<ParsedChannel> channels = parse(HEADER + "Trực tuyến1 Ngày làm việcMiễn phí"
                + "Trực tuyến2 Ngày làm việcMiễn phí");

        assertEquals(List.of(ChannelKind.ONLINE, ChannelKind.ONLINE),
                channels.stream().map(ParsedChannel::kind).toList());
        assertEquals(new BigDecimal("2"), channels.get(1).timeValue());
    }

    @Test
    void textBeforeTheFirstRowIsReported() {
        List<ParsedChannel> channels = parse(HEADER + "Xem hướng dẫnTrực tiếp5 NgàyMiễn phí");

        assertEquals(1, channels.size());
        assertEquals(List.of("Xem hướng dẫn"), leftovers);
    }

    @Test
    void noInformationGivesNoChannels() {
        assertEquals(List.of(), parse("Không có thông tin"));
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse(HEADER));
        assertTrue(leftovers.isEmpty());
    }
}
