package org.corridorgraph.extract;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a record as one seed-file line in the hand-written files' own layout ({"id": "x", "labels":
 * ["City"]}: a space after each colon and comma), so accepted lines read like their neighbours and
 * diffs stay small.
 */
final class SeedLines {
    private final ObjectMapper mapper;

    SeedLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String line(JsonNode record) {
        StringBuilder out = new StringBuilder();
        write(record, out);
        return out.toString();
    }

    private void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(scalar(mapper.getNodeFactory().textNode(field.getKey()))).append(": ");
                write(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    private String scalar(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON value that does not serialise: " + node, e);
        }
    }
}
