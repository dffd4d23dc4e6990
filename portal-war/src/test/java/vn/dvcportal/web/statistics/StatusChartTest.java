package vn.dvcportal.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.StatisticsLine;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

class StatusChartTest {

    static final Locale VI = LanguagePreference.VIETNAMESE;
    // 11 dossiers: 5 settled in time, 1 late, 2 + 1 in progress, 1 paused, 1 withdrawn.
    static final Figures BIG = new Figures(3, 5, 2, 1, 2, 3, 1, 2, 1, 1, 0, 1, 0, 0, 24);
    static final Figures SMALL = new Figures(0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2);

    private static StatusChart chart(List<StatisticsLine> lines) {
        return StatusChart.of("c", "Theo cơ quan", lines, k -> Texts.text(VI, k), VI);
    }

    @Test
    void barsAreAsLongAsTheirDossiersAndCutByStanding() {
        StatusChart chart = chart(List.of(new StatisticsLine("1", "Sở Tư pháp", BIG),
                new StatisticsLine("2", "Sở Y tế", SMALL)));
        assertTrue(chart.isDrawn());
        assertEquals(2, chart.getBars().size());
        StatusChart.Bar big = chart.getBars().get(0);
        double area = StatusChart.WIDTH - StatusChart.LABEL_WIDTH - StatusChart.VALUE_WIDTH;
        assertEquals(area, big.segments().stream().mapToDouble(StatusChart.Segment::width)
                .sum(), 0.5, "the longest bar fills the drawing");
        assertEquals(List.of("seg-intime", "seg-late", "seg-pending", "seg-overdue",
                "seg-paused", "seg-closed"), big.segments().stream()
                        .map(StatusChart.Segment::css).toList());
        assertEquals(List.of(5L, 1L, 2L, 1L, 1L, 1L), big.segments().stream()
                .map(StatusChart.Segment::value).toList());
        StatusChart.Bar small = chart.getBars().get(1);
        assertEquals(1, small.segments().size(), "empty parts are not drawn");
        assertEquals(area / 11, small.segments().get(0).width(), 0.1);
        assertEquals("11", big.total());
        assertEquals(StatusChart.ROW + 2, small.y());
    }

    @Test
    void everyBarSaysItsFiguresInWords() {
        StatusChart chart = chart(List.of(new StatisticsLine("1", "Sở Tư pháp", BIG)));
        String description = chart.getBars().get(0).description();
        assertEquals("Sở Tư pháp: tổng số 11 hồ sơ; đã giải quyết đúng hạn 5, quá hạn 1;"
                + " đang giải quyết trong hạn 2, quá hạn 1; tạm dừng 1; trả lại, rút hoặc"
                + " từ chối 1.", description);
        assertTrue(chart.getSummary().startsWith("Theo cơ quan. Sở Tư pháp: tổng số 11"));
        assertEquals(6, chart.getLegend().size());
        assertEquals("Đã giải quyết quá hạn", chart.getLegend().get(1).label());
    }

    @Test
    void longNamesAreCutAndNothingIsDrawnWithoutLines() {
        String name = "Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh Thừa Thiên Huế";
        StatusChart.Bar bar = chart(List.of(new StatisticsLine("1", name, SMALL)))
                .getBars().get(0);
        assertTrue(bar.label().endsWith("…"));
        assertTrue(bar.label().length() <= StatusChart.MAX_LABEL);
        assertEquals(name, bar.fullLabel());
        assertFalse(chart(List.of()).isDrawn());
    }
}
