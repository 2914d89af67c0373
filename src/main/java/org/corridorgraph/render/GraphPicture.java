package org.corridorgraph.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryResult;

/**
 * The nodes and edges of one result, each once, in the order the rows give them: nodes by id, edges by
 * their ends and label. A path's links point along the path (stop i to stop i + 1) whatever way the
 * relationship is stored, so a route reads from its first stop to its last. Built once per render.
 */
final class GraphPicture {
    /** The generic label every entity carries says nothing about its kind. */
    private static final String GENERIC_LABEL = "Entity";

    /** A node to draw; {@code kind} is the label that colours it, null when it has none. */
    record Node(String key, String name, String kind) {
    }

    /**
     * An edge to draw, from one node key to another. {@code backwards} marks a relationship that
     * points against the path it was drawn along: the layout follows the path, the arrow the truth.
     */
    record Edge(String from, String to, String label, boolean backwards) {
        Edge(String from, String to, String label) {
            this(from, to, label, false);
        }

        String key() {
            return from + '\u0000' + to + '\u0000' + label;
        }

        String reversedKey() {
            return to + '\u0000' + from + '\u0000' + label;
        }
    }

    /** Derived route relationships: drawn in the order of travel. */
    private static final Set<String> ROUTE_TYPES = Set.of("LEG", "HOP");

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    /** Links outside paths, added after every path so a path's direction wins over a stored one. */
    private final List<GraphLink> looseLinks = new ArrayList<>();
    private final Set<String> pathEdges = new HashSet<>();
    private boolean finished;

    static GraphPicture of(QueryResult result) {
        GraphPicture picture = new GraphPicture();
        for (Map<String, Object> row : result.rows()) {
            for (String column : result.columns()) {
                picture.add(row.get(column));
            }
        }
        picture.finish();
        return picture;
    }

    Collection<Node> nodes() {
        return nodes.values();
    }

    Collection<Edge> edges() {
        return edges.values();
    }

    private void add(Object value) {
        if (value instanceof GraphNode node) {
            addNode(node);
        } else if (value instanceof GraphLink link) {
            looseLinks.add(link);
        } else if (value instanceof GraphPath path) {
            addPath(path);
        } else if (value instanceof List<?> list) {
            list.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(this::add);
        }
    }

    private void addNode(GraphNode node) {
        if (node == null) {
            return;
        }
        String key = key(node);
        nodes.putIfAbsent(key, new Node(key, Cells.name(node), kind(node)));
    }

    /** Stop i to stop i + 1, labelled by the link between them; links matching no pair of stops stay loose. */
    private void addPath(GraphPath path) {
        List<GraphNode> stops = path.nodes() == null ? List.of() : path.nodes();
        List<GraphLink> links = path.links() == null ? List.of() : path.links();
        stops.forEach(this::addNode);
        boolean[] used = new boolean[links.size()];
        for (int i = 0; i + 1 < stops.size(); i++) {
            String from = key(stops.get(i));
            String to = key(stops.get(i + 1));
            int found = -1;
            if (i < links.size() && joins(links.get(i), from, to)) {
                found = i;
            }
            for (int j = 0; found < 0 && j < links.size(); j++) {
                if (!used[j] && joins(links.get(j), from, to)) {
                    found = j;
                }
            }
            if (found < 0 && links.size() == stops.size() - 1 && !used[i]) {
                found = i; // a path's links follow its stops even when their ends are named otherwise
            }
            String label = "";
            boolean backwards = false;
            if (found >= 0) {
                used[found] = true;
                GraphLink link = links.get(found);
                label = Cells.linkLabel(link);
                // route legs read in travel order; a stated relationship keeps its own direction
                backwards = !ROUTE_TYPES.contains(link.type()) && Objects.toString(link.from(), "").equals(to)
                        && !Objects.toString(link.to(), "").equals(to);
            }
            Edge edge = new Edge(from, to, label, backwards);
            edges.putIfAbsent(edge.key(), edge);
            pathEdges.add(edge.key());
        }
        for (int j = 0; j < links.size(); j++) {
            if (!used[j]) {
                looseLinks.add(links.get(j));
            }
        }
    }

    /** Loose links last: their ends become nodes if no column named them, and a link a path drew stays drawn once. */
    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (GraphLink link : looseLinks) {
            if (link == null) {
                continue;
            }
            String from = Objects.toString(link.from(), "");
            String to = Objects.toString(link.to(), "");
            nodes.putIfAbsent(from, new Node(from, from, null));
            nodes.putIfAbsent(to, new Node(to, to, null));
            Edge edge = new Edge(from, to, Cells.linkLabel(link));
            if (!pathEdges.contains(edge.reversedKey())) {
                edges.putIfAbsent(edge.key(), edge);
            }
        }
    }

    private static boolean joins(GraphLink link, String a, String b) {
        if (link == null) {
            return false;
        }
        String from = Objects.toString(link.from(), "");
        String to = Objects.toString(link.to(), "");
        return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
    }

    static String key(GraphNode node) {
        return Objects.toString(node.id() != null ? node.id() : node.name(), "");
    }

    /** The node's first label, passing over the generic one; null without labels. */
    static String kind(GraphNode node) {
        if (node.labels() == null || node.labels().isEmpty()) {
            return null;
        }
        return node.labels().stream().filter(l -> l != null && !GENERIC_LABEL.equals(l)).findFirst().orElse(null);
    }
}
