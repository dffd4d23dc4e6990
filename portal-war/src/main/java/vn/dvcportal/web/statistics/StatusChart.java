package vn.dvcportal.web.statistics;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.StatisticsLine;
import vn.dvcportal.web.i18n.Formats;

/**
 * A horizontal bar chart drawn as SVG on the server: one bar per line (an agency, a field, a
 * period), as long as its dossiers, cut into where they stand: settled in time, settled late,
 * in progress within time or overdue, paused, and ended otherwise. Nothing runs in the
 * browser. Each bar carries its figures as text for screen readers and as a tooltip, and the
 * page shows the same figures in a table below the chart.
 */
public final class StatusChart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Width of the drawing, in its own units; the browser scales it to the page. */
    public static final int WIDTH = 960;
    static final int LABEL_WIDTH = 300;
    static final int VALUE_WIDTH = 90;
    static final int ROW = 30;
    static final int BAR = 20;
    static final int MAX_LABEL = 40;

    /** The parts of a bar in order, with their style class and legend key. */
    static final List<String[]> PARTS = List.of(
            new String[] {"seg-intime", "statistics.segment.inTime"},
            new String[] {"seg-late", "statistics.segment.late"},
            new String[] {"seg-pending", "statistics.segment.pending"},
            new String[] {"seg-overdue", "statistics.segment.overdue"},
            new String[] {"seg-paused", "statistics.segment.paused"},
            new String[] {"seg-closed", "statistics.segment.closed"});

    /** A part of a bar. */
    public record Segment(String css, double x, double width, long value, String title)
            implements Serializable {
    }

    /** A bar: its label (cut when long), where it is drawn, and its parts. */
    public record Bar(String label, String fullLabel, String description, int y, int textY,
            String total, double totalX, List<Segment> segments) implements Serializable {
    }

    /** An entry of the legend. */
    public record Legend(String css, String label) implements Serializable {
    }

    private final String id;
    private final String title;
    private final List<Bar> bars;
    private final List<Legend> legend;
    private final int height;

    private StatusChart(String id, String title, List<Bar> bars, List<Legend> legend) {
        this.id = id;
        this.title = title;
        this.bars = List.copyOf(bars);
        this.legend = List.copyOf(legend);
        this.height = Math.max(1, bars.size()) * ROW + 4;
    }

    /**
     * @param id    the chart's id in the page
     * @param text  the bundle of the page's language: key to text
     */
    public static StatusChart of(String id, String title, List<StatisticsLine> lines,
            Function<String, String> text, Locale locale) {
        long max = lines.stream().mapToLong(l -> l.figures().handled()).max().orElse(0);
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        int y = 2;
        for (StatisticsLine line : lines) {
            Figures f = line.figures();
            long[] values = values(f);
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0) {
                    continue;
                }
                double width = max == 0 ? 0 : values[i] * area / max;
                segments.add(new Segment(PARTS.get(i)[0], round(x), round(width), values[i],
                        text.apply(PARTS.get(i)[1]) + ": " + Formats.number(values[i], locale)));
                x += width;
            }
            String description = new MessageFormat(text.apply("statistics.chart.bar"), locale)
                    .format(new Object[] {line.label(), number(f.handled(), locale),
                        number(values[0], locale), number(values[1], locale),
                        number(values[2], locale), number(values[3], locale),
                        number(values[4], locale), number(values[5], locale)});
            bars.add(new Bar(cut(line.label()), line.label(), description, y, y + BAR / 2 + 5,
                    Formats.number(f.handled(), locale), round(x + 6), segments));
            y += ROW;
        }
        List<Legend> legend = new ArrayList<>();
        for (String[] part : PARTS) {
            legend.add(new Legend(part[0], text.apply(part[1])));
        }
        return new StatusChart(id, title, bars, legend);
    }

    /** The parts of a bar: settled in time, late, in progress, overdue, paused, ended else. */
    static long[] values(Figures f) {
        return new long[] {f.settledInTime(), f.settledLate(), f.pendingOnTime(),
            f.pendingOverdue(), f.paused(), f.withdrawnOrReturned() + f.refused()};
    }

    private static String number(long value, Locale locale) {
        return Formats.number(value, locale);
    }

    static String cut(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= MAX_LABEL ? label
                : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public List<Legend> getLegend() {
        return legend;
    }

    public int getHeight() {
        return height;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getBarHeight() {
        return BAR;
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    /** True when there is a bar to draw. */
    public boolean isDrawn() {
        return !bars.isEmpty();
    }

    /** A summary of the whole chart for screen readers: every bar's figures in turn. */
    public String getSummary() {
        StringBuilder out = new StringBuilder(title).append(". ");
        for (Bar bar : bars) {
            out.append(bar.description()).append(' ');
        }
        return out.toString().strip();
    }
}
