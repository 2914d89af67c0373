package org.corridorgraph.render;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.query.QueryResult;
import org.corridorgraph.seed.Schema;

/**
 * The nodes, links and paths of a result as a Mermaid flowchart, from the same {@link GraphPicture}
 * the SVG draws: each node once (by id), each edge once (by ends and label), a route in travel
 * order, nodes coloured by their first label as everywhere else.
 */
final class MermaidRenderer implements Renderer {
    private static final String INDENT = "    ";

    private final Schema schema;

    /** @param schema colours each node by its label's style */
    MermaidRenderer(Schema schema) {
        this.schema = schema;
    }

    @Override
    public String format() {
        return "mermaid";
    }

    @Override
    public String mediaType() {
        return "text/vnd.mermaid";
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
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (GraphPicture.Node node : picture.nodes()) {
            out.append(INDENT).append(id(node.key(), ids, used)).append("[\"").append(quoted(node.name())).append("\"]");
            if (node.kind() != null) {
                out.append(":::").append(classes.computeIfAbsent(node.kind(), MermaidRenderer::className));
            }
            out.append('\n');
        }
        for (GraphPicture.Edge edge : picture.edges()) {
            // a stated relationship walked backwards by a path keeps its own direction
            String from = id(edge.backwards() ? edge.to() : edge.from(), ids, used);
            String to = id(edge.backwards() ? edge.from() : edge.to(), ids, used);
            String label = quoted(edge.label());
            out.append(INDENT).append(label.isEmpty() ? from + " --> " + to : from + " -->|\"" + label + "\"| " + to).append('\n');
        }
        classes.forEach((label, className) -> out.append(INDENT).append("classDef ").append(className)
                .append(" fill:").append(schema.style(label).fill()).append(",stroke:").append(schema.style(label).border()).append('\n'));
        return out.toString();
    }

    /** A Mermaid id for a node key: letters, digits and underscores, prefixed so no id is a keyword, and unique. */
    private static String id(String key, Map<String, String> ids, Set<String> used) {
        return ids.computeIfAbsent(key, k -> {
            String base = "n_" + k.replaceAll("[^A-Za-z0-9_]", "_");
            String candidate = base;
            for (int i = 2; !used.add(candidate); i++) {
                candidate = base + "_" + i;
            }
            return candidate;
        });
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
