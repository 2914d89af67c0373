package org.corridorgraph.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridorgraph.query.QueryResult;
import org.jfree.chart.text.TextUtils;

/**
 * Charts for answers that are figures over time or dated events, as standalone SVG pictures drawn by
 * JFreeChart through JFreeSVG:
 * <ul>
 *   <li>figures (the trade and figures queries, or any result with value, unit, status, year and period
 *       columns): a bar chart with a panel per unit, actual, target and growth drawn differently, each point
 *       labelled with its value and its sources' numbers, the sources listed under the chart;</li>
 *   <li>events (the timeline query, or any result with date, endDate and what columns): a time axis with the
 *       events in lanes, so labels never overlap.</li>
 * </ul>
 * Pictures are 1600 units wide (a report page at its default width), in DejaVu Sans, at least 13 px text; each
 * has role img, a title and a description listing what it shows. Point and event labels are in SVG groups of
 * class {@code point-label} and {@code event-label}, the title in {@code chart-title}, the sources in
 * {@code source-note}, the legend in {@code legend}.
 *
 * <p>Thread-safe: every call builds its own chart. The font is loaded on first use, so a machine without it
 * can still give every other format.
 */
public final class Charts {
    private volatile ChartStyle style;

    public Charts() {
        // a server has no display; AWT reads this once, at its first use
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // JFreeChart otherwise draws rotated text (the value axes' labels) as glyph outlines: keep it text, which
        // readers can select, screen readers read and the PNG and PDF output set in the embedded font
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Whether this result is one these charts draw: figures, or dated events. */
    public boolean supports(QueryResult result) {
        return draws(result.columns());
    }

    /**
     * Whether answers with these columns (as answers name them) are charted, for what a query offers before it
     * runs, e.g. the formats its API document lists.
     */
    public boolean draws(List<String> columns) {
        return columns.containsAll(Figure.COLUMNS) || columns.containsAll(TimelineEvent.COLUMNS);
    }

    /**
     * The result as an SVG document.
     *
     * @throws IllegalArgumentException when {@link #supports} is false for the result
     * @throws IllegalStateException    when the font DejaVu Sans is not installed
     */
    public String svg(QueryResult result) {
        String key = result.query() + "|" + result.params() + "|" + result.rows();
        if (isFigures(result)) {
            return new FigureChart(style()).svg(result, title(result), key);
        }
        if (isTimeline(result)) {
            return new TimelineChart(style()).svg(result, title(result), key);
        }
        throw new IllegalArgumentException("the result of " + result.query()
                + " is neither figures (value, unit, status, year, period) nor dated events (date, endDate, what) to chart");
    }

    private static boolean isFigures(QueryResult result) {
        return result.columns().containsAll(Figure.COLUMNS);
    }

    private static boolean isTimeline(QueryResult result) {
        return result.columns().containsAll(TimelineEvent.COLUMNS);
    }

    private ChartStyle style() {
        ChartStyle loaded = style;
        if (loaded == null) {
            synchronized (this) {
                loaded = style;
                if (loaded == null) {
                    loaded = ChartStyle.load();
                    style = loaded;
                }
            }
        }
        return loaded;
    }

    /** The question when one was asked; else what the query is with the parameters it ran with. */
    static String title(QueryResult result) {
        if (result.asked() != null && result.asked().question() != null && !result.asked().question().isBlank()) {
            return result.asked().question().strip();
        }
        Map<String, Object> params = result.params();
        if ("trade".equals(result.query()) && params.get("a") != null && params.get("b") != null) {
            return "Trade between " + params.get("a") + " and " + params.get("b");
        }
        String name = result.query().isEmpty() ? "Answer" : Character.toUpperCase(result.query().charAt(0)) + result.query().substring(1);
        List<String> given = new ArrayList<>();
        params.forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !String.valueOf(v).isBlank()) {
                given.add(k + " " + (v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v));
            }
        });
        return given.isEmpty() ? name : name + ": " + String.join("; ", given);
    }
}
