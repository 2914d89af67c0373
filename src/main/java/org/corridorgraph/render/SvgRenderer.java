package org.corridorgraph.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.query.QueryResult;
import org.corridorgraph.seed.Schema;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The nodes, links and paths of a result as a standalone SVG picture, laid out left to right by Eclipse
 * ELK's layered algorithm: every position and edge route comes from ELK. Each node is drawn once (by
 * id) as a rounded box coloured by its label (its style in the schema), each edge once (by ends and label)
 * with an arrowhead and its label; a path's edges point from stop to stop in path order. A legend of
 * the labels shown sits in the bottom-left corner.
 *
 * <p>Stateless: every call builds and lays out its own ELK graph, so concurrent calls are safe. ELK's
 * layered algorithm is seeded, so the same result always gives the same text.
 */
final class SvgRenderer implements Renderer {
    static final String LAYERED = LayeredOptions.ALGORITHM_ID;

    private static final double FONT_SIZE = 12;
    private static final double CHAR_WIDTH = 7; // average width of a 12px sans-serif character
    private static final double EDGE_FONT_SIZE = 11;
    private static final double EDGE_CHAR_WIDTH = 6.5;
    private static final double NODE_HEIGHT = 32;
    private static final double NODE_PAD_X = 12;
    private static final double MIN_NODE_WIDTH = 48;
    private static final int MAX_NAME_CHARS = 48;
    private static final double EDGE_LABEL_HEIGHT = 14;
    private static final double PADDING = 16;
    private static final double LEGEND_ROW = 20;
    private static final double LEGEND_SWATCH = 12;
    private static final String EDGE_COLOUR = "#6b7280";
    private static final String TEXT_COLOUR = "#111827";
    private static final String FONT = "Helvetica, Arial, sans-serif";
    private static final String MARKER_ID = "cg-arrow";

    private final Schema schema;

    /** @param schema colours each node by its label's style */
    SvgRenderer(Schema schema) {
        this.schema = schema;
    }

    static {
        // outside Eclipse nothing guarantees the layered algorithm is known: register it once if the
        // service loader has not (class initialisation runs once, under the JVM's lock)
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LAYERED) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String mediaType() {
        return "image/svg+xml";
    }

    @Override
    public boolean drawsGraphs() {
        return true;
    }

    @Override
    public boolean supports(QueryResult result) {
        return result.hasGraph();
    }

    @Override
    public String render(QueryResult result) {
        if (!supports(result)) {
            throw new IllegalArgumentException("the result of " + result.query()
                    + " has no nodes, links or paths to draw; use json, csv or md");
        }
        GraphPicture picture = GraphPicture.of(result);
        Layout layout = layout(picture);
        return svg(result, layout);
    }

    // ---------------------------------------------------------------- layout

    private record PlacedNode(GraphPicture.Node node, String text, double x, double y, double w, double h) {
    }

    private record PlacedEdge(GraphPicture.Edge edge, List<double[]> points, double[] labelBox) {
    }

    private record Layout(List<PlacedNode> nodes, List<PlacedEdge> edges, double width, double height) {
    }

    /** A fresh ELK graph for this picture, laid out by the layered algorithm. */
    private static Layout layout(GraphPicture picture) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LAYERED);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 32.0);

        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (GraphPicture.Node node : picture.nodes()) {
            String text = shortened(node.name());
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.key());
            elk.setDimensions(Math.max(MIN_NODE_WIDTH, Math.ceil(textWidth(text, CHAR_WIDTH)) + 2 * NODE_PAD_X), NODE_HEIGHT);
            elkNodes.put(node.key(), elk);
            texts.put(node.key(), text);
        }
        Map<GraphPicture.Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (GraphPicture.Edge edge : picture.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
            if (elk.getContainingNode() == null) {
                root.getContainedEdges().add(elk);
            }
            if (!edge.label().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
                label.setDimensions(Math.ceil(textWidth(edge.label(), EDGE_CHAR_WIDTH)) + 6, EDGE_LABEL_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            elkEdges.put(edge, elk);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<PlacedNode> nodes = new ArrayList<>();
        for (GraphPicture.Node node : picture.nodes()) {
            ElkNode elk = elkNodes.get(node.key());
            nodes.add(new PlacedNode(node, texts.get(node.key()), elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        List<PlacedEdge> edges = new ArrayList<>();
        elkEdges.forEach((edge, elk) -> {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection section : elk.getSections()) {
                points.add(new double[] {section.getStartX(), section.getStartY()});
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new double[] {bend.getX(), bend.getY()});
                }
                points.add(new double[] {section.getEndX(), section.getEndY()});
            }
            double[] labelBox = null;
            if (!elk.getLabels().isEmpty()) {
                ElkLabel label = elk.getLabels().get(0);
                labelBox = new double[] {label.getX(), label.getY(), label.getWidth(), label.getHeight()};
                if (label.getX() == 0 && label.getY() == 0 && points.size() >= 2) {
                    double[] mid = midpoint(points); // ELK left it unplaced: centre it on the edge
                    labelBox[0] = mid[0] - label.getWidth() / 2;
                    labelBox[1] = mid[1] - label.getHeight() / 2;
                }
            }
            edges.add(new PlacedEdge(edge, points, labelBox));
        });
        return new Layout(nodes, edges, root.getWidth(), root.getHeight());
    }

    /** The point halfway along a polyline. */
    private static double[] midpoint(List<double[]> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        double left = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (length >= left && length > 0) {
                double t = left / length;
                return new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
            }
            left -= length;
        }
        return points.get(points.size() - 1);
    }

    // ---------------------------------------------------------------- SVG

    private String svg(QueryResult result, Layout layout) {
        Set<String> kinds = new LinkedHashSet<>();
        for (PlacedNode node : layout.nodes()) {
            if (node.node().kind() != null) {
                kinds.add(node.node().kind());
            }
        }
        double width = Math.max(layout.width(), 160);
        List<double[]> legendSpots = new ArrayList<>();
        double legendX = PADDING;
        double legendY = 0;
        for (String kind : kinds) {
            double itemWidth = LEGEND_SWATCH + 6 + textWidth(kind, CHAR_WIDTH) + 16;
            if (legendX > PADDING && legendX + itemWidth > width - PADDING) {
                legendX = PADDING;
                legendY += LEGEND_ROW;
            }
            legendSpots.add(new double[] {legendX, legendY});
            legendX += itemWidth;
            width = Math.max(width, legendX + PADDING);
        }
        double legendTop = layout.height();
        double height = layout.height() + (kinds.isEmpty() ? 0 : legendY + LEGEND_ROW + PADDING / 2);

        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"").append(num(FONT_SIZE)).append("\">\n");
        out.append("<title>").append(escape(result.query())).append("</title>\n");
        if (result.description() != null && !result.description().isBlank()) {
            out.append("<desc>").append(escape(result.description())).append("</desc>\n");
        }
        out.append("<defs><marker id=\"").append(MARKER_ID).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(EDGE_COLOUR).append("\"/></marker>")
                .append("<marker id=\"").append(MARKER_ID).append("-back\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(EDGE_COLOUR).append("\"/></marker></defs>\n");
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" fill=\"#ffffff\"/>\n");

        out.append("<g class=\"edges\">\n");
        for (PlacedEdge edge : layout.edges()) {
            out.append("<g class=\"edge\" data-from=\"").append(escape(edge.edge().from()))
                    .append("\" data-to=\"").append(escape(edge.edge().to())).append("\">");
            out.append("<polyline points=\"");
            for (int i = 0; i < edge.points().size(); i++) {
                double[] p = edge.points().get(i);
                out.append(i == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
            }
            out.append("\" fill=\"none\" stroke=\"").append(EDGE_COLOUR).append("\" stroke-width=\"1.5\" ")
                    .append(edge.edge().backwards() ? "marker-start=\"url(#" + MARKER_ID + "-back)\"" : "marker-end=\"url(#" + MARKER_ID + ")\"")
                    .append("/>");
            if (edge.labelBox() != null) {
                double[] box = edge.labelBox();
                out.append("<rect x=\"").append(num(box[0])).append("\" y=\"").append(num(box[1]))
                        .append("\" width=\"").append(num(box[2])).append("\" height=\"").append(num(box[3]))
                        .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
                out.append("<text class=\"edge-label\" x=\"").append(num(box[0] + box[2] / 2))
                        .append("\" y=\"").append(num(box[1] + box[3] / 2 + EDGE_FONT_SIZE * 0.35))
                        .append("\" text-anchor=\"middle\" font-size=\"").append(num(EDGE_FONT_SIZE))
                        .append("\" fill=\"#374151\">").append(escape(edge.edge().label())).append("</text>");
            }
            out.append("</g>\n");
        }
        out.append("</g>\n");

        out.append("<g class=\"nodes\">\n");
        for (PlacedNode node : layout.nodes()) {
            String kind = node.node().kind();
            out.append("<g class=\"node\" data-id=\"").append(escape(node.node().key())).append('"');
            if (kind != null) {
                out.append(" data-label=\"").append(escape(kind)).append('"');
            }
            out.append('>');
            if (!node.text().equals(node.node().name())) {
                out.append("<title>").append(escape(node.node().name())).append("</title>");
            }
            out.append("<rect x=\"").append(num(node.x())).append("\" y=\"").append(num(node.y()))
                    .append("\" width=\"").append(num(node.w())).append("\" height=\"").append(num(node.h()))
                    .append("\" rx=\"6\" ry=\"6\" fill=\"").append(schema.style(kind).fill())
                    .append("\" stroke=\"").append(schema.style(kind).border()).append("\" stroke-width=\"1.5\"/>");
            out.append("<text x=\"").append(num(node.x() + node.w() / 2)).append("\" y=\"")
                    .append(num(node.y() + node.h() / 2 + FONT_SIZE * 0.35))
                    .append("\" text-anchor=\"middle\" fill=\"").append(schema.style(kind).text()).append("\">")
                    .append(escape(node.text())).append("</text>");
            out.append("</g>\n");
        }
        out.append("</g>\n");

        if (!kinds.isEmpty()) {
            out.append("<g class=\"legend\" transform=\"translate(0,").append(num(legendTop)).append(")\">\n");
            int i = 0;
            for (String kind : kinds) {
                double[] spot = legendSpots.get(i++);
                out.append("<rect x=\"").append(num(spot[0])).append("\" y=\"").append(num(spot[1] + 4))
                        .append("\" width=\"").append(num(LEGEND_SWATCH)).append("\" height=\"").append(num(LEGEND_SWATCH))
                        .append("\" rx=\"2\" ry=\"2\" fill=\"").append(schema.style(kind).fill())
                        .append("\" stroke=\"").append(schema.style(kind).border()).append("\"/>");
                out.append("<text x=\"").append(num(spot[0] + LEGEND_SWATCH + 6)).append("\" y=\"")
                        .append(num(spot[1] + 4 + LEGEND_SWATCH - 2)).append("\" fill=\"").append(TEXT_COLOUR).append("\">")
                        .append(escape(kind)).append("</text>\n");
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    /** Long names are cut with an ellipsis so boxes stay readable; the full name goes in a tooltip. */
    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_NAME_CHARS) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_NAME_CHARS - 1)) + "…";
    }

    private static double textWidth(String text, double charWidth) {
        return text.codePointCount(0, text.length()) * charWidth;
    }

    /** A coordinate with at most one decimal, never in exponent notation, the same on every locale. */
    static String num(double value) {
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
    static String escape(String text) {
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
