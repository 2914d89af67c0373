package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into the plain values of {@link Rows}. */
final class BoltValues {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final ResultNodes nodes = new ResultNodes();

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
        return nodes.node(n.elementId(), n.labels(), k -> n.containsKey(k) ? n.get(k).asObject() : null);
    }

    private GraphLink link(Relationship r) {
        return nodes.link(r.startNodeElementId(), r.endNodeElementId(), r.type(),
                r.containsKey("carrierName") ? r.get("carrierName").asString() : null);
    }
}
