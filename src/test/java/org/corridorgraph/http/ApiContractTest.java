package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.AskParser;
import org.corridorgraph.query.EntityRef;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document against real answers of every endpoint: every field an answer carries is
 * documented, with the JSON type documented, and every documented field shows up in some answer.
 */
@ExtendWith(SharedNeo4j.class)
class ApiContractTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static Application application;
    private static String base;
    private static JsonNode document;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(GraphConnection connection) throws Exception {
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        application = TestApps.on(connection, new QueryLimits(Duration.ofSeconds(10), 1000));
        base = "http://127.0.0.1:" + application.serve("127.0.0.1", 0).port();
        document = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** What a walk of answers against the document found. */
    private static final class Walk {
        final List<String> undocumented = new ArrayList<>();
        final List<String> mistyped = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        final Set<String> documented = new TreeSet<>();
    }

    @Test
    void everyFieldOfEveryAnswerIsDocumentedAndEveryDocumentedFieldIsAnswered() throws Exception {
        Walk walk = new Walk();
        JsonNode catalogue = get("/api/queries", 200);
        check(catalogue, response("/api/queries", "200", "application/json"), "GET /api/queries", walk);
        for (JsonNode query : catalogue.path("queries")) {
            for (JsonNode example : query.path("examples")) {
                String url = example.path("url").asText();
                check(get(url, 200), response("/api/queries/" + query.path("name").asText(), "200", "application/json"), url, walk);
            }
        }
        for (String question : AskParser.EXAMPLES) {
            JsonNode answer = get("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8), 200);
            check(answer, JSON.createObjectNode().put("$ref", "#/components/schemas/Result." + answer.path("query").asText()),
                    "ask " + question, walk);
        }
        check(get("/api/entities?q=turkm", 200), response("/api/entities", "200", "application/json"), "search", walk);
        for (EntityRef entity : application.queries().entities().suggest("", 10_000)) {
            String path = "/api/entities/" + URLEncoder.encode(entity.name(), StandardCharsets.UTF_8).replace("+", "%20");
            check(get(path, 200), response("/api/entities/{name}", "200", "application/json"), path, walk);
        }
        check(get("/health", 200), response("/health", "200", "application/json"), "/health", walk);
        check(get("/ready", 200), response("/ready", "200", "application/json"), "/ready", walk);
        Map<String, String> problems = Map.of(
                "/api/queries/routes?from=China&to=Iran&maxHops=20", "400",
                "/api/queries/memberships?entity=Kazakhst", "404",
                "/api/queries/memberships?entity=Iran&format=gif", "406",
                "/api/ask?q=" + URLEncoder.encode("what colour is the sky", StandardCharsets.UTF_8), "422");
        for (Map.Entry<String, String> p : problems.entrySet()) {
            String path = p.getKey().substring(0, p.getKey().indexOf('?'));
            String documentedPath = path.startsWith("/api/queries/") ? "/api/queries/memberships" : path;
            check(get(p.getKey(), Integer.parseInt(p.getValue())), response(documentedPath, p.getValue(), HttpApp.PROBLEM_JSON), p.getKey(), walk);
        }

        assertThat(walk.undocumented).as("fields answers carry that the document does not name").isEmpty();
        assertThat(walk.mistyped).as("fields whose JSON type differs from the document's").isEmpty();
        Set<String> neverAnswered = new TreeSet<>(walk.documented);
        neverAnswered.removeAll(walk.seen);
        assertThat(neverAnswered).as("documented fields no real answer carries").isEmpty();
    }

    @Test
    void everyCannedQueryDocumentsItsColumnsAndItsFormatsSvgIncluded() {
        for (JsonNode query : application.queries().catalogue().all().stream().map(q -> document.path("paths")
                .path("/api/queries/" + q.name())).toList()) {
            assertThat(query.isMissingNode()).isFalse();
        }
        JsonNode routes = document.path("paths").path("/api/queries/routes").path("get").path("responses").path("200").path("content");
        JsonNode trade = document.path("paths").path("/api/queries/trade").path("get").path("responses").path("200").path("content");
        assertThat(routes.fieldNames()).toIterable().contains("application/json", "text/csv", "text/markdown", "text/vnd.mermaid",
                "image/svg+xml");
        assertThat(trade.fieldNames()).as("trade is a chart").toIterable().contains("application/json", "text/csv", "image/svg+xml",
                "image/png", "application/pdf").doesNotContain("text/vnd.mermaid");
        JsonNode rows = schema("Result.routes").path("properties").path("rows").path("items").path("properties");
        assertThat(rows.fieldNames()).toIterable().contains("stops", "carriers", "citations");
        assertThat(rows.path("stops").path("description").asText()).isNotBlank();
    }

    private void check(JsonNode value, JsonNode schema, String where, Walk walk) {
        check(value, schema, where, "(" + where + ")", walk);
    }

    /** @param owner the component the schema belongs to, or the field path from it for an inline schema */
    private void check(JsonNode value, JsonNode schema, String where, String owner, Walk walk) {
        JsonNode s = resolve(schema);
        String ref = schema.path("$ref").asText("");
        String name = ref.isEmpty() ? owner : ref.substring(ref.lastIndexOf('/') + 1);
        if (value.isNull()) {
            return;
        }
        String type = s.path("type").asText("");
        if (!type.isEmpty() && !matches(type, value)) {
            walk.mistyped.add(where + ": " + type + " expected, got " + value.getNodeType());
            return;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                check(item, s.path("items"), where + "[]", name + "[]", walk);
            }
        } else if (value.isObject() && s.has("properties")) {
            s.path("properties").fieldNames().forEachRemaining(f -> walk.documented.add(name + "." + f));
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode documented = s.path("properties").path(field.getKey());
                if (documented.isMissingNode()) {
                    walk.undocumented.add(where + "." + field.getKey() + " (schema " + name + ")");
                    continue;
                }
                walk.seen.add(name + "." + field.getKey());
                check(field.getValue(), documented, where + "." + field.getKey(), name + "." + field.getKey(), walk);
            }
        }
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : schema(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode schema(String name) {
        JsonNode s = document.path("components").path("schemas").path(name);
        assertThat(s.isMissingNode()).as("component " + name).isFalse();
        return s;
    }

    private static JsonNode response(String path, String status, String mediaType) {
        JsonNode s = document.path("paths").path(path).path("get").path("responses").path(status).path("content").path(mediaType).path("schema");
        assertThat(s.isMissingNode()).as(path + " " + status + " " + mediaType).isFalse();
        return s;
    }

    private JsonNode get(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
