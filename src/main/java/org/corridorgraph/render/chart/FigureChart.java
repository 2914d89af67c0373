package org.corridorgraph.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridorgraph.query.QueryResult;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Figures over time as a bar chart, drawn by JFreeChart: one panel per unit (US dollars, percent, a count),
 * growth rates in a panel of their own as diamonds; years and periods along the bottom in time order, figures
 * with no year last. Actual levels are solid bars, targets dashed outlines, figures of no stated status light
 * bars; each series (what is measured) has its colour. Every point is labelled with its value in words and the
 * number of its sources, listed under the chart.
 */
final class FigureChart {
    static final String POINT_LABEL = "point-label";
    private static final double PANEL_HEIGHT = 320;
    private static final double PANEL_GAP = 36;
    private static final double LABEL_GAP = 6;
    private static final double DIAMOND = 8;

    private final ChartStyle style;

    FigureChart(ChartStyle style) {
        this.style = style;
    }

    /** A panel of the chart: the figures of one unit, growth rates apart from levels. */
    private record Panel(String unit, String currency, boolean growth) {
        static Panel of(Figure f) {
            return new Panel(f.unit(), f.currency(), f.growth());
        }

        double scale(double largest) {
            boolean money = currency != null || "USD".equals(unit);
            if (growth || "percent".equals(unit) || !money && largest < 1e6) {
                return 1;
            }
            return largest >= 1e9 ? 1e9 : largest >= 1e6 ? 1e6 : 1;
        }

        String axisLabel(double scale) {
            String scaleWord = scale == 1e9 ? ", billions" : scale == 1e6 ? ", millions" : "";
            String what;
            if (currency != null || "USD".equals(unit)) {
                String money = currency != null ? currency : unit;
                what = "USD".equals(money) ? "US dollars" : money;
            } else if ("percent".equals(unit)) {
                what = "percent";
            } else {
                what = unit == null ? "value" : unit;
            }
            return growth ? "growth, " + ("percent".equals(unit) ? "% change" : what + scaleWord) : what + scaleWord;
        }
    }

    /** A point's place in a panel's dataset. */
    private record Cell(String series, String category) {
    }

    /** What the renderers need to draw a panel's points. */
    private record PanelData(Panel panel, DefaultCategoryDataset dataset, Map<Cell, Figure> cells, NumberAxis axis,
                             CategoryPlot plot) {
        Figure figure(int row, int column) {
            return cells.get(new Cell((String) dataset.getRowKey(row), (String) dataset.getColumnKey(column)));
        }
    }

    /** A label placed at a point. */
    private record Placed(String text, double x, double y, boolean rotated) {
    }

    String svg(QueryResult result, String title, String key) {
        List<Figure> figures = result.rows().stream().map(Figure::of).toList();
        List<String> categories = categories(figures);
        Map<String, Color> colours = new LinkedHashMap<>();
        figures.forEach(f -> colours.computeIfAbsent(f.series(), s -> ChartStyle.SERIES.get(colours.size() % ChartStyle.SERIES.size())));

        SourceNotes notes = new SourceNotes();
        Map<Figure, String> labels = new LinkedHashMap<>();
        for (Figure f : figures) {
            String marker = notes.marker(f.sources());
            labels.put(f, marker.isEmpty() ? f.words() : f.words() + " " + marker);
        }

        Font text = style.text(ChartStyle.TEXT_SIZE);
        CategoryAxis domain = new CategoryAxis("year, or the period a figure refers to");
        domain.setLabelFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
        domain.setLabelPaint(ChartStyle.TEXT);
        domain.setTickLabelFont(text);
        domain.setTickLabelPaint(ChartStyle.MUTED_TEXT);
        domain.setMaximumCategoryLabelLines(3);
        domain.setCategoryMargin(0.25);
        domain.setLowerMargin(0.02);
        domain.setUpperMargin(0.02);
        domain.setAxisLinePaint(ChartStyle.AXIS_LINE);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(domain);
        combined.setGap(PANEL_GAP);
        combined.setBackgroundPaint(ChartStyle.BACKGROUND);
        combined.setOutlineVisible(false);
        // room above the top panel, so its highest tick label clears the title
        combined.setInsets(new RectangleInsets(14, 4, 4, 4));

        Map<Panel, List<Figure>> byPanel = new LinkedHashMap<>();
        figures.stream().sorted(Comparator.comparing(Figure::growth)).forEach(f -> byPanel.computeIfAbsent(Panel.of(f), p -> new ArrayList<>()).add(f));
        List<PanelData> panels = new ArrayList<>();
        Map<CategoryDataset, PanelData> byDataset = new IdentityHashMap<>();
        for (Map.Entry<Panel, List<Figure>> entry : byPanel.entrySet()) {
            PanelData data = panel(entry.getKey(), entry.getValue(), categories, colours);
            panels.add(data);
            byDataset.put(data.dataset(), data);
            combined.add(data.plot(), 1);
        }
        if (figures.isEmpty()) {
            CategoryPlot empty = new CategoryPlot(new DefaultCategoryDataset(), null, new NumberAxis("value"), new BarRenderer());
            empty.setNoDataMessage("No figures answer these parameters.");
            empty.setNoDataMessageFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
            empty.setNoDataMessagePaint(ChartStyle.TEXT);
            empty.getRangeAxis().setLabelFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
            empty.getRangeAxis().setTickLabelFont(text);
            empty.setBackgroundPaint(ChartStyle.BACKGROUND);
            combined.add(empty, 1);
        }
        combined.setFixedLegendItems(legend(figures, colours));

        JFreeChart chart = ChartParts.framed(combined, title, notes, style, !figures.isEmpty());

        // first: the room titles, axes and legend take, so the panels get their height
        double guess = 300 + panels.size() * PANEL_HEIGHT;
        ChartRenderingInfo first = draw(chart, new SvgCanvas(ChartStyle.WIDTH, guess, key), guess);
        double overhead = guess - first.getPlotInfo().getDataArea().getHeight() - Math.max(0, panels.size() - 1) * PANEL_GAP;
        double height = Math.min(ChartStyle.WIDTH * 3 - 1,
                Math.max(ChartStyle.WIDTH / 3 + 1, overhead + Math.max(1, panels.size()) * (PANEL_HEIGHT + PANEL_GAP)));

        // second: where the points fall, to choose how labels go and how much headroom they need
        ChartRenderingInfo second = draw(chart, new SvgCanvas(ChartStyle.WIDTH, height, key), height);
        Map<PanelData, Boolean> rotate = new IdentityHashMap<>();
        for (int i = 0; i < panels.size(); i++) {
            PanelData data = panels.get(i);
            Rectangle2D area = second.getPlotInfo().getSubplotInfo(i).getDataArea();
            Map<Figure, Rectangle2D> marks = marks(second, byDataset, data);
            Boolean rotated = orientation(marks, labels, area, text);
            if (rotated != null) {
                rotate.put(data, rotated);
                makeRoom(data, marks, labels, area, text, rotated);
            }
        }

        SvgCanvas canvas = new SvgCanvas(ChartStyle.WIDTH, height, key);
        ChartRenderingInfo info = draw(chart, canvas, height);
        for (int i = 0; i < panels.size(); i++) {
            PanelData data = panels.get(i);
            Boolean rotated = rotate.get(data);
            if (rotated == null) {
                continue;
            }
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            Map<Figure, Rectangle2D> marks = marks(info, byDataset, data);
            Boolean now = orientation(marks, labels, area, text);
            if (now == null) {
                continue;
            }
            for (Map.Entry<Figure, Rectangle2D> mark : marks.entrySet()) {
                Placed placed = place(mark.getKey(), mark.getValue(), labels.get(mark.getKey()), area, text, now || rotated);
                drawLabel(canvas, placed, text);
            }
        }
        return canvas.document(title, describe(figures, categories, panels, labels, notes, result.truncated()));
    }

    private static ChartRenderingInfo draw(JFreeChart chart, SvgCanvas canvas, double height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(canvas.graphics(), new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, height), info);
        return info;
    }

    /** Years in order, then periods within their year, then figures with no year, by when they were stated. */
    private static List<String> categories(List<Figure> figures) {
        Comparator<Figure> order = Comparator.comparing((Figure f) -> f.when() == null)
                .thenComparing(f -> f.when() == null ? 0L : f.when())
                .thenComparing(f -> f.period() != null)
                .thenComparing(f -> f.asOf() == null ? "" : f.asOf())
                .thenComparing(Figure::category);
        Set<String> ordered = new LinkedHashSet<>();
        figures.stream().sorted(order).forEach(f -> ordered.add(f.category()));
        return List.copyOf(ordered);
    }

    private PanelData panel(Panel panel, List<Figure> figures, List<String> categories, Map<String, Color> colours) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<Cell, Figure> cells = new LinkedHashMap<>();
        // every panel lists every category, in time order, so the panels line up on the shared axis
        String firstSeries = figures.get(0).series();
        for (String category : categories) {
            dataset.addValue(null, firstSeries, category);
        }
        for (Figure f : figures) {
            String series = f.series();
            for (int n = 2; cells.containsKey(new Cell(series, f.category())); n++) {
                series = f.series() + " · " + f.measurement() + (n > 2 ? " (" + n + ")" : "");
            }
            cells.put(new Cell(series, f.category()), f);
            dataset.setValue(f.value(), series, f.category());
        }

        double largest = figures.stream().mapToDouble(f -> Math.abs(f.value())).max().orElse(0);
        double scale = panel.scale(largest);
        NumberAxis axis = new NumberAxis(panel.axisLabel(scale));
        axis.setNumberFormatOverride(new ChartParts.ScaledFormat(scale, panel.growth() ? "+" : ""));
        axis.setLabelFont(style.text(ChartStyle.AXIS_LABEL_SIZE));
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelFont(style.text(ChartStyle.TEXT_SIZE));
        axis.setTickLabelPaint(ChartStyle.MUTED_TEXT);
        axis.setAxisLinePaint(ChartStyle.AXIS_LINE);
        axis.setAutoRangeIncludesZero(true);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0.05);

        CategoryPlot plot = new CategoryPlot(dataset, null, axis, null);
        PanelData data = new PanelData(panel, dataset, cells, axis, plot);
        if (panel.growth()) {
            plot.setRenderer(new GrowthMarks(data, colours));
        } else {
            plot.setRenderer(new LevelBars(data, colours));
        }
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.AXIS_LINE);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        return data;
    }

    /** Bars of levels: actual solid, target a dashed outline, no stated status light. */
    private static final class LevelBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient PanelData data;
        private final transient Map<String, Color> colours;

        LevelBars(PanelData data, Map<String, Color> colours) {
            this.data = data;
            this.colours = colours;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setItemMargin(0.08);
            setMaximumBarWidth(0.1);
        }

        /** Centres the bars a category has among themselves, rather than leaving slots for series it lacks. */
        @Override
        protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea, CategoryAxis domainAxis,
                                        CategoryItemRendererState state, int row, int column) {
            CategoryDataset dataset = data.dataset();
            List<Integer> present = new ArrayList<>();
            for (int r = 0; r < dataset.getRowCount(); r++) {
                if (dataset.getValue(r, column) != null) {
                    present.add(r);
                }
            }
            int seriesCount = Math.max(1, dataset.getRowCount());
            int categoryCount = getColumnCount();
            double space = dataArea.getWidth();
            double pitch = seriesCount > 1
                    ? calculateSeriesWidth(space, domainAxis, categoryCount, seriesCount) + space * getItemMargin() / (categoryCount * (seriesCount - 1))
                    : 0;
            double middle = domainAxis.getCategoryMiddle(column, categoryCount, dataArea, plot.getDomainAxisEdge());
            double offset = (present.indexOf(row) - (present.size() - 1) / 2.0) * pitch;
            return middle + offset - state.getBarWidth() / 2;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Figure f = data.figure(row, column);
            if (f == null) {
                return ChartStyle.BACKGROUND;
            }
            Color colour = colours.get(f.series());
            if (Figure.TARGET.equals(f.status())) {
                return ChartStyle.BACKGROUND;
            }
            return Figure.ACTUAL.equals(f.status()) ? colour : tint(colour);
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            Figure f = data.figure(row, column);
            return f == null ? ChartStyle.AXIS_LINE : colours.get(f.series());
        }

        @Override
        public Stroke getItemOutlineStroke(int row, int column) {
            Figure f = data.figure(row, column);
            return f != null && Figure.TARGET.equals(f.status()) ? ChartStyle.DASHED : ChartStyle.SOLID;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Growth rates: a diamond per point, no line, as the points are rates over different periods. */
    private static final class GrowthMarks extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient PanelData data;
        private final transient Map<String, Color> colours;

        GrowthMarks(PanelData data, Map<String, Color> colours) {
            super(false, true);
            this.data = data;
            this.colours = colours;
            setUseSeriesOffset(true);
            setItemMargin(0.1);
            setUseOutlinePaint(true);
            setDrawOutlines(true);
        }

        @Override
        public Shape getItemShape(int row, int column) {
            return diamond(DIAMOND);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Figure f = data.figure(row, column);
            return f == null ? ChartStyle.AXIS_LINE : colours.get(f.series());
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return ChartStyle.TEXT;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    static Shape diamond(double half) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -half);
        d.lineTo(half, 0);
        d.lineTo(0, half);
        d.lineTo(-half, 0);
        d.closePath();
        return d;
    }

    static Color tint(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

    /** A swatch per series, then one per status the figures have, in grey, showing how each is drawn. */
    private LegendItemCollection legend(List<Figure> figures, Map<String, Color> colours) {
        LegendItemCollection items = new LegendItemCollection();
        Font font = style.text(ChartStyle.TEXT_SIZE);
        Shape square = new Rectangle2D.Double(-7, -7, 14, 14);
        colours.forEach((series, colour) -> items.add(item(ChartStyle.fit(font, series, ChartStyle.WIDTH - 160), square, colour,
                colour, ChartStyle.SOLID)));
        Set<String> statuses = figures.stream().map(f -> f.status() == null ? "" : f.status())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Color grey = ChartStyle.AXIS_LINE;
        if (statuses.contains(Figure.ACTUAL)) {
            items.add(item("actual: solid bar", square, grey, grey, ChartStyle.SOLID));
        }
        if (statuses.contains(Figure.TARGET)) {
            items.add(item("target: dashed outline", square, ChartStyle.BACKGROUND, grey, ChartStyle.DASHED));
        }
        if (statuses.contains(Figure.GROWTH)) {
            items.add(item("growth: diamond", diamond(DIAMOND), grey, ChartStyle.TEXT, ChartStyle.SOLID));
        }
        if (statuses.stream().anyMatch(s -> !List.of(Figure.ACTUAL, Figure.TARGET, Figure.GROWTH).contains(s))) {
            items.add(item("no status given: light bar", square, tint(grey), grey, ChartStyle.SOLID));
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

    /** Where each figure of the panel was drawn: its bar or its diamond. */
    private static Map<Figure, Rectangle2D> marks(ChartRenderingInfo info, Map<CategoryDataset, PanelData> byDataset, PanelData data) {
        Map<Figure, Rectangle2D> marks = new LinkedHashMap<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity entity && byDataset.get(entity.getDataset()) == data) {
                Figure f = data.cells().get(new Cell((String) entity.getRowKey(), (String) entity.getColumnKey()));
                if (f != null) {
                    marks.put(f, ((ChartEntity) entity).getArea().getBounds2D());
                }
            }
        }
        return marks;
    }

    /**
     * How the panel's labels go: false across, when each fits between its neighbours; true up the side, when a
     * line's height does; null when even that does not fit and the points go unlabelled (the description lists them).
     */
    private static Boolean orientation(Map<Figure, Rectangle2D> marks, Map<Figure, String> labels, Rectangle2D area, Font font) {
        boolean across = true;
        boolean up = true;
        List<Double> centres = marks.values().stream().map(Rectangle2D::getCenterX).toList();
        for (Map.Entry<Figure, Rectangle2D> mark : marks.entrySet()) {
            double centre = mark.getValue().getCenterX();
            double slot = 2 * Math.min(centre - area.getMinX(), area.getMaxX() - centre);
            for (double other : centres) {
                if (other != centre) {
                    slot = Math.min(slot, Math.abs(other - centre));
                }
            }
            if (ChartStyle.width(font, labels.get(mark.getKey())) > slot - 8) {
                across = false;
            }
            if (ChartStyle.lineHeight(font) > slot - 4) {
                up = false;
            }
        }
        return across ? Boolean.FALSE : up ? Boolean.TRUE : null;
    }

    /** Widens the panel's value range so every label fits between its point and the panel's edge. */
    private static void makeRoom(PanelData data, Map<Figure, Rectangle2D> marks, Map<Figure, String> labels, Rectangle2D area, Font font,
                                 boolean rotated) {
        double above = 0;
        double below = 0;
        for (Map.Entry<Figure, Rectangle2D> mark : marks.entrySet()) {
            Figure f = mark.getKey();
            double extent = (rotated ? ChartStyle.width(font, labels.get(f)) : ChartStyle.lineHeight(font)) + LABEL_GAP + 4
                    + (data.panel().growth() ? DIAMOND : 0);
            if (f.value() >= 0) {
                above = Math.max(above, extent);
            } else {
                below = Math.max(below, extent);
            }
        }
        double a = above / area.getHeight();
        double b = below / area.getHeight();
        if (a + b >= 0.8) {
            a = a * 0.8 / (a + b);
            b = b * 0.8 / (a + b);
        }
        data.axis().setUpperMargin(a / (1 - a - b));
        data.axis().setLowerMargin(b / (1 - a - b));
    }

    /** A label above a positive value's mark (below a negative one's), centred on it, kept inside the panel. */
    private static Placed place(Figure f, Rectangle2D mark, String label, Rectangle2D area, Font font, boolean rotated) {
        double ascent = ChartStyle.ascent(font);
        double descent = ChartStyle.descent(font);
        double width = ChartStyle.width(font, label);
        double extent = rotated ? width : ascent + descent;
        boolean up = f.value() >= 0;
        // the far end of the label from its mark, kept inside the panel
        double near = up ? mark.getMinY() - LABEL_GAP : mark.getMaxY() + LABEL_GAP;
        if (up) {
            near = Math.max(near, area.getMinY() + extent + 1);
        } else {
            near = Math.min(near, area.getMaxY() - extent - 1);
        }
        double cx = mark.getCenterX();
        if (rotated) {
            // reads upwards: the baseline runs up the screen, glyphs stand to its left
            double x = cx + (ascent - descent) / 2;
            double y = up ? near : near + width;
            return new Placed(label, x, y, true);
        }
        double baseline = up ? near - descent : near + ascent;
        return new Placed(label, cx - width / 2, baseline, false);
    }

    private static void drawLabel(SvgCanvas canvas, Placed placed, Font font) {
        Graphics2D g2 = canvas.graphics();
        if (!placed.rotated()) {
            canvas.text(POINT_LABEL, placed.text(), font, ChartStyle.TEXT, placed.x(), placed.y());
            return;
        }
        AffineTransform saved = g2.getTransform();
        g2.translate(placed.x(), placed.y());
        g2.rotate(-Math.PI / 2);
        canvas.text(POINT_LABEL, placed.text(), font, ChartStyle.TEXT, 0, 0);
        g2.setTransform(saved);
    }

    /** What the chart shows, for screen readers: the panels, the years, every point, the ranges and the sources. */
    private static String describe(List<Figure> figures, List<String> categories, List<PanelData> panels, Map<Figure, String> labels,
                                   SourceNotes notes, boolean truncated) {
        if (figures.isEmpty()) {
            return "A chart with no figures: nothing answers these parameters.";
        }
        StringBuilder out = new StringBuilder();
        Set<String> series = figures.stream().map(Figure::series).collect(Collectors.toCollection(LinkedHashSet::new));
        out.append("Bar chart of ").append(figures.size()).append(figures.size() == 1 ? " figure" : " figures").append(" in ")
                .append(series.size()).append(series.size() == 1 ? " series" : " series").append(", over ")
                .append(String.join(", ", categories)).append(". Panels: ")
                .append(panels.stream().map(p -> p.axis().getLabel()).collect(Collectors.joining("; "))).append(". ");
        for (String s : series) {
            out.append(s).append(": ");
            out.append(figures.stream().filter(f -> f.series().equals(s))
                    .map(f -> f.category() + " " + (f.status() == null ? "" : f.status() + " ") + labels.get(f)
                            + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")"))
                    .collect(Collectors.joining("; ")));
            out.append(". ");
        }
        for (PanelData p : panels) {
            List<Figure> in = figures.stream().filter(f -> Panel.of(f).equals(p.panel())).toList();
            Figure low = in.stream().min(Comparator.comparingDouble(Figure::value)).orElseThrow();
            Figure high = in.stream().max(Comparator.comparingDouble(Figure::value)).orElseThrow();
            out.append(p.axis().getLabel()).append(": values from ").append(low.words()).append(" to ").append(high.words()).append(". ");
        }
        if (!notes.isEmpty()) {
            out.append("Sources: ").append(String.join("; ", notes.lines())).append('.');
        }
        if (truncated) {
            out.append(" The answer was cut at the row limit: not every figure is shown.");
        }
        return out.toString().strip();
    }
}
