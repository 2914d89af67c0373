package org.corridorgraph.http;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.http.openapi.OpenApiModel.Components;
import org.corridorgraph.http.openapi.OpenApiModel.Document;
import org.corridorgraph.http.openapi.OpenApiModel.Header;
import org.corridorgraph.http.openapi.OpenApiModel.Info;
import org.corridorgraph.http.openapi.OpenApiModel.MediaType;
import org.corridorgraph.http.openapi.OpenApiModel.Operation;
import org.corridorgraph.http.openapi.OpenApiModel.Parameter;
import org.corridorgraph.http.openapi.OpenApiModel.PathItem;
import org.corridorgraph.http.openapi.OpenApiModel.Response;
import org.corridorgraph.http.openapi.OpenApiModel.Schema;
import org.corridorgraph.http.openapi.RecordSchemas;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.Citation;
import org.corridorgraph.query.EntityDetail;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryColumn;
import org.corridorgraph.query.QueryParam;
import org.corridorgraph.render.JsonAnswer;
import org.corridorgraph.render.PictureSize;
import org.corridorgraph.render.Renderer;
import org.corridorgraph.seed.LabelDef;
import org.corridorgraph.seed.PropertyDef;
import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.ValueType;

/**
 * The OpenAPI 3 document, generated: one path per canned query from the catalogue (parameters,
 * bounds, example, and its row columns), the media types from the renderers, the bodies from the
 * records the API writes, and the graph model from the schema.
 */
public final class OpenApi {
    static final String VERSION = "3.0.3";

    /** An asked question is placed on any canned query, so it may answer in every format. */
    private static final java.util.function.Predicate<Renderer> ANY_QUERY = renderer -> true;

    private final QueryCatalogue catalogue;
    private final org.corridorgraph.seed.Schema schema;
    private final List<Renderer> renderers;
    private final String version;

    public OpenApi(QueryCatalogue catalogue, org.corridorgraph.seed.Schema schema, List<Renderer> renderers, String version) {
        this.catalogue = catalogue;
        this.schema = schema;
        this.renderers = renderers;
        this.version = version;
    }

    public Document document() {
        RecordSchemas components = new RecordSchemas();
        Schema problem = components.add("Problem", Problem.class);
        components.add("Citation", Citation.class);
        components.add("GraphNode", GraphNode.class);
        components.add("GraphLink", GraphLink.class);
        components.put("GraphPath", Schema.object("A path: its nodes in order, the links between them, and its stops as text.",
                props("nodes", Schema.array(Schema.ref("GraphNode")), "links", Schema.array(Schema.ref("GraphLink")),
                        "text", Schema.of("string").describedAs("the stops joined by arrows"))));

        components.add("Asked", org.corridorgraph.query.Asked.class);
        Map<String, PathItem> paths = new LinkedHashMap<>();
        List<Schema> anyResult = new ArrayList<>();
        for (CannedQuery q : catalogue.all()) {
            Schema result = components.put("Result." + q.name(), result(q, components));
            anyResult.add(result);
            paths.put("/api/queries/" + q.name(), get(q.name(), q.description(), queryParameters(q),
                    responses(result, r -> r.offers(q), problem)));
        }
        paths.put("/api/queries", get("catalogue", "The canned queries: their parameters, result columns and runnable examples.",
                List.of(), json(components.add("Catalogue", Catalogue.class), problem)));
        paths.put("/api/ask", get("ask", "Answers a plain-language question with the canned query it matches; "
                        + "the answer names the query and parameters used, and has that query's result shape.",
                withPictureSize(List.of(new Parameter("q", "query", true, Schema.of("string"), "the question",
                        "how does China reach Iran through Central Asia", null), formatParameter(ANY_QUERY)), true),
                responses(Schema.ref("Result.routes").describedAs("one of the Result.* schemas, that of the query the question "
                        + "was placed on"), ANY_QUERY, problem)));
        paths.put("/api/entities", get("searchEntities", "Entities whose names or aliases match, best first.",
                List.of(new Parameter("q", "query", false, Schema.of("string"), "part of a name or alias", "turkm", null)),
                json(components.add("EntitySearch", EntitySearch.class), problem)));
        paths.put("/api/entities/{name}", get("entity",
                "An entity by name or alias: labels, aliases, properties, and every relationship with its evidence.",
                List.of(new Parameter("name", "path", true, Schema.of("string"), "name or alias", "Kyrgyz Republic", null)),
                revalidated(json(components.add("EntityDetail", EntityDetail.class), problem))));
        paths.put("/health", get("health", "Liveness: the process answers.", List.of(), json(components.add("Health", Health.class), problem)));
        paths.put("/ready", get("ready", "200 when the database is reachable and imported and queries may run, else 503.",
                List.of(), json(components.add("Ready", Readiness.Status.class), problem)));
        graphModel(components);
        return new Document(VERSION, new Info("corridor-graph", version, "Canned, cited queries over a graph of Eurasian states, "
                + "blocs and corridors. Every answer lists the sentences it rests on. No endpoint accepts Cypher or writes to the graph."),
                paths, new Components(components.components()));
    }

    /** A query's answer: the JSON format's fields, with this query's parameters and row columns. */
    private static Schema result(CannedQuery q, RecordSchemas components) {
        Map<String, Schema> overrides = new LinkedHashMap<>();
        Map<String, Schema> shown = new LinkedHashMap<>();
        Map<String, Schema> ran = new LinkedHashMap<>();
        for (QueryParam p : q.params()) {
            Schema value = p.type().namesEntities() ? (p.type().isList() ? Schema.array(Schema.of("string")) : Schema.of("string"))
                    : valueSchema(p.type());
            shown.put(p.name(), (p.required() ? value : value.asNullable()).describedAs(p.type().namesEntities()
                    ? "the canonical name of the entity given" : p.description()));
            ran.put(p.name(), (p.required() ? value : value.asNullable()).describedAs(p.type().namesEntities()
                    ? "the entity's id, as the Cypher received it" : p.description()));
        }
        Map<String, Schema> row = new LinkedHashMap<>();
        List<String> columnNames = new ArrayList<>();
        for (QueryColumn c : q.columns()) {
            Schema value = valueSchema(c.type()).describedAs(c.description());
            row.put(c.answerName(), c.nullable() ? value.asNullable() : value);
            columnNames.add(c.answerName());
        }
        overrides.put("query", Schema.of("string").withEnum(List.of(q.name())));
        overrides.put("params", Schema.object("the parameters as run, entity names resolved", shown));
        overrides.put("columns", Schema.array(Schema.of("string").withEnum(columnNames)).describedAs("the row columns, in order"));
        overrides.put("rows", Schema.array(Schema.object(null, row)));
        overrides.put("cypherParams", Schema.object("the parameters the Cypher ran with", ran));
        overrides.put("browserUrl", Schema.of("string").asNullable().describedAs("opens Neo4j Browser with this query and its "
                + "parameters in the editor; null when there is no Browser"));
        overrides.put("citations", Schema.array(Schema.ref("Citation")).describedAs("the cited sentences, numbered in the order the rows cite them"));
        overrides.put("notes", Schema.array(Schema.of("string")).describedAs("how names were read when written otherwise, "
                + "e.g. \"Kazakstan → Kazakhstan\"; may be empty"));
        overrides.put("ask", Schema.ref("Asked").describedAs("only in answers of /api/ask: how the question was answered, "
                + "and whether the answer abstains because the articles do not say"));
        // the fields are the JSON format's own, in its order; those that vary by query are written above
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (RecordComponent c : JsonAnswer.class.getRecordComponents()) {
            Schema field = overrides.get(c.getName());
            if (field == null && c.getType() == String.class) {
                field = Schema.of("string");
            } else if (field == null && c.getType() == boolean.class) {
                field = Schema.of("boolean");
            } else if (field == null) {
                throw new IllegalStateException("JsonAnswer." + c.getName() + " is not documented; describe it in OpenApi.result");
            }
            fields.put(c.getName(), field);
        }
        return Schema.object(q.description(), fields);
    }

    /** How a value of a declared type looks in a JSON answer. */
    static Schema valueSchema(ValueType type) {
        return switch (type) {
            case NODE -> Schema.ref("GraphNode");
            case LINK -> Schema.ref("GraphLink");
            case PATH -> Schema.ref("GraphPath");
            case OBJECT -> Schema.map(null);
            default -> {
                if (type.items() != null) {
                    yield Schema.array(valueSchema(type.items()));
                }
                Schema s = Schema.of(type.jsonType());
                yield type.jsonFormat() == null ? s : s.withFormat(type.jsonFormat());
            }
        };
    }

    private List<Parameter> queryParameters(CannedQuery q) {
        List<Parameter> params = new ArrayList<>();
        for (QueryParam p : q.params()) {
            Schema s = p.type().namesEntities() ? (p.type().isList() ? Schema.array(Schema.of("string")) : Schema.of("string"))
                    : valueSchema(p.type());
            if (p.min() != null || p.max() != null) {
                s = s.withBounds(p.min(), p.max());
            }
            if (p.defaultValue() != null) {
                s = s.withDefault(p.type() == ValueType.INTEGER ? (Object) Long.parseLong(p.defaultValue()) : p.defaultValue());
            }
            String description = ((p.description().isBlank() ? "" : p.description() + ". ")
                    + (p.type().namesEntities() ? "Takes a name or alias, any case." : "")).strip();
            String example = q.examples().isEmpty() ? null : q.examples().get(0).params().get(p.name());
            params.add(new Parameter(p.name(), "query", p.required(), s, description, example, p.type().isList() ? false : null));
        }
        params.add(formatParameter(r -> r.offers(q)));
        return withPictureSize(params, renderers.stream().anyMatch(r -> !r.text() && r.offers(q)));
    }

    /** With pictures, the width and dpi of a PNG or PDF, with their bounds and defaults. */
    private static List<Parameter> withPictureSize(List<Parameter> params, boolean pictures) {
        if (!pictures) {
            return params;
        }
        List<Parameter> out = new ArrayList<>(params);
        out.add(new Parameter("width", "query", false, Schema.of("integer")
                .withBounds((long) PictureSize.MIN_WIDTH, (long) PictureSize.MAX_WIDTH).withDefault(PictureSize.DEFAULT_WIDTH),
                "png and pdf: the picture's width in pixels; the height follows its shape", null, null));
        out.add(new Parameter("dpi", "query", false, Schema.of("integer")
                .withBounds((long) PictureSize.MIN_DPI, (long) PictureSize.MAX_DPI).withDefault(PictureSize.DEFAULT_DPI),
                "png and pdf: pixels per inch; a PNG records it, a PDF page is width / dpi inches wide", null, null));
        return out;
    }

    private Parameter formatParameter(java.util.function.Predicate<Renderer> offered) {
        List<String> formats = renderers.stream().filter(offered).map(Renderer::format).toList();
        return new Parameter("format", "query", false, Schema.of("string").withEnum(formats),
                "response format; the Accept header works too", null, null);
    }

    private static PathItem get(String id, String summary, List<Parameter> params, Map<String, Response> responses) {
        return new PathItem(new Operation(id, summary, params, responses));
    }

    private Map<String, Response> responses(Schema result, java.util.function.Predicate<Renderer> offered, Schema problem) {
        Map<String, MediaType> content = new LinkedHashMap<>();
        for (Renderer r : renderers) {
            if (offered.test(r)) {
                Schema body = r.mediaType().equals("application/json") ? result
                        : r.text() ? Schema.of("string") : Schema.of("string").withFormat("binary");
                content.put(r.mediaType(), new MediaType(body));
            }
        }
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("200", new Response("the result, with numbered citations", content, VALIDATORS));
        responses.put("304", new Response(NOT_MODIFIED, Map.of(), VALIDATORS));
        responses.putAll(problems(problem));
        return responses;
    }

    /** Answers are cached per import; a client revalidates with If-None-Match and gets a 304 while the graph is unchanged. */
    private static final Map<String, Header> VALIDATORS = Map.of(
            "ETag", new Header("a strong validator of this answer: send it back as If-None-Match", Schema.of("string")),
            "Cache-Control", new Header("no-cache: keep the answer, but revalidate it; it changes only with an import",
                    Schema.of("string")));
    private static final String NOT_MODIFIED = "the answer named by If-None-Match is still current (the graph has not been "
            + "re-imported since); no body";

    private static Map<String, Response> revalidated(Map<String, Response> responses) {
        Map<String, Response> out = new LinkedHashMap<>();
        responses.forEach((status, r) -> out.put(status, status.equals("200") ? new Response(r.description(), r.content(), VALIDATORS) : r));
        out.put("304", new Response(NOT_MODIFIED, Map.of(), VALIDATORS));
        return out;
    }

    private static Map<String, Response> json(Schema body, Schema problem) {
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("200", new Response("OK", Map.of("application/json", new MediaType(body))));
        responses.putAll(problems(problem));
        return responses;
    }

    private static Map<String, Response> problems(Schema problem) {
        Map<String, MediaType> content = Map.of(HttpApp.PROBLEM_JSON, new MediaType(problem));
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("400", new Response("a bad parameter, named with what it accepts", content));
        responses.put("404", new Response("unknown query or entity, with suggestions", content));
        responses.put("406", new Response("unsupported format", content));
        responses.put("422", new Response("a question that cannot be placed, with example questions", content));
        responses.put("503", new Response("the database is unavailable; Retry-After says when to try again", content));
        responses.put("504", new Response("the query timed out", content));
        return responses;
    }

    /** The graph model, from seed-data/schema.json: what nodes and relationships hold. */
    private void graphModel(RecordSchemas components) {
        for (LabelDef label : new TreeMap<>(schema.labels()).values()) {
            Map<String, Schema> props = new LinkedHashMap<>();
            props.put("id", Schema.of("string").describedAs("key"));
            props.put("name", Schema.of("string"));
            label.properties().values().forEach(p -> props.put(p.name(), property(p)));
            components.put("Node." + label.name(), Schema.object(label.description() + " Also labelled " + org.corridorgraph.seed.Schema.ENTITY_LABEL + ".", props));
        }
        for (RelationshipDef rel : new TreeMap<>(schema.relationships()).values()) {
            Map<String, Schema> props = new LinkedHashMap<>();
            rel.properties().values().forEach(p -> props.put(p.name(), property(p)));
            components.put("Relationship." + rel.type(), Schema.object(rel.description() + " From " + rel.from() + " to " + rel.to() + ".",
                    props));
        }
    }

    private static Schema property(PropertyDef p) {
        Schema s = valueSchema(p.type()).describedAs(p.description());
        return p.values().isEmpty() ? s : s.withEnum(p.values());
    }

    private static Map<String, Schema> props(Object... namesAndSchemas) {
        Map<String, Schema> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            out.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return out;
    }
}
