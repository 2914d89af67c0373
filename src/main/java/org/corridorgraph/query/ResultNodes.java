package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The nodes seen in one result row, by element id, so a relationship on its own can name its ends
 * by their stable ids; both read paths name nodes the same way.
 */
final class ResultNodes {
    private final Map<String, GraphNode> nodes = new HashMap<>();

    /** @param property a node property by key, null when absent */
    GraphNode node(String elementId, Iterable<String> labels, Function<String, Object> property) {
        return nodes.computeIfAbsent(elementId, k -> {
            List<String> kept = new ArrayList<>();
            labels.forEach(l -> {
                if (!"Entity".equals(l)) {
                    kept.add(l);
                }
            });
            Object id = property.apply("id");
            Object name = property.apply("name");
            Object text = property.apply("text");
            String stable = id != null ? id.toString() : elementId;
            return new GraphNode(stable, name != null ? name.toString() : text != null ? text.toString() : stable, List.copyOf(kept));
        });
    }

    GraphLink link(String startElementId, String endElementId, String type, Object carrierName) {
        return new GraphLink(endpoint(startElementId), endpoint(endElementId), type, carrierName != null ? carrierName.toString() : type);
    }

    private String endpoint(String elementId) {
        GraphNode known = nodes.get(elementId);
        return known == null ? elementId : known.id();
    }
}
