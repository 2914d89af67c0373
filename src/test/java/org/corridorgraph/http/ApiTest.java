package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TcpProxy;
import org.corridorgraph.support.TestApps;
import org.corridorgraph.query.QueryLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API on a real port over the imported graph, as curl or a browser would use it. */
@ExtendWith(SharedNeo4j.class)
class ApiTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final String BROWSER_ORIGIN = "http://127.0.0.1:7474";
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);
    private static Application application;
    private static Javalin app;
    private static GraphConnection graph;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(GraphConnection connection) {
        graph = connection;
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        application = TestApps.on(connection, LIMITS);
        app = application.serve("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private HttpResponse<String> get(Javalin on, String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(app, pathAndQuery, null);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void healthIsUpAndReadyFollowsTheDatabase() throws Exception {
        try (TcpProxy proxy = new TcpProxy(graph.embedded().boltPort());
             Application behindProxy = TestApps.on(external(proxy), LIMITS, Paths.CYPHER, true)) {
            Javalin api = behindProxy.serve("127.0.0.1", 0);
            assertThat(get(api, "/ready", null).statusCode()).as("imported and reachable").isEqualTo(200);

            proxy.down();
            HttpResponse<String> away = get(api, "/ready", null);
            assertThat(get(api, "/health", null).statusCode()).as("alive without its database").isEqualTo(200);
            assertThat(away.statusCode()).as(away.body()).isEqualTo(503);

            proxy.up();
            assertThat(get(api, "/ready", null).statusCode()).as("ready again once the database is back").isEqualTo(200);
        }
    }

    private static GraphConnection external(TcpProxy proxy) {
        return GraphConnection.external(URI.create("bolt://127.0.0.1:" + proxy.port()), null, null);
    }

    @Test
    void theCatalogueListsEveryQueryWithParamsAndARunnableExample() throws Exception {
        JsonNode catalogue = json(get("/api/queries"));
        JsonNode routes = null;
        for (JsonNode q : catalogue.path("queries")) {
            if (q.path("name").asText().equals("routes")) {
                routes = q;
            }
            String example = q.path("examples").get(0).path("url").asText();
            assertThat(get(example).statusCode()).as(example).isEqualTo(200);
        }
        assertThat(catalogue.path("queries").size()).isGreaterThanOrEqualTo(12);
        assertThat(routes).isNotNull();
        assertThat(routes.path("params").toString()).contains("\"name\":\"maxHops\"", "\"max\":10", "\"namesEntity\":true");
    }

    @Test
    void openApiDocumentsEveryQueryAndSwaggerUiIsServedFromTheJar() throws Exception {
        JsonNode doc = json(get("/openapi.json"));
        HttpResponse<String> docs = get("/docs");

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/api/queries/routes")).isTrue();
        JsonNode maxHops = null;
        for (JsonNode p : doc.path("paths").path("/api/queries/routes").path("get").path("parameters")) {
            if (p.path("name").asText().equals("maxHops")) {
                maxHops = p;
            }
        }
        assertThat(maxHops).isNotNull();
        assertThat(maxHops.path("schema").path("maximum").asInt()).isEqualTo(10);
        assertThat(doc.path("components").path("schemas").has("Relationship.MEMBER_OF")).isTrue();
        assertThat(docs.body()).contains("/openapi.json").doesNotContain("https://");
        String bundle = docs.body().replaceAll("(?s).*src=\"([^\"]+)\".*", "$1");
        assertThat(get(bundle).statusCode()).as(bundle).isEqualTo(200);
    }

    @Test
    void theBrowserGuideHasTheModelAndASlidePerQueryAndOnlyBrowserMayFetchIt() throws Exception {
        HttpRequest fromBrowser = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/guide"))
                .header("Origin", BROWSER_ORIGIN).build();
        HttpRequest fromElsewhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/guide"))
                .header("Origin", "http://evil.example").build();
        HttpResponse<String> guide = client.send(fromBrowser, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = client.send(fromElsewhere, HttpResponse.BodyHandlers.ofString());

        assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).hasValue(BROWSER_ORIGIN);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(guide.body()).contains("<carousel", "runnable", ":style", "CALL db.schema.visualization()")
                .contains("<h3>routes</h3>", "<h3>chokepoints</h3>", ":params {from: &#39;china&#39;".replace("&#39;", "'"));
        assertThat(guide.body().split("<slide").length - 1).isGreaterThanOrEqualTo(3 + 12);
        assertThat(get("/style.grass").body()).contains("node.State {", "caption: \"{name}\"", "caption: \"<type>\"");
    }

    @Test
    void chinaToIranThroughCentralAsiaAnswersWithTheFreightServiceAndItsCitation() throws Exception {
        JsonNode body = json(get("/api/ask?q=" + q("how does China reach Iran through Central Asia")));

        assertThat(body.path("query").asText()).isEqualTo("routes");
        assertThat(body.path("params").path("via").asText()).isEqualTo("Central Asia");
        JsonNode first = body.path("rows").get(0);
        assertThat(first.path("stops").toString()).isEqualTo("[\"China\",\"Kazakhstan\",\"Turkmenistan\",\"Iran\"]");
        assertThat(first.path("carriers").toString()).contains("China–Iran freight train service");
        assertThat(first.path("citations").get(0).asInt()).isEqualTo(1);
        assertThat(body.path("citations").get(0).path("text").asText()).contains("Kazakhstan and Turkmenistan");
        assertThat(body.path("cypher").asText()).contains("MATCH");
        assertThat(body.path("browserUrl").asText()).startsWith("http://127.0.0.1:7474/browser/?")
                .contains("cmd=edit", "dbms=").doesNotContain("cmd=params");
        String editor = java.net.URLDecoder.decode(body.path("browserUrl").asText().replaceAll(".*&arg=", ""), StandardCharsets.UTF_8);
        assertThat(editor).startsWith(":params {from: 'china', to: 'iran', via: 'central-asia', avoid: [], maxHops: 6, mode: null};\n")
                .contains("MATCH");
    }

    @Test
    void eachFormatRendersTheSameResult() throws Exception {
        String routes = "/api/queries/routes?from=China&to=Iran";
        HttpResponse<String> csv = get(routes + "&format=csv");
        HttpResponse<String> md = get(app, routes, "text/markdown");
        HttpResponse<String> mermaid = get(app, routes, "text/vnd.mermaid");
        HttpResponse<String> defaultJson = get(routes);

        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("stops,").contains("\r\n").contains("China → Kazakhstan → Turkmenistan → Iran");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("| stops |", "1. \"");
        assertThat(mermaid.body()).startsWith("flowchart LR").contains("China–Iran freight train service");
        assertThat(defaultJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void entityParametersAcceptAliasesInAnyCaseWithoutDiacritics() throws Exception {
        JsonNode body = json(get("/api/queries/memberships?entity=" + q("KYRGYZ republic")));
        JsonNode tehran = json(get("/api/queries/trade?a=kazakhstan&b=" + q("Tehrán")));

        assertThat(body.path("params").path("entity").asText()).isEqualTo("Kyrgyzstan");
        assertThat(body.path("rows").toString()).contains("Eurasian Economic Union");
        assertThat(tehran.path("params").path("b").asText()).isEqualTo("Iran");
    }

    @Test
    void aMisspeltEntityResolvesAndTheAnswerNotesHowItWasRead() throws Exception {
        HttpResponse<String> response = get("/api/queries/memberships?entity=Kazakstan");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("params").path("entity").asText()).isEqualTo("Kazakhstan");
        assertThat(json(response).path("notes").toString()).contains("Kazakstan → Kazakhstan");
    }

    @Test
    void anUnknownEntityIs404WithSuggestions() throws Exception {
        HttpResponse<String> response = get("/api/queries/memberships?entity=Kazakhst");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).path("suggestions").toString()).contains("Kazakhstan");
        assertThat(json(response).path("parameter").asText()).isEqualTo("entity");
        assertThat(json(response).path("hint").asText()).contains("did you mean Kazakhstan");
    }

    @Test
    void badParametersAre400NamingTheParameterAndWhatItAccepts() throws Exception {
        JsonNode tooFar = json(get("/api/queries/routes?from=China&to=Iran&maxHops=99"));
        JsonNode missing = json(get("/api/queries/routes?from=China"));
        JsonNode unknown = json(get("/api/queries/routes?from=China&to=Iran&speed=fast"));
        JsonNode notANumber = json(get("/api/queries/routes?from=China&to=Iran&maxHops=six"));

        assertThat(tooFar.path("status").asInt()).isEqualTo(400);
        assertThat(tooFar.path("parameter").asText()).isEqualTo("maxHops");
        assertThat(tooFar.path("hint").asText()).contains("from 1 to 10");
        assertThat(missing.path("parameter").asText()).isEqualTo("to");
        assertThat(unknown.path("parameter").asText()).isEqualTo("speed");
        assertThat(notANumber.path("detail").asText()).contains("not a whole number");
    }

    @Test
    void unknownQueriesAndEndpointsAre404() throws Exception {
        JsonNode query = json(get("/api/queries/route"));

        assertThat(query.path("status").asInt()).isEqualTo(404);
        assertThat(query.path("suggestions").toString()).contains("routes");
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void unsupportedFormatsAre406() throws Exception {
        assertThat(get("/api/queries/routes?from=China&to=Iran&format=xml").statusCode()).isEqualTo(406);
        assertThat(get(app, "/api/queries/routes?from=China&to=Iran", "image/gif").statusCode()).isEqualTo(406);
        HttpResponse<String> tableAsMermaid = get("/api/queries/memberships?entity=Iran&format=mermaid");
        assertThat(tableAsMermaid.statusCode()).isEqualTo(406);
        assertThat(json(tableAsMermaid).path("hint").asText()).contains("json, csv or md");
    }

    @Test
    void aQuestionThatCannotBePlacedIs422WithExampleQuestions() throws Exception {
        HttpResponse<String> response = get("/api/ask?q=" + q("what is the weather like"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("suggestions").toString()).contains("how does China reach Iran through Central Asia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "how does China reach Iran through Central Asia | routes | via=Central Asia",
            "how does Russia reach Iran avoiding Kazakhstan | routes | avoid=[Kazakhstan]",
            "what is Kazakhstan a member of | memberships | entity=Kazakhstan",
            "who are the members of the SCO | members | bloc=Shanghai Cooperation Organization",
            "what did sanctions block | sanctions | ",
            "trade between Kazakhstan and Iran | trade | b=Iran",
            "what happened in 2025 | timeline | from=2025-01-01",
            "what does Tehran view negatively | views | entity=Iran",
            "how is Azerbaijan connected to Kazakhstan | path | to=Kazakhstan",
            "what are the chokepoints between China and Iran | chokepoints | from=China",
            "who held summits with the United States | summits | partner=United States",
            "what is around Turkmenistan | neighbourhood | entity=Turkmenistan"})
    void askPlacesEachShapeOfQuestionOnItsQuery(String question, String query, String param) throws Exception {
        HttpResponse<String> response = get("/api/ask?q=" + q(question));
        JsonNode body = json(response);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body.path("query").asText()).isEqualTo(query);
        if (param != null) {
            String[] kv = param.split("=", 2);
            String value = body.path("params").path(kv[0]).isArray()
                    ? body.path("params").path(kv[0]).toString().replace("\"", "") : body.path("params").path(kv[0]).asText();
            assertThat(value).isEqualTo(kv[1]);
        }
    }

    @Test
    void entitiesCanBeSearchedAndOpenedWithTheirEvidence() throws Exception {
        JsonNode search = json(get("/api/entities?q=turkm"));
        JsonNode entity = json(get("/api/entities/" + q("Kyrgyz Republic").replace("+", "%20")));

        assertThat(search.path("entities").get(0).path("name").asText()).isEqualTo("Turkmenistan");
        assertThat(entity.path("name").asText()).isEqualTo("Kyrgyzstan");
        assertThat(entity.path("relationships").toString()).contains("MEMBER_OF", "Eurasian Economic Union");
        assertThat(entity.path("citations").size()).isPositive();
        assertThat(get("/api/entities/Atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void aQueryPastItsTimeLimitIs504(@TempDir Path temp) throws Exception {
        Path cypher = Paths.copy(Paths.CYPHER, temp.resolve("cypher"));
        Files.writeString(cypher.resolve("queries/slow.cypher"), String.join("\n",
                "// @description Counts for a long time.",
                "// @column n: integer — how many numbers were counted",
                "// @example",
                "// @expect n: 1",
                "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n"));
        try (Application hurried = TestApps.on(graph, new QueryLimits(Duration.ofMillis(300), 1000), cypher, false)) {
            HttpResponse<String> response = get(hurried.serve("127.0.0.1", 0), "/api/queries/slow", null);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(504);
            assertThat(json(response).path("detail").asText()).contains("did not finish within 300 ms");
        }
    }

    @Test
    void aDatabaseThatIsGoneIs503() throws Exception {
        try (TcpProxy proxy = new TcpProxy(graph.embedded().boltPort());
             Application orphan = TestApps.on(external(proxy), new QueryLimits(Duration.ofSeconds(2), 1000), Paths.CYPHER, true)) {
            Javalin api = orphan.serve("127.0.0.1", 0);
            proxy.down();

            HttpResponse<String> response = get(api, "/api/queries/routes?from=China&to=Iran", null);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("Exception");
            assertThat(response.headers().firstValue("Retry-After")).as("clients are told when to retry").hasValue("1");
        }
    }
}
