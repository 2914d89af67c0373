package org.corridorgraph.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryResult;

/**
 * The nodes, links and paths of a result as a Mermaid flowchart. Each node appears once (by id), each
 * edge once (by ends and label); nodes are coloured by their first label. Output depends only on the
 * result, in the order its rows give the values.
 */
final class MermaidRenderer implements Renderer {
    private static final String INDENT = "    ";
    /** The generic label every entity carries says nothing about its kind. */
    private static final String GENERIC_LABEL = "Entity";
    /** fill, stroke: light fills so the default dark text stays readable. */
    private static final String[][] PALETTE = {
            {"#dbeafe", "#1d4ed8"}, {"#dcfce7", "#15803d"}, {"#fef3c7", "#b45309"}, {"#fce7f3", "#be185d"},
            {"#ede9fe", "#6d28d9"}, {"#cffafe", "#0e7490"}, {"#fee2e2", "#b91c1c"}, {"#ecfccb", "#4d7c0f"},
            {"#ffedd5", "#c2410c"}, {"#e0e7ff", "#4338ca"}, {"#f5f5f4", "#57534e"}, {"#ccfbf1", "#0f766e"},
    };

    @Override
    public String format() {
        return "mermaid";
    }

    @Override
    public String mediaType() {
        return "text/vnd.mermaid";
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
        Drawing drawing = new Drawing();
        for (Map<String, Object> row : result.rows()) {
            for (String column : result.columns()) {
                drawing.add(row.get(column));
            }
        }
        return drawing.text();
    }

    /** Collects one result's picture; used once per render. */
    private static final class Drawing {
        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final List<GraphLink> links = new ArrayList<>();
        private final Map<String, String> mermaidIds = new LinkedHashMap<>();
        private final Set<String> usedIds = new LinkedHashSet<>();

        void add(Object value) {
            if (value instanceof GraphNode node) {
                nodes.putIfAbsent(key(node), node);
            } else if (value instanceof GraphLink link) {
                links.add(link);
            } else if (value instanceof GraphPath path) {
                path.nodes().forEach(this::add);
                links.addAll(path.links());
            } else if (value instanceof List<?> list) {
                list.forEach(this::add);
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(this::add);
            }
        }

        String text() {
            // a link may name a node that no column returned: draw it under its id
            for (GraphLink link : links) {
                nodes.putIfAbsent(Objects.toString(link.from(), ""), new GraphNode(link.from(), link.from(), List.of()));
                nodes.putIfAbsent(Objects.toString(link.to(), ""), new GraphNode(link.to(), link.to(), List.of()));
            }
            StringBuilder out = new StringBuilder("flowchart LR\n");
            Map<String, String> classes = new LinkedHashMap<>();
            for (Map.Entry<String, GraphNode> entry : nodes.entrySet()) {
                GraphNode node = entry.getValue();
                out.append(INDENT).append(id(entry.getKey())).append("[\"").append(quoted(Cells.name(node))).append("\"]");
                String label = kind(node);
                if (label != null) {
                    String className = classes.computeIfAbsent(label, MermaidRenderer::className);
                    out.append(":::").append(className);
                }
                out.append('\n');
            }
            Set<String> drawn = new LinkedHashSet<>();
            for (GraphLink link : links) {
                String from = id(Objects.toString(link.from(), ""));
                String to = id(Objects.toString(link.to(), ""));
                String label = quoted(Cells.linkLabel(link));
                String edge = label.isEmpty() ? from + " --> " + to : from + " -->|\"" + label + "\"| " + to;
                if (drawn.add(edge)) {
                    out.append(INDENT).append(edge).append('\n');
                }
            }
            classes.forEach((label, className) -> {
                String[] colour = PALETTE[Math.floorMod(label.hashCode(), PALETTE.length)];
                out.append(INDENT).append("classDef ").append(className)
                        .append(" fill:").append(colour[0]).append(",stroke:").append(colour[1]).append('\n');
            });
            return out.toString();
        }

        /** A Mermaid id for a node id: letters, digits and underscores, prefixed so no id is a keyword, and unique. */
        private String id(String key) {
            return mermaidIds.computeIfAbsent(key, k -> {
                String base = "n_" + k.replaceAll("[^A-Za-z0-9_]", "_");
                String candidate = base;
                for (int i = 2; !usedIds.add(candidate); i++) {
                    candidate = base + "_" + i;
                }
                return candidate;
            });
        }

        private static String key(GraphNode node) {
            return Objects.toString(node.id() != null ? node.id() : node.name(), "");
        }
    }

    /** The node's first label, passing over the generic one when it has another. */
    private static String kind(GraphNode node) {
        if (node.labels() == null || node.labels().isEmpty()) {
            return null;
        }
        return node.labels().stream().filter(l -> !GENERIC_LABEL.equals(l)).findFirst().orElse(node.labels().get(0));
    }

    private static String className(String label) {
        return "c_" + label.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Text inside Mermaid quotes: entity codes for characters Mermaid or HTML would read, one line. */
    static String quoted(String text) {
        return text.replace("#", "#35;")
                .replace("\"", "#quot;")
                .replace("<", "#lt;")
                .replace(">", "#gt;")
                .replaceAll("\r\n|\r|\n", " ");
    }
}
