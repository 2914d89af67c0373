package org.corridorgraph.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.LegendItemSource;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGHints;

/** JFreeChart parts shared by the charts: titles and legends whose SVG groups carry a class a checker can find. */
final class ChartParts {
    private ChartParts() {
    }

    /**
     * PLOT as a chart with the frame every chart shares: TITLE top left, the numbered sources below, and the
     * legend under them when something was drawn.
     */
    static <P extends org.jfree.chart.plot.Plot & LegendItemSource> org.jfree.chart.JFreeChart framed(
            P plot, String title, SourceNotes notes, ChartStyle style, boolean legend) {
        org.jfree.chart.JFreeChart chart = new org.jfree.chart.JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setPadding(new RectangleInsets(16, 24, 16, 32));
        chart.setTitle(new ClassedTitle(title, style.title(), RectangleEdge.TOP, HorizontalAlignment.LEFT, "chart-title"));
        java.util.List<String> sourceLines = notes.lines();
        for (int i = sourceLines.size() - 1; i >= 0; i--) {
            chart.addSubtitle(new ClassedTitle(sourceLines.get(i), style.text(ChartStyle.NOTE_SIZE), RectangleEdge.BOTTOM,
                    HorizontalAlignment.LEFT, "source-note"));
        }
        if (legend) {
            chart.addSubtitle(new ClassedLegend(plot, style));
        }
        return chart;
    }

    /** A line of text above or below the plot, in an SVG group of its class; it wraps to the chart's width. */
    static final class ClassedTitle extends TextTitle {
        private static final long serialVersionUID = 1L;
        private final String cssClass;

        ClassedTitle(String text, java.awt.Font font, RectangleEdge edge, HorizontalAlignment alignment, String cssClass) {
            super(text, font);
            this.cssClass = cssClass;
            setPaint(ChartStyle.TEXT);
            setPosition(edge);
            setHorizontalAlignment(alignment);
            setPadding(new RectangleInsets(2, 0, 2, 0));
            setMaximumLinesToDisplay(4);
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", cssClass));
            Object result = super.draw(g2, area, params);
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
            return result;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ClassedTitle t && t.cssClass.equals(cssClass) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + cssClass.hashCode();
        }
    }

    /** The legend, below the plot, in an SVG group of class legend. */
    static final class ClassedLegend extends LegendTitle {
        private static final long serialVersionUID = 1L;

        ClassedLegend(LegendItemSource source, ChartStyle style) {
            super(source);
            setItemFont(style.text(ChartStyle.TEXT_SIZE));
            setItemPaint(ChartStyle.TEXT);
            setBackgroundPaint(ChartStyle.BACKGROUND);
            setPosition(RectangleEdge.BOTTOM);
            setHorizontalAlignment(HorizontalAlignment.LEFT);
            setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            setPadding(new RectangleInsets(8, 0, 8, 0));
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "legend"));
            Object result = super.draw(g2, area, params);
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
            return result;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ClassedLegend && super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** Tick labels of an axis whose values are shown in a unit such as billions: the value divided by the scale. */
    static final class ScaledFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final double scale;
        private final String prefix;
        private final DecimalFormat digits = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

        /** @param prefix put before positive values, "+" for growth */
        ScaledFormat(double scale, String prefix) {
            this.scale = scale;
            this.prefix = prefix;
            digits.setRoundingMode(RoundingMode.HALF_UP);
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double scaled = number / scale;
            if (scaled > 0) {
                toAppendTo.append(prefix);
            }
            return toAppendTo.append(digits.format(scaled == 0 ? 0 : scaled));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            Number n = digits.parse(source, parsePosition);
            return n == null ? null : n.doubleValue() * scale;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ScaledFormat f && f.scale == scale && f.prefix.equals(prefix);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(scale) * 31 + prefix.hashCode();
        }
    }
}
