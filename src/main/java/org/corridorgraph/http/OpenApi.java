package org.corridorgraph.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryParam;
import org.corridorgraph.seed.LabelDef;
import org.corridorgraph.seed.PropertyDef;
import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.Schema;

/**
 * The OpenAPI 3 document, generated from the query catalogue (one path per canned query, with its
 * parameters, bounds and example) and from the graph schema (labels and relationship types).
 */
public final class OpenApi {
    private final QueryCatalogue catalogue;
    private final Schema schema;
    private final List<String> formats;
    private final String version;

    public OpenApi(QueryCatalogue catalogue, Schema schema, List<String> formats, String version) {
        this.catalogue = catalogue;
        this.schema = schema;
        this.formats = formats;
        this.version = version;
    }

    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "corridor-graph", "version", version,
                "description", "Canned, cited queries over a graph of Eurasian states, blocs and corridors. Every answer "
                        + "lists the sentences it rests on. No endpoint accepts Cypher or writes to the graph."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (CannedQuery q : catalogue.all()) {
            paths.put("/api/queries/" + q.name(), Map.of("get", queryOperation(q)));
        }
        paths.put("/api/queries", Map.of("get", operation("catalogue", "The canned queries, their parameters and examples.",
                List.of(), jsonOnly())));
        paths.put("/api/ask", Map.of("get", operation("ask", "Answers a plain-language question with the canned query it matches; "
                + "the response names the query and parameters used.", List.of(param("q", "query", true, Map.of("type", "string"),
                "the question, e.g. how does China reach Iran through Central Asia"), formatParam()), resultResponses())));
        paths.put("/api/entities", Map.of("get", operation("searchEntities", "Entities whose names or aliases match.",
                List.of(param("q", "query", false, Map.of("type", "string"), "part of a name or alias")), jsonOnly())));
        paths.put("/api/entities/{name}", Map.of("get", operation("entity",
                "An entity by name or alias: labels, aliases, properties, and every relationship with its evidence.",
                List.of(param("name", "path", true, Map.of("type", "string"), "name or alias")), jsonOnly())));
        paths.put("/health", Map.of("get", operation("health", "Liveness.", List.of(), jsonOnly())));
        paths.put("/ready", Map.of("get", operation("ready", "200 when the database is reachable and imported, else 503.",
                List.of(), jsonOnly())));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas()));
        return doc;
    }

    private Map<String, Object> queryOperation(CannedQuery q) {
        List<Map<String, Object>> params = new ArrayList<>();
        for (QueryParam p : q.params()) {
            Map<String, Object> schemaOf = new LinkedHashMap<>();
            switch (p.type()) {
                case INTEGER -> {
                    schemaOf.put("type", "integer");
                    if (p.min() != null) {
                        schemaOf.put("minimum", p.min());
                    }
                    if (p.max() != null) {
                        schemaOf.put("maximum", p.max());
                    }
                }
                case DATE -> {
                    schemaOf.put("type", "string");
                    schemaOf.put("format", "date");
                }
                case ENTITY_LIST, STRING_LIST -> {
                    schemaOf.put("type", "array");
                    schemaOf.put("items", Map.of("type", "string"));
                }
                default -> schemaOf.put("type", "string");
            }
            if (p.defaultValue() != null) {
                schemaOf.put("default", p.type().name().equals("INTEGER") ? Long.parseLong(p.defaultValue()) : p.defaultValue());
            }
            String description = (p.description().isBlank() ? "" : p.description() + ". ")
                    + (p.type().namesEntities() ? "Takes a name or alias, any case." : "");
            Map<String, Object> param = param(p.name(), "query", p.required(), schemaOf, description.strip());
            if (!q.examples().isEmpty() && q.examples().get(0).params().containsKey(p.name())) {
                param.put("example", q.examples().get(0).params().get(p.name()));
            }
            if (p.type().isList()) {
                param.put("explode", false);
            }
            params.add(param);
        }
        params.add(formatParam());
        return operation(q.name(), q.description(), params, resultResponses());
    }

    private Map<String, Object> formatParam() {
        return param("format", "query", false, Map.of("type", "string", "enum", formats),
                "response format; the Accept header works too");
    }

    private static Map<String, Object> param(String name, String in, boolean required, Map<String, Object> schemaOf, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required || "path".equals(in));
        p.put("schema", schemaOf);
        p.put("description", description);
        return p;
    }

    private static Map<String, Object> operation(String id, String summary, List<Map<String, Object>> params, Map<String, Object> responses) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", id);
        op.put("summary", summary);
        op.put("parameters", params);
        op.put("responses", responses);
        return op;
    }

    private Map<String, Object> resultResponses() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Result")));
        content.put("text/csv", Map.of());
        content.put("text/markdown", Map.of());
        content.put("text/vnd.mermaid", Map.of());
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "the result, with numbered citations", "content", content));
        responses.putAll(problems());
        return responses;
    }

    private static Map<String, Object> jsonOnly() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of())));
        responses.putAll(problems());
        return responses;
    }

    private static Map<String, Object> problems() {
        Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("400", Map.of("description", "a bad parameter, named with what it accepts", "content", problem));
        responses.put("404", Map.of("description", "unknown query or entity, with suggestions", "content", problem));
        responses.put("406", Map.of("description", "unsupported format", "content", problem));
        responses.put("422", Map.of("description", "a question that cannot be placed, with example questions", "content", problem));
        responses.put("503", Map.of("description", "the database is unavailable", "content", problem));
        responses.put("504", Map.of("description", "the query timed out", "content", problem));
        return responses;
    }

    private Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Problem", Map.of("type", "object", "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"), "hint", Map.of("type", "string"), "parameter", Map.of("type", "string"),
                "suggestions", Map.of("type", "array", "items", Map.of("type", "string")))));
        schemas.put("Result", Map.of("type", "object", "properties", Map.of(
                "query", Map.of("type", "string"), "params", Map.of("type", "object"),
                "columns", Map.of("type", "array", "items", Map.of("type", "string")),
                "rows", Map.of("type", "array", "items", Map.of("type", "object")),
                "cypher", Map.of("type", "string"), "browserUrl", Map.of("type", "string"),
                "citations", Map.of("type", "array", "items", Map.of("type", "object", "properties", Map.of(
                        "number", Map.of("type", "integer"), "sentenceId", Map.of("type", "string"),
                        "source", Map.of("type", "string"), "text", Map.of("type", "string")))))));
        // the graph model, from seed-data/schema.json
        for (LabelDef label : new TreeMap<>(schema.labels()).values()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", Map.of("type", "string", "description", "key"));
            props.put("name", Map.of("type", "string"));
            label.properties().values().forEach(p -> props.put(p.name(), property(p)));
            schemas.put("Node." + label.name(), Map.of("type", "object", "description", label.description(), "properties", props));
        }
        for (RelationshipDef rel : new TreeMap<>(schema.relationships()).values()) {
            Map<String, Object> props = new LinkedHashMap<>();
            rel.properties().values().forEach(p -> props.put(p.name(), property(p)));
            schemas.put("Relationship." + rel.type(), Map.of("type", "object",
                    "description", rel.description() + " From " + rel.from() + " to " + rel.to() + ".", "properties", props));
        }
        return schemas;
    }

    private static Map<String, Object> property(PropertyDef p) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (p.type()) {
            case INTEGER -> out.put("type", "integer");
            case NUMBER -> out.put("type", "number");
            case BOOLEAN -> out.put("type", "boolean");
            case STRING_LIST -> {
                out.put("type", "array");
                out.put("items", Map.of("type", "string"));
            }
            case DATE -> {
                out.put("type", "string");
                out.put("format", "date");
            }
            default -> out.put("type", "string");
        }
        if (!p.values().isEmpty()) {
            out.put("enum", p.values());
        }
        out.put("description", p.description());
        return out;
    }
}
