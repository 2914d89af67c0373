package org.corridorgraph.render.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.render.picture.Placement.LabelBox;
import org.corridorgraph.render.picture.Placement.PlacedBox;
import org.corridorgraph.render.picture.Placement.PlacedLine;
import org.corridorgraph.render.picture.Placement.Point;
import org.corridorgraph.render.picture.Placement.TextLine;

/**
 * A laid-out diagram as a standalone SVG document: a title and a description of what it shows
 * (role="img", aria-labelledby), lines under boxes, a legend of box colours and line styles below,
 * and a canvas padded to an aspect ratio between 1:3 and 3:1. Text is DejaVu Sans at 12 px or more;
 * node labels carry class="node-label", line labels "edge-label", legend text "legend-label", so a
 * checker can find them. Deterministic: the same placement gives the same text.
 */
public final class SvgWriter {
    /** Widest to tallest (and back) a picture may be. */
    public static final double MOST_ASPECT = 2.95;
    /** Facts the description lists before it counts the rest. */
    private static final int MOST_FACTS = 60;
    private static final double LEGEND_ROW = 22;
    private static final double SWATCH = 12;
    private static final double SAMPLE = 30;
    private static final Colour TEXT = Colour.DARK;
    private static final Colour LABEL_TEXT = Colour.of("#374151");
    private static final Colour BACKGROUND = Colour.WHITE;

    private final Sizing sizing;

    public SvgWriter(TextMetrics metrics) {
        this.sizing = new Sizing(metrics);
    }

    private record LegendItem(String text, Diagram.Paint paint, Diagram.LineKey line, double x, double y) {
    }

    public String write(Diagram diagram, Placement placement) {
        Map<String, Diagram.Paint> kinds = new LinkedHashMap<>();
        for (PlacedBox box : placement.boxes()) {
            if (box.box().role() == Diagram.Role.ENTITY && box.box().kind() != null) {
                kinds.putIfAbsent(box.box().kind(), box.box().paint());
            }
        }
        double width = Math.max(placement.width(), 240);
        List<LegendItem> legend = new ArrayList<>();
        double x = Sizing.MARGIN;
        double y = 0;
        List<LegendItem> entries = new ArrayList<>();
        kinds.forEach((kind, paint) -> entries.add(new LegendItem(kind, paint, null, 0, 0)));
        diagram.lineKeys().forEach(key -> entries.add(new LegendItem(key.text(), null, key, 0, 0)));
        for (LegendItem entry : entries) {
            double sample = entry.line() == null ? SWATCH : SAMPLE;
            double itemWidth = sample + 6 + sizing.metrics().width(entry.text(), Sizing.SMALL_SIZE) + 18;
            if (x > Sizing.MARGIN && x + itemWidth > width - Sizing.MARGIN) {
                x = Sizing.MARGIN;
                y += LEGEND_ROW;
            }
            legend.add(new LegendItem(entry.text(), entry.paint(), entry.line(), x, y));
            x += itemWidth;
            width = Math.max(width, Math.min(x + Sizing.MARGIN, Sizing.PAGE_WIDTH));
        }
        double legendHeight = legend.isEmpty() ? 0 : y + LEGEND_ROW + Sizing.MARGIN / 2;
        double height = placement.height() + legendHeight;
        double dx = (width - placement.width()) / 2;
        double legendDx = 0;
        double dy = 0;
        if (width > MOST_ASPECT * height) {
            double taller = width / MOST_ASPECT;
            dy = (taller - height) / 2;
            height = taller;
        } else if (height > MOST_ASPECT * width) {
            double wider = height / MOST_ASPECT;
            dx += (wider - width) / 2;
            legendDx = (wider - width) / 2;
            width = wider;
        }
        double legendTop = dy + placement.height();

        String id = "cg-" + Integer.toHexString((diagram.title() + '\u0000' + diagram.summary()).hashCode());
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"").append(TextMetrics.FONT_FAMILY).append("\" font-size=\"").append(num(Sizing.NAME_SIZE))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(diagram.title())).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(diagram, placement))).append("</desc>\n");
        out.append("<defs>");
        Set<Colour> arrowColours = new LinkedHashSet<>();
        placement.lines().forEach(l -> arrowColours.add(l.line().colour()));
        for (Colour colour : arrowColours) {
            String marker = marker(colour);
            out.append("<marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>")
                    .append("<marker id=\"").append(marker).append("-back\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>");
        }
        out.append("</defs>\n");
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"").append(BACKGROUND).append("\"/>\n");

        out.append("<g class=\"edges\">\n");
        for (PlacedLine line : placement.lines()) {
            writeLine(out, line, dx, dy);
        }
        out.append("</g>\n<g class=\"nodes\">\n");
        for (PlacedBox box : placement.boxes()) {
            writeBox(out, box, dx, dy);
        }
        out.append("</g>\n");
        if (!legend.isEmpty()) {
            out.append("<g class=\"legend\">\n");
            for (LegendItem item : legend) {
                double top = legendTop + item.y() + 5;
                double left = legendDx + item.x();
                double textX;
                if (item.paint() != null) {
                    out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(top)).append("\" width=\"").append(num(SWATCH))
                            .append("\" height=\"").append(num(SWATCH)).append("\" rx=\"2\" ry=\"2\" fill=\"").append(item.paint().fill())
                            .append("\" stroke=\"").append(item.paint().border()).append("\"/>");
                    textX = left + SWATCH + 6;
                } else {
                    Diagram.LineKey key = item.line();
                    out.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(top + SWATCH / 2)).append("\" x2=\"")
                            .append(num(left + SAMPLE)).append("\" y2=\"").append(num(top + SWATCH / 2)).append("\" stroke=\"")
                            .append(key.colour()).append("\" stroke-width=\"2.5\"");
                    if (!key.stroke().dashes().isEmpty()) {
                        out.append(" stroke-dasharray=\"").append(key.stroke().dashes()).append('"');
                    }
                    out.append("/>");
                    textX = left + SAMPLE + 6;
                }
                out.append("<text class=\"legend-label\" x=\"").append(num(textX)).append("\" y=\"").append(num(top + SWATCH - 1.5))
                        .append("\" font-size=\"").append(num(Sizing.SMALL_SIZE)).append("\" fill=\"").append(TEXT).append("\">")
                        .append(escape(item.text())).append("</text>\n");
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private void writeLine(StringBuilder out, PlacedLine placed, double dx, double dy) {
        Diagram.Line line = placed.line();
        out.append("<g class=\"edge").append(placed.faint() ? " faint" : "").append("\" data-from=\"").append(escape(line.from()))
                .append("\" data-to=\"").append(escape(line.to())).append("\">");
        out.append("<polyline points=\"");
        for (int i = 0; i < placed.points().size(); i++) {
            Point p = placed.points().get(i);
            out.append(i == 0 ? "" : " ").append(num(p.x() + dx)).append(',').append(num(p.y() + dy));
        }
        out.append("\" fill=\"none\" stroke=\"").append(line.colour()).append("\" stroke-width=\"").append(placed.faint() ? "1" : "1.6")
                .append('"');
        if (placed.faint()) {
            out.append(" stroke-opacity=\"0.5\"");
        }
        if (!line.stroke().dashes().isEmpty()) {
            out.append(" stroke-dasharray=\"").append(line.stroke().dashes()).append('"');
        }
        String marker = marker(line.colour());
        if (placed.arrowAtEnd()) {
            out.append(" marker-end=\"url(#").append(marker).append(")\"");
        }
        if (placed.arrowAtStart()) {
            out.append(" marker-start=\"url(#").append(marker).append("-back)\"");
        }
        out.append("/>");
        LabelBox label = placed.label();
        if (label != null) {
            out.append("<rect x=\"").append(num(label.x() + dx)).append("\" y=\"").append(num(label.y() + dy)).append("\" width=\"")
                    .append(num(label.w())).append("\" height=\"").append(num(label.h())).append("\" fill=\"").append(BACKGROUND)
                    .append("\" fill-opacity=\"0.9\"/>");
            double baseline = label.y() + dy + (label.h() - sizing.metrics().ascent(Sizing.SMALL_SIZE)
                    - sizing.metrics().descent(Sizing.SMALL_SIZE)) / 2 + sizing.metrics().ascent(Sizing.SMALL_SIZE);
            out.append("<text class=\"edge-label\" x=\"").append(num(label.x() + dx + label.w() / 2)).append("\" y=\"").append(num(baseline))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(Sizing.SMALL_SIZE)).append("\" fill=\"")
                    .append(LABEL_TEXT).append("\">").append(escape(label.text())).append("</text>");
        }
        out.append("</g>\n");
    }

    private void writeBox(StringBuilder out, PlacedBox placed, double dx, double dy) {
        Diagram.Box box = placed.box();
        out.append("<g class=\"node\" data-id=\"").append(escape(box.key())).append('"');
        if (box.kind() != null) {
            out.append(" data-label=\"").append(escape(box.kind())).append('"');
        }
        if (box.role() != Diagram.Role.ENTITY) {
            out.append(" data-role=\"").append(box.role().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        out.append('>');
        String shown = String.join(" ", placed.text().stream().filter(t -> !t.note()).map(TextLine::text).toList());
        String tip = !box.tooltip().isEmpty() ? box.tooltip() : shown.equals(box.name()) ? "" : box.name();
        if (!tip.isEmpty()) {
            out.append("<title>").append(escape(tip)).append("</title>");
        }
        double radius = box.role() == Diagram.Role.GROUP ? Math.min(placed.h() / 2, 12) : 6;
        out.append("<rect x=\"").append(num(placed.x() + dx)).append("\" y=\"").append(num(placed.y() + dy)).append("\" width=\"")
                .append(num(placed.w())).append("\" height=\"").append(num(placed.h())).append("\" rx=\"").append(num(radius))
                .append("\" ry=\"").append(num(radius)).append("\" fill=\"").append(box.paint().fill()).append("\" stroke=\"")
                .append(box.paint().border()).append("\" stroke-width=\"1.5\"");
        if (box.role() == Diagram.Role.MORE) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>");
        double[] baselines = sizing.baselines(placed.text(), placed.y() + dy);
        for (int i = 0; i < placed.text().size(); i++) {
            TextLine line = placed.text().get(i);
            out.append("<text class=\"node-label").append(line.note() ? " node-note" : "").append("\" x=\"")
                    .append(num(placed.x() + dx + placed.w() / 2)).append("\" y=\"").append(num(baselines[i]))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(line.size())).append("\" fill=\"")
                    .append(box.paint().text()).append("\">").append(escape(line.text())).append("</text>");
        }
        out.append("</g>\n");
    }

    /** The title, the summary, what is drawn in words and what was left out. */
    private static String description(Diagram diagram, Placement placement) {
        StringBuilder desc = new StringBuilder(diagram.summary().strip());
        if (!desc.isEmpty() && !desc.toString().endsWith(".")) {
            desc.append('.');
        }
        long entities = placement.boxes().stream().filter(b -> b.box().role() == Diagram.Role.ENTITY).count();
        List<String> facts = placement.facts().stream().filter(f -> f != null && !f.isBlank()).distinct().toList();
        desc.append(desc.isEmpty() ? "" : " ").append("Shows ").append(entities).append(entities == 1 ? " entity" : " entities")
                .append(" and ").append(facts.size()).append(facts.size() == 1 ? " relationship" : " relationships");
        if (!facts.isEmpty()) {
            desc.append(": ").append(String.join("; ", facts.subList(0, Math.min(MOST_FACTS, facts.size()))));
            if (facts.size() > MOST_FACTS) {
                desc.append("; and ").append(facts.size() - MOST_FACTS).append(" more");
            }
        }
        desc.append('.');
        for (String left : placement.hidden()) {
            desc.append(' ').append(left).append('.');
        }
        return desc.toString();
    }

    private static String marker(Colour colour) {
        return "cg-arrow-" + colour.hex().substring(1);
    }

    /** A coordinate with at most one decimal, never in exponent notation, the same on every locale. */
    public static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** Text safe inside an element or a double-quoted attribute; characters XML 1.0 forbids are dropped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
