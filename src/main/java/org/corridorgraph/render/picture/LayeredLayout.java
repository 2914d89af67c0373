package org.corridorgraph.render.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridorgraph.render.picture.Placement.LabelBox;
import org.corridorgraph.render.picture.Placement.PlacedBox;
import org.corridorgraph.render.picture.Placement.PlacedLine;
import org.corridorgraph.render.picture.Placement.Point;
import org.corridorgraph.render.picture.Placement.TextLine;
import org.eclipse.elk.alg.layered.options.CuttingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayerUnzippingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
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
 * Left to right by ELK's layered algorithm. A picture wider than a page is wrapped into rows (ELK's
 * graph wrapping, cut where a row would pass the page width); one much taller than wide has its
 * crowded layers unzipped into several columns. Bipartite pictures keep their two sides in the
 * first and last layers.
 */
final class LayeredLayout {
    static final String ALGORITHM = LayeredOptions.ALGORITHM_ID;
    private static final double TALL = 1.6;
    private static final int MOST_COLUMNS = 6;

    static {
        // outside Eclipse nothing guarantees the algorithm is known: register it once if the service loader has not
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(ALGORITHM) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    private final Sizing sizing;

    LayeredLayout(Sizing sizing) {
        this.sizing = sizing;
    }

    Placement place(Diagram diagram) {
        Placement best = run(diagram, 1, List.of(), null);
        double page = Sizing.PAGE_WIDTH - 2 * Sizing.MARGIN;
        if (best.width() > page) {
            List<Integer> cuts = cuts(best, page);
            Placement wrapped = cuts.isEmpty() ? best : run(diagram, 1, cuts, null);
            for (double ratio = 1.4; wrapped.width() > page && ratio > 0.3; ratio -= 0.35) {
                wrapped = run(diagram, 1, List.of(), ratio);
            }
            if (wrapped.width() < best.width()) {
                best = wrapped;
            }
        }
        for (int columns = 2; columns <= MOST_COLUMNS && best.height() > TALL * best.width(); columns++) {
            Placement unzipped = run(diagram, columns, List.of(), null);
            if (unzipped.width() <= page && unzipped.height() < best.height()) {
                best = unzipped;
            }
        }
        return best;
    }

    /**
     * Layer indices to wrap at so each row fits the page: layers are read off the unwrapped layout
     * as runs of boxes and labels that share their x range (ELK puts edge labels in layers of their own).
     */
    private static List<Integer> cuts(Placement unwrapped, double page) {
        List<double[]> spans = new ArrayList<>();
        unwrapped.boxes().forEach(b -> spans.add(new double[] {b.x(), b.x() + b.w()}));
        unwrapped.lines().stream().filter(l -> l.label() != null)
                .forEach(l -> spans.add(new double[] {l.label().x(), l.label().x() + l.label().w()}));
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> layers = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                layers.add(new double[] {span[0], span[1]});
            }
        }
        List<Integer> cuts = new ArrayList<>();
        double rowStart = layers.isEmpty() ? 0 : layers.get(0)[0];
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i)[1] - rowStart > page - 48) {
                cuts.add(i);
                rowStart = layers.get(i)[0];
            }
        }
        return cuts;
    }

    /** One ELK run: {@code columns} sublayers per crowded layer, manual cuts, or wrapping by aspect ratio. */
    private Placement run(Diagram diagram, int columns, List<Integer> cuts, Double aspectRatio) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(Sizing.MARGIN));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 28.0);
        if (!cuts.isEmpty()) {
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            root.setProperty(LayeredOptions.WRAPPING_CUTTING_STRATEGY, CuttingStrategy.MANUAL);
            root.setProperty(LayeredOptions.WRAPPING_CUTTING_CUTS, List.copyOf(cuts));
        } else if (aspectRatio != null) {
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            root.setProperty(LayeredOptions.WRAPPING_CUTTING_STRATEGY, CuttingStrategy.ARD);
            root.setProperty(LayeredOptions.ASPECT_RATIO, aspectRatio);
        }
        if (columns > 1) {
            root.setProperty(LayeredOptions.LAYER_UNZIPPING_STRATEGY, LayerUnzippingStrategy.ALTERNATING);
        }

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, List<TextLine>> texts = new LinkedHashMap<>();
        for (Diagram.Box box : diagram.boxes()) {
            List<TextLine> text = sizing.text(box);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.key());
            node.setDimensions(sizing.width(text), sizing.height(text));
            if (box.side() == Diagram.Side.FIRST) {
                node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            } else if (box.side() == Diagram.Side.LAST) {
                node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            }
            if (columns > 1) {
                node.setProperty(LayeredOptions.LAYER_UNZIPPING_LAYER_SPLIT, columns);
            }
            nodes.put(box.key(), node);
            texts.put(box.key(), text);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Diagram.Line line : diagram.lines()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(line.from()), nodes.get(line.to()));
            if (edge.getContainingNode() == null) {
                root.getContainedEdges().add(edge);
            }
            if (!line.label().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(line.label(), edge);
                label.setDimensions(sizing.labelWidth(line.label()), sizing.labelHeight());
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.add(edge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<PlacedBox> boxes = new ArrayList<>();
        for (Diagram.Box box : diagram.boxes()) {
            ElkNode node = nodes.get(box.key());
            boxes.add(new PlacedBox(box, texts.get(box.key()), node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
        List<PlacedLine> lines = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < diagram.lines().size(); i++) {
            Diagram.Line line = diagram.lines().get(i);
            ElkEdge edge = edges.get(i);
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(bend.getX(), bend.getY()));
                }
                points.add(new Point(section.getEndX(), section.getEndY()));
            }
            LabelBox label = null;
            if (!edge.getLabels().isEmpty()) {
                ElkLabel l = edge.getLabels().get(0);
                double x = l.getX();
                double y = l.getY();
                if (x == 0 && y == 0 && points.size() >= 2) {
                    Point mid = Placement.midpoint(points); // ELK left it unplaced: centre it on the line
                    x = mid.x() - l.getWidth() / 2;
                    y = mid.y() - l.getHeight() / 2;
                }
                label = new LabelBox(line.label(), x, y, l.getWidth(), l.getHeight());
            }
            lines.add(new PlacedLine(line, points, label, !line.backwards(), line.backwards(), false));
            facts.add(line.says());
        }
        return new Placement(root.getWidth(), root.getHeight(), boxes, lines, facts, List.of());
    }
}
