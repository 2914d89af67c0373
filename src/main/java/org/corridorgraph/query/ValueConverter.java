package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into the plain values a {@link QueryResult} holds. */
final class ValueConverter {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    /** Node element ids seen in the current record, so standalone relationships can name their ends. */
    private final Map<String, GraphNode> nodes = new HashMap<>();

    Object convert(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(TYPES.PATH())) {
            Path path = value.asPath();
            List<GraphNode> pathNodes = new ArrayList<>();
            path.nodes().forEach(n -> pathNodes.add(node(n)));
            List<GraphLink> links = new ArrayList<>();
            path.relationships().forEach(r -> links.add(link(r)));
            return new GraphPath(List.copyOf(pathNodes), List.copyOf(links));
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return link(value.asRelationship());
        }
        if (value.hasType(TYPES.LIST())) {
            List<Object> list = new ArrayList<>();
            value.values().forEach(v -> list.add(convert(v)));
            return list;
        }
        if (value.hasType(TYPES.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.keys().forEach(k -> map.put(k, convert(value.get(k))));
            return map;
        }
        if (value.hasType(TYPES.INTEGER())) {
            return value.asLong();
        }
        return value.asObject();
    }

    private GraphNode node(Node n) {
        return nodes.computeIfAbsent(n.elementId(), k -> {
            List<String> labels = new ArrayList<>();
            n.labels().forEach(l -> {
                if (!"Entity".equals(l)) {
                    labels.add(l);
                }
            });
            String id = n.containsKey("id") ? n.get("id").asString() : n.elementId();
            String name = n.containsKey("name") ? n.get("name").asString()
                    : n.containsKey("text") ? n.get("text").asString() : id;
            return new GraphNode(id, name, List.copyOf(labels));
        });
    }

    private GraphLink link(Relationship r) {
        String label = r.containsKey("carrierName") ? r.get("carrierName").asString() : r.type();
        return new GraphLink(endpoint(r.startNodeElementId()), endpoint(r.endNodeElementId()), r.type(), label);
    }

    private String endpoint(String elementId) {
        GraphNode known = nodes.get(elementId);
        return known == null ? elementId : known.id();
    }
}
