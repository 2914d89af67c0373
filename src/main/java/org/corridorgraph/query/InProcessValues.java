package org.corridorgraph.query;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/**
 * Turns the embedded API's values into the plain values of {@link Rows}, the same ones
 * {@link BoltValues} makes: list properties come as Java arrays here, and become lists.
 */
final class InProcessValues {
    private final ResultNodes nodes = new ResultNodes();

    Object convert(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Node n) {
            return node(n);
        }
        if (value instanceof Path path) {
            List<GraphNode> pathNodes = new ArrayList<>();
            path.nodes().forEach(n -> pathNodes.add(node(n)));
            List<GraphLink> links = new ArrayList<>();
            path.relationships().forEach(r -> links.add(link(r)));
            return new GraphPath(List.copyOf(pathNodes), List.copyOf(links));
        }
        if (value instanceof Relationship r) {
            return link(r);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(v -> list.add(convert(v)));
            return list;
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(convert(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), convert(v)));
            return out;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    private GraphNode node(Node n) {
        List<String> labels = new ArrayList<>();
        for (Label l : n.getLabels()) {
            labels.add(l.name());
        }
        return nodes.node(n.getElementId(), labels, k -> n.getProperty(k, null));
    }

    private GraphLink link(Relationship r) {
        return nodes.link(r.getStartNode().getElementId(), r.getEndNode().getElementId(), r.getType().name(),
                r.getProperty("carrierName", null));
    }
}
