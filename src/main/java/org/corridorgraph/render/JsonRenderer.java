package org.corridorgraph.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.query.CitationNumbers;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryResult;

/**
 * The whole result as one JSON object, a {@link JsonAnswer}. Dates read yyyy-mm-dd; nodes, links
 * and paths become small objects; a row's citations, the numbers of the answer's citations.
 */
final class JsonRenderer implements Renderer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    JsonRenderer(ObjectMapper mapper) {
        this(mapper, false);
    }

    /** Indented for people reading a terminal or a file; compact for the API, where bytes cost both ends CPU. */
    JsonRenderer(ObjectMapper mapper, boolean indented) {
        this.mapper = mapper;
        this.writer = indented ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public boolean supports(QueryResult result) {
        return true;
    }

    @Override
    public String render(QueryResult result) {
        try {
            return writer.writeValueAsString(tree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.query() + " as JSON", e);
        }
    }

    private JsonAnswer tree(QueryResult result) {
        List<ObjectNode> rows = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            ObjectNode object = NODES.objectNode();
            for (String column : result.columns()) {
                object.set(column, value(row.get(column)));
            }
            rows.add(object);
        }
        return new JsonAnswer(result.query(), result.description(), value(result.params()), result.columns(), rows, result.cypher(),
                value(result.cypherParams()), result.browserUrl(), result.citations().list(), result.truncated(),
                result.notes(), result.asked());
    }

    private JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (value instanceof CitationNumbers cited) {
            ArrayNode array = NODES.arrayNode(cited.numbers().size());
            cited.numbers().forEach(array::add);
            return array;
        }
        if (value instanceof GraphNode node) {
            return node(node);
        }
        if (value instanceof GraphLink link) {
            return link(link);
        }
        if (value instanceof GraphPath path) {
            ObjectNode object = NODES.objectNode();
            ArrayNode nodes = object.putArray("nodes");
            path.nodes().forEach(n -> nodes.add(node(n)));
            ArrayNode links = object.putArray("links");
            path.links().forEach(l -> links.add(link(l)));
            object.put("text", Cells.path(path));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
            return object;
        }
        // other temporal values and numbers: the mapper knows them (JavaTimeModule, no timestamps)
        return mapper.valueToTree(value);
    }

    private static ObjectNode node(GraphNode node) {
        ObjectNode object = NODES.objectNode();
        object.put("id", node.id());
        object.put("name", node.name());
        ArrayNode labels = object.putArray("labels");
        if (node.labels() != null) {
            node.labels().forEach(labels::add);
        }
        return object;
    }

    private static ObjectNode link(GraphLink link) {
        return NODES.objectNode()
                .put("from", link.from())
                .put("to", link.to())
                .put("type", link.type())
                .put("label", link.label());
    }
}
