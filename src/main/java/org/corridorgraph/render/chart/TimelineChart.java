package org.corridorgraph.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.corridorgraph.query.QueryResult;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Dated happenings on a time axis, drawn by JFreeChart: a dot where each begins, a bar over the month, year or
 * stretch it covers, coloured by how it is stated. Each event sits in a lane of its own height, its label
 * (date, what happened, source numbers) beside its mark; events go in the first lane where mark and label
 * clear everything already there, so no two labels overlap however close the dates.
 */
final class TimelineChart {
    static final String EVENT_LABEL = "event-label";
    private static final double LANE = 30;
    private static final double DOT = 6;
    private static final double LABEL_GAP = 6;
    private static final double LANE_CLEARANCE = 14;
    private static final double MAX_LABEL_WIDTH = 1000;
    private static final long DAY = 86_400_000L;

    /** How an event is stated, each with its colour; null kind last. */
    private static final Map<String, Color> KINDS = kinds();

    private final ChartStyle style;

    TimelineChart(ChartStyle style) {
        this.style = style;
    }

    private static Map<String, Color> kinds() {
        Map<String, Color> kinds = new LinkedHashMap<>();
        kinds.put("fact", new Color(0x25, 0x63, 0xeb));
        kinds.put("assessment", new Color(0xd9, 0x77, 0x06));
        kinds.put("reported", new Color(0x7c, 0x3a, 0xed));
        kinds.put("not stated in an article", new Color(0x6b, 0x72, 0x80));
        return kinds;
    }

    private static String kindOf(TimelineEvent e) {
        return e.kind() != null && KINDS.containsKey(e.kind()) ? e.kind() : "not stated in an article";
    }

    /** Where a label sits: right of its mark, left of it, or over its bar from the dot on (on a white ground). */
    private enum Side { RIGHT, LEFT, OVER }

    /** An event placed in its lane with its label, or with none when no lane had room for one. */
    private record Placed(TimelineEvent event, int lane, String label, Side side) {
    }

    /** An event's label: its date, what happened, its sources' numbers; only what happened is cut to fit. */
    private record Caption(String when, String what, String marker) {
        String full() {
            return when + "  " + what + (marker.isEmpty() ? "" : " " + marker);
        }

        String fitted(Font font, double width) {
            String ends = when + "  " + (marker.isEmpty() ? "" : " " + marker);
            return when + "  " + ChartStyle.fit(font, what, Math.max(0, width - ChartStyle.width(font, ends)))
                    + (marker.isEmpty() ? "" : " " + marker);
        }
    }

    String svg(QueryResult result, String title, String key) {
        List<TimelineEvent> events = result.rows().stream().map(TimelineEvent::of).filter(Objects::nonNull)
                .sorted(Comparator.comparing(TimelineEvent::start)).toList();
        SourceNotes notes = new SourceNotes();
        Map<TimelineEvent, Caption> labels = new LinkedHashMap<>();
        for (TimelineEvent e : events) {
            labels.put(e, new Caption(e.when(), e.what(), notes.marker(e.sources())));
        }

        LocalDate first = events.isEmpty() ? LocalDate.of(2025, 1, 1) : events.get(0).start();
        LocalDate last = events.stream().map(TimelineEvent::end).max(Comparator.naturalOrder()).orElse(first.plusYears(1));
        double span = Math.max(millis(last) - millis(first), 30.0 * DAY);
        double pad = Math.max(span / 40, 15.0 * DAY);

        DateAxis time = new DateAxis("date", TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        time.setStandardTickUnits(tickUnits());
        time.setRange(millis(first) - pad, millis(last) + DAY + pad);
        time.setLabelFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
        time.setLabelPaint(ChartStyle.TEXT);
        time.setTickLabelFont(style.text(ChartStyle.TEXT_SIZE));
        time.setTickLabelPaint(ChartStyle.MUTED_TEXT);
        time.setAxisLinePaint(ChartStyle.AXIS_LINE);
        NumberAxis lanes = new NumberAxis();
        lanes.setVisible(false);
        lanes.setInverted(true);

        XYIntervalSeriesCollection spans = new XYIntervalSeriesCollection();
        XYSeriesCollection dots = new XYSeriesCollection();
        XYPlot plot = new XYPlot(spans, time, lanes, spanRenderer());
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer());
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 8, 4, 8));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("No dated events answer these parameters.");
        plot.setNoDataMessageFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
        plot.setNoDataMessagePaint(ChartStyle.TEXT);
        plot.setFixedLegendItems(legend(events));

        JFreeChart chart = ChartParts.framed(plot, title, notes, style, !events.isEmpty());

        // first: where dates fall across the width, which the lanes do not change, and the room around the plot
        lanes.setRange(-0.5, 0.5);
        double guess = 800;
        ChartRenderingInfo probe = draw(chart, new SvgCanvas(ChartStyle.WIDTH, guess, key), guess);
        Rectangle2D area = probe.getPlotInfo().getDataArea();
        double overhead = guess - area.getHeight();
        int maxLanes = (int) Math.max(1, Math.floor((ChartStyle.WIDTH * 3 - 1 - overhead) / LANE));
        Font font = style.text(ChartStyle.TEXT_SIZE);
        List<Placed> placed = lanes(events, labels, time, area, font, maxLanes);
        int laneCount = placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;

        for (int kind = 0; kind < KINDS.size(); kind++) {
            spans.addSeries(new XYIntervalSeries(kind));
            dots.addSeries(new XYSeries(kind, false, true));
        }
        List<String> kindNames = List.copyOf(KINDS.keySet());
        for (Placed p : placed) {
            TimelineEvent e = p.event();
            int kind = kindNames.indexOf(kindOf(e));
            double begin = millis(e.start());
            dots.getSeries(kind).add(begin, p.lane());
            if (e.spans()) {
                double endAt = millis(e.end()) + DAY;
                spans.getSeries(kind).add((begin + endAt) / 2, begin, endAt, p.lane(), p.lane() - 0.16, p.lane() + 0.16);
            }
        }
        lanes.setRange(-0.5, laneCount - 0.5);
        double height = Math.min(ChartStyle.WIDTH * 3 - 1, Math.max(ChartStyle.WIDTH / 3 + 1, overhead + laneCount * LANE));

        SvgCanvas canvas = new SvgCanvas(ChartStyle.WIDTH, height, key);
        ChartRenderingInfo info = draw(chart, canvas, height);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        double ascent = ChartStyle.ascent(font);
        double descent = ChartStyle.descent(font);
        for (Placed p : placed) {
            if (p.label() == null) {
                continue;
            }
            double y = lanes.valueToJava2D(p.lane(), data, RectangleEdge.LEFT);
            double baseline = y + (ascent - descent) / 2;
            double width = ChartStyle.width(font, p.label());
            double start = x(time, p.event().start(), data);
            double x = switch (p.side()) {
                case LEFT -> start - DOT - LABEL_GAP - width;
                case OVER -> start + DOT + LABEL_GAP;
                case RIGHT -> markRight(time, p.event(), data) + LABEL_GAP;
            };
            if (p.side() == Side.OVER) {
                canvas.graphics().setPaint(ChartStyle.BACKGROUND);
                canvas.graphics().fill(new Rectangle2D.Double(x - 3, baseline - ascent - 2, width + 6, ascent + descent + 4));
            }
            canvas.text(EVENT_LABEL, p.label(), font, ChartStyle.TEXT, x, baseline);
        }
        return canvas.document(title, describe(events, labels, notes, result.truncated()));
    }

    private static ChartRenderingInfo draw(JFreeChart chart, SvgCanvas canvas, double height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(canvas.graphics(), new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, height), info);
        return info;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static double x(DateAxis axis, LocalDate date, Rectangle2D area) {
        return axis.valueToJava2D(millis(date), area, RectangleEdge.BOTTOM);
    }

    /**
     * Puts each event, in date order, in the first lane where its mark and label clear what is already there,
     * with a label to the right of the mark or, where that would leave the plot, to its left. Past the lanes
     * the picture has room for, an event keeps its mark but loses its label, so labels never overlap.
     */
    private static List<Placed> lanes(List<TimelineEvent> events, Map<TimelineEvent, Caption> labels, DateAxis time, Rectangle2D area,
                                      Font font, int maxLanes) {
        List<Double> laneEnds = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (TimelineEvent e : events) {
            double start = x(time, e.start(), area);
            double markLeft = start - DOT;
            double markRight = markRight(time, e, area);
            double roomRight = Math.min(MAX_LABEL_WIDTH, area.getMaxX() - 2 - (markRight + LABEL_GAP));
            double roomLeft = Math.min(MAX_LABEL_WIDTH, markLeft - LABEL_GAP - (area.getMinX() + 2));
            double roomOver = Math.min(MAX_LABEL_WIDTH, area.getMaxX() - 5 - (start + DOT + LABEL_GAP));
            Caption caption = labels.get(e);
            double full = ChartStyle.width(font, caption.full());
            Side side;
            if (full <= roomRight) {
                side = Side.RIGHT;
            } else if (full <= roomLeft) {
                side = Side.LEFT;
            } else if (e.spans() && roomOver > Math.max(roomLeft, roomRight)) {
                side = Side.OVER;
            } else {
                side = roomRight >= roomLeft ? Side.RIGHT : Side.LEFT;
            }
            double room = switch (side) {
                case RIGHT -> roomRight;
                case LEFT -> roomLeft;
                case OVER -> roomOver;
            };
            String label = caption.fitted(font, room);
            double width = ChartStyle.width(font, label);
            double from = side == Side.LEFT ? markLeft - LABEL_GAP - width : markLeft;
            double to = switch (side) {
                case RIGHT -> markRight + LABEL_GAP + width;
                case LEFT -> markRight;
                case OVER -> Math.max(markRight, start + DOT + LABEL_GAP + width + 3);
            };
            int lane = free(laneEnds, from);
            if (lane < 0 && laneEnds.size() < maxLanes) {
                laneEnds.add(Double.NEGATIVE_INFINITY);
                lane = laneEnds.size() - 1;
            }
            if (lane < 0) {
                // no lane left with room for the label: the mark alone, in the lane that frees up first
                label = null;
                to = markRight;
                lane = 0;
                for (int i = 1; i < laneEnds.size(); i++) {
                    if (laneEnds.get(i) < laneEnds.get(lane)) {
                        lane = i;
                    }
                }
            }
            laneEnds.set(lane, Math.max(laneEnds.get(lane), to));
            placed.add(new Placed(e, lane, label, side));
        }
        return placed;
    }

    /** The right end of an event's mark: its dot, or the end of its bar. */
    private static double markRight(DateAxis time, TimelineEvent e, Rectangle2D area) {
        double dot = x(time, e.start(), area) + DOT;
        return e.spans() ? Math.max(dot, x(time, e.end().plusDays(1), area)) : dot;
    }

    private static int free(List<Double> laneEnds, double from) {
        for (int i = 0; i < laneEnds.size(); i++) {
            if (laneEnds.get(i) + LANE_CLEARANCE <= from) {
                return i;
            }
        }
        return -1;
    }

    private static TickUnits tickUnits() {
        TickUnits units = new TickUnits();
        for (int years : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
        }
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("yyyy-MM")));
        }
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("yyyy-MM-dd")));
        }
        return units;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }

    /** Bars over what an event covers, a lighter shade of its kind's colour. */
    private static XYBarRenderer spanRenderer() {
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        int i = 0;
        for (Color colour : KINDS.values()) {
            bars.setSeriesPaint(i, FigureChart.tint(colour));
            bars.setSeriesOutlinePaint(i, colour);
            bars.setSeriesOutlineStroke(i, ChartStyle.SOLID);
            i++;
        }
        return bars;
    }

    /** A dot where each event happens or begins, in its kind's colour. */
    private static XYLineAndShapeRenderer dotRenderer() {
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        Shape dot = new Ellipse2D.Double(-DOT, -DOT, 2 * DOT, 2 * DOT);
        int i = 0;
        for (Color colour : KINDS.values()) {
            dots.setSeriesPaint(i, colour);
            dots.setSeriesShape(i, dot);
            i++;
        }
        return dots;
    }

    private LegendItemCollection legend(List<TimelineEvent> events) {
        LegendItemCollection items = new LegendItemCollection();
        Set<String> present = events.stream().map(TimelineChart::kindOf).collect(Collectors.toSet());
        Shape dot = new Ellipse2D.Double(-DOT, -DOT, 2 * DOT, 2 * DOT);
        KINDS.forEach((kind, colour) -> {
            if (present.contains(kind)) {
                items.add(item(kind, dot, colour, colour, ChartStyle.SOLID));
            }
        });
        if (events.stream().anyMatch(TimelineEvent::spans)) {
            items.add(item("bar: the month, year or stretch of days an event covers", new Rectangle2D.Double(-12, -5, 24, 10),
                    FigureChart.tint(ChartStyle.AXIS_LINE), ChartStyle.AXIS_LINE, ChartStyle.SOLID));
        }
        return items;
    }

    private LegendItem item(String label, Shape shape, Paint fill, Paint outline, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, true, shape, true, fill, true, outline, stroke, false, shape,
                ChartStyle.SOLID, outline);
        item.setLabelFont(style.text(ChartStyle.TEXT_SIZE));
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** What the timeline shows, for screen readers: the span of years and every event with its date and sources. */
    private static String describe(List<TimelineEvent> events, Map<TimelineEvent, Caption> labels, SourceNotes notes, boolean truncated) {
        if (events.isEmpty()) {
            return "A timeline with no events: nothing dated answers these parameters.";
        }
        int from = events.get(0).start().getYear();
        int to = events.stream().map(TimelineEvent::end).max(Comparator.naturalOrder()).orElseThrow().getYear();
        Set<String> kinds = events.stream().map(TimelineChart::kindOf).collect(Collectors.toCollection(LinkedHashSet::new));
        StringBuilder out = new StringBuilder();
        out.append("Timeline of ").append(events.size()).append(events.size() == 1 ? " event" : " events").append(" from ")
                .append(from).append(from == to ? "" : " to " + to).append(", coloured by how each is stated (")
                .append(String.join(", ", kinds)).append("): ");
        out.append(events.stream().map(e -> labels.get(e).full()).collect(Collectors.joining("; "))).append(". ");
        if (!notes.isEmpty()) {
            out.append("Sources: ").append(String.join("; ", notes.lines())).append('.');
        }
        if (truncated) {
            out.append(" The answer was cut at the row limit: not every event is shown.");
        }
        return out.toString().strip();
    }
}
