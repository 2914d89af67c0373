package org.corridorgraph.render.picture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.render.picture.Diagram.Box;
import org.corridorgraph.render.picture.Diagram.Line;
import org.corridorgraph.render.picture.Placement.PlacedBox;
import org.corridorgraph.render.picture.Placement.PlacedLine;
import org.corridorgraph.render.picture.Placement.Point;
import org.corridorgraph.render.picture.Placement.TextLine;
import org.eclipse.elk.alg.radial.options.RadialMetaDataProvider;
import org.eclipse.elk.alg.radial.options.RadialOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The centre in the middle and everything it reaches around it, by ELK's radial algorithm on a
 * tree: centre, then one small box per relationship type (and direction) it has, then the
 * entities of that type, and so on outwards. A group with more entities than fit shows some and
 * one box with the count of the rest ("12 more via MEMBER_OF"); entities too far out to draw
 * carry the count of those beyond them. Lines the tree does not follow are drawn faint and
 * straight. Positions come from ELK; this class only chooses what to draw, trying smaller groups
 * and fewer rings until the picture fits a page without overlapping boxes.
 */
final class RadialLayout {
    static final String ALGORITHM = RadialOptions.ALGORITHM_ID;
    private static final double FIT_HEIGHT = 1.5 * Sizing.PAGE_WIDTH;
    /**
     * (largest group shown in full, rings of entities, most groups around one entity): tried in
     * turn until one fits the page.
     */
    private static final int[][] BUDGETS = {{9, 3, 12}, {7, 3, 10}, {6, 2, 10}, {5, 2, 8}, {4, 2, 8}, {6, 1, 12}, {5, 1, 10},
            {4, 1, 8}, {3, 1, 8}, {3, 1, 6}, {2, 1, 5}};
    /** Distances between rings to try, px: tight first; 0 lets ELK take the largest box. */
    private static final double[] RINGS = {110, 170, 0};
    private static final Colour GROUP_FILL = Colour.of("#f3f4f6");
    private static final Colour GROUP_BORDER = Colour.of("#9ca3af");
    private static final Colour MORE_FILL = Colour.of("#ffffff");

    static {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(ALGORITHM) == null) {
            service.registerLayoutMetaDataProviders(new RadialMetaDataProvider());
        }
    }

    private final Sizing sizing;

    RadialLayout(Sizing sizing) {
        this.sizing = sizing;
    }

    /** An edge of the tree: reached {@code child} from {@code parent} over {@code line}. */
    private record Step(String parent, String child, Line line, boolean outward) {
        String group() {
            return parent + '\u0000' + line.label() + '\u0000' + outward;
        }
    }

    /** Null when the diagram has no centre that reaches every box: a layered picture draws it then. */
    Placement place(Diagram diagram) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        diagram.boxes().forEach(b -> boxes.put(b.key(), b));
        String centre = centre(diagram, boxes);
        if (centre == null || boxes.size() < 2) {
            return null;
        }
        Map<String, List<Step>> children = new LinkedHashMap<>();
        Map<String, Integer> ring = new HashMap<>();
        Set<Line> treeLines = new HashSet<>();
        ring.put(centre, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(centre));
        Map<String, List<Line>> touching = new LinkedHashMap<>();
        for (Line line : diagram.lines()) {
            if (!line.from().equals(line.to())) {
                touching.computeIfAbsent(line.from(), k -> new ArrayList<>()).add(line);
                touching.computeIfAbsent(line.to(), k -> new ArrayList<>()).add(line);
            }
        }
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (Line line : touching.getOrDefault(at, List.of())) {
                String other = line.from().equals(at) ? line.to() : line.from();
                if (ring.containsKey(other)) {
                    continue;
                }
                ring.put(other, ring.get(at) + 1);
                String source = line.backwards() ? line.to() : line.from();
                children.computeIfAbsent(at, k -> new ArrayList<>()).add(new Step(at, other, line, source.equals(at)));
                treeLines.add(line);
                queue.addLast(other);
            }
        }
        if (ring.size() < boxes.size()) {
            return null;
        }
        Placement last = null;
        for (int[] budget : BUDGETS) {
            for (double distance : RINGS) {
                last = attempt(diagram, boxes, centre, children, treeLines, budget[0], budget[1], budget[2], distance);
                if (fits(last)) {
                    return last;
                }
            }
        }
        return last;
    }

    private static boolean fits(Placement placement) {
        if (placement.width() > Sizing.PAGE_WIDTH || placement.height() > FIT_HEIGHT) {
            return false;
        }
        List<PlacedBox> all = placement.boxes();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j), 2)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The box the diagram names, else the one with the most lines. */
    private static String centre(Diagram diagram, Map<String, Box> boxes) {
        if (diagram.centre() != null && boxes.containsKey(diagram.centre())) {
            return diagram.centre();
        }
        Map<String, Integer> degree = new HashMap<>();
        for (Line line : diagram.lines()) {
            degree.merge(line.from(), 1, Integer::sum);
            degree.merge(line.to(), 1, Integer::sum);
        }
        String best = null;
        for (String key : boxes.keySet()) {
            if (best == null || degree.getOrDefault(key, 0) > degree.getOrDefault(best, 0)) {
                best = key;
            }
        }
        return best;
    }

    /** What one budget draws, and where ELK puts it. */
    private Placement attempt(Diagram diagram, Map<String, Box> boxes, String centre, Map<String, List<Step>> children,
                              Set<Line> treeLines, int perGroup, int rings, int mostGroups, double ringDistance) {
        List<Box> drawn = new ArrayList<>();
        List<String[]> tree = new ArrayList<>(); // parent key, child key
        Map<String, Line> viaLine = new HashMap<>();
        Map<String, Boolean> outwardOf = new HashMap<>();
        List<String> facts = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        Set<String> shown = new HashSet<>();

        drawn.add(boxes.get(centre));
        shown.add(centre);
        Deque<String[]> queue = new ArrayDeque<>(); // key, ring
        queue.add(new String[] {centre, "0"});
        while (!queue.isEmpty()) {
            String[] item = queue.removeFirst();
            String at = item[0];
            int depth = Integer.parseInt(item[1]);
            List<Step> steps = children.getOrDefault(at, List.of());
            if (steps.isEmpty()) {
                continue;
            }
            if (depth >= rings) {
                int beyond = descendants(at, children);
                Box box = boxes.get(at);
                int index = drawn.indexOf(box);
                drawn.set(index, box.withNote("+" + beyond + " further"));
                hidden.add(beyond + " entities beyond " + box.name() + " are not drawn");
                continue;
            }
            Map<String, List<Step>> byType = new LinkedHashMap<>();
            steps.forEach(s -> byType.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s));
            List<List<Step>> groups = new ArrayList<>(byType.values());
            if (groups.size() > mostGroups) {
                // the largest groups keep their place; the rest become one box that counts them
                List<List<Step>> largest = new ArrayList<>(groups);
                largest.sort((a, b) -> Integer.compare(b.size(), a.size()));
                Set<List<Step>> kept = new HashSet<>(largest.subList(0, mostGroups - 1));
                List<String> types = new ArrayList<>();
                int left = 0;
                for (List<Step> group : groups) {
                    if (!kept.contains(group)) {
                        left += group.size();
                        types.add(typeOf(group.get(0)) + " (" + group.stream().map(st -> boxes.get(st.child()).name())
                                .reduce((a, b) -> a + ", " + b).orElse("") + ")");
                    }
                }
                groups.removeIf(g -> !kept.contains(g));
                String moreKey = "more:" + at;
                drawn.add(new Box(moreKey, left + " more of " + types.size() + " other types", null,
                        new Diagram.Paint(MORE_FILL, GROUP_BORDER, Colour.DARK), Diagram.Role.MORE, Diagram.Side.ANY, "",
                        String.join("; ", types)));
                tree.add(new String[] {at, moreKey});
                hidden.add(left + " more relationships of " + boxes.get(at).name() + ", of " + types.size() + " other types: "
                        + String.join("; ", types));
            }
            for (List<Step> group : groups) {
                Step first = group.get(0);
                String type = typeOf(first);
                String groupKey = "group:" + first.group();
                String groupName = (first.outward() ? type + " →" : "← " + type) + (group.size() > 1 ? " (" + group.size() + ")" : "");
                drawn.add(new Box(groupKey, groupName, null, new Diagram.Paint(GROUP_FILL, GROUP_BORDER, Colour.DARK),
                        Diagram.Role.GROUP, Diagram.Side.ANY, "", ""));
                tree.add(new String[] {at, groupKey});
                int showing = group.size() <= perGroup ? group.size() : Math.max(1, perGroup - 1);
                for (int i = 0; i < showing; i++) {
                    Step step = group.get(i);
                    drawn.add(boxes.get(step.child()));
                    shown.add(step.child());
                    tree.add(new String[] {groupKey, step.child()});
                    viaLine.put(step.child(), step.line());
                    outwardOf.put(step.child(), step.outward());
                    facts.add(step.line().says());
                    queue.addLast(new String[] {step.child(), String.valueOf(depth + 1)});
                }
                if (showing < group.size()) {
                    List<String> names = new ArrayList<>();
                    int count = 0;
                    for (Step step : group.subList(showing, group.size())) {
                        names.add(boxes.get(step.child()).name());
                        count += 1 + descendants(step.child(), children);
                    }
                    String moreKey = "more:" + first.group();
                    int left = group.size() - showing;
                    drawn.add(new Box(moreKey, left + " more via " + type, null,
                            new Diagram.Paint(MORE_FILL, GROUP_BORDER, Colour.DARK), Diagram.Role.MORE, Diagram.Side.ANY, "",
                            String.join(", ", names)));
                    tree.add(new String[] {groupKey, moreKey});
                    hidden.add(left + " more via " + type + " from " + boxes.get(at).name() + ": " + String.join(", ", names)
                            + (count > left ? " (" + (count - left) + " further out)" : ""));
                }
            }
        }

        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(Sizing.MARGIN));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(RadialOptions.RADIUS, ringDistance);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, List<TextLine>> texts = new HashMap<>();
        for (Box box : drawn) {
            List<TextLine> text = sizing.text(box);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.key());
            node.setDimensions(sizing.width(text), sizing.height(text));
            nodes.put(box.key(), node);
            texts.put(box.key(), text);
        }
        for (String[] edge : tree) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(nodes.get(edge[0]), nodes.get(edge[1]));
            if (elk.getContainingNode() == null) {
                root.getContainedEdges().add(elk);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        // the centre in the middle of a canvas that holds every box: ELK's own graph size does not always
        ElkNode middle = nodes.get(centre);
        double cx = middle.getX() + middle.getWidth() / 2;
        double cy = middle.getY() + middle.getHeight() / 2;
        double reachX = 0;
        double reachY = 0;
        for (ElkNode node : nodes.values()) {
            reachX = Math.max(reachX, Math.max(Math.abs(node.getX() - cx), Math.abs(node.getX() + node.getWidth() - cx)));
            reachY = Math.max(reachY, Math.max(Math.abs(node.getY() - cy), Math.abs(node.getY() + node.getHeight() - cy)));
        }
        double shiftX = Sizing.MARGIN + reachX - cx;
        double shiftY = Sizing.MARGIN + reachY - cy;
        Map<String, PlacedBox> placed = new LinkedHashMap<>();
        for (Box box : drawn) {
            ElkNode node = nodes.get(box.key());
            placed.put(box.key(), new PlacedBox(box, texts.get(box.key()), node.getX() + shiftX, node.getY() + shiftY, node.getWidth(),
                    node.getHeight()));
        }
        List<PlacedLine> lines = new ArrayList<>();
        for (String[] edge : tree) {
            PlacedBox from = placed.get(edge[0]);
            PlacedBox to = placed.get(edge[1]);
            Line via = viaLine.get(edge[1]);
            boolean toEntity = via != null && edge[0].startsWith("group:");
            Line drawnLine = toEntity ? via : new Line(edge[0], edge[1], "", Diagram.Stroke.SOLID, GROUP_BORDER, false, "");
            boolean outward = outwardOf.getOrDefault(edge[1], true);
            lines.add(new PlacedLine(drawnLine, straight(from, to), null, toEntity && outward, toEntity && !outward, false));
        }
        for (Line line : diagram.lines()) {
            if (line.from().equals(line.to()) && shown.contains(line.from())) {
                facts.add(line.says()); // a loop says something of one box: told, not drawn
            } else if (!treeLines.contains(line) && shown.contains(line.from()) && shown.contains(line.to())) {
                lines.add(new PlacedLine(line, straight(placed.get(line.from()), placed.get(line.to())), null,
                        !line.backwards(), line.backwards(), true));
                facts.add(line.says());
            }
        }
        return new Placement(2 * (reachX + Sizing.MARGIN), 2 * (reachY + Sizing.MARGIN), List.copyOf(placed.values()), lines, facts,
                hidden);
    }

    private static String typeOf(Step step) {
        return step.line().label().isEmpty() ? "related" : step.line().label();
    }

    private static List<Point> straight(PlacedBox from, PlacedBox to) {
        return List.of(from.borderToward(to.centreX(), to.centreY()), to.borderToward(from.centreX(), from.centreY()));
    }

    private static int descendants(String key, Map<String, List<Step>> children) {
        int count = 0;
        for (Step step : children.getOrDefault(key, List.of())) {
            count += 1 + descendants(step.child(), children);
        }
        return count;
    }
}
