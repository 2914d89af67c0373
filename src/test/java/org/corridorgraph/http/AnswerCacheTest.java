package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Answers as reports and dashboards fetch them again and again: validators, 304s, and imports showing at once. */
@ExtendWith(SharedNeo4j.class)
class AnswerCacheTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final String SCO_MEMBERS = "/api/queries/members?bloc=SCO";
    private static Application application;
    private static Javalin app;
    private static GraphConnection graph;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(GraphConnection connection) {
        graph = connection;
        importSeed(Paths.SEED_DATA);
        application = TestApps.on(connection, new QueryLimits(Duration.ofSeconds(10), 1000));
        app = application.serve("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        application.close();
        importSeed(Paths.SEED_DATA);
    }

    /** As another process would: the import command over Bolt, not through the server under test. */
    private static void importSeed(Path seedData) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--seed-data", seedData.toString(),
                "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnswerCarriesAStrongETagAndAnUnchangedOneIsRevalidatedWith304() throws Exception {
        HttpResponse<String> first = get("/api/queries/routes?from=China&to=Iran");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(first.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));

        HttpResponse<String> again = get("/api/queries/routes?from=China&to=Iran", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        // the same bound parameters, spelt otherwise, are the same answer
        assertThat(get("/api/queries/routes?from=china&to=IRAN").headers().firstValue("ETag")).contains(etag);
        // another format is another answer
        HttpResponse<String> csv = get("/api/queries/routes?from=China&to=Iran", "Accept", "text/csv", "If-None-Match", etag);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(csv.body()).startsWith("stops,");
    }

    @Test
    void questionsAndEntitiesAreRevalidatedToo() throws Exception {
        for (String path : List.of("/api/ask?q=" + java.net.URLEncoder.encode("which blocs is Iran a member of", "UTF-8"),
                "/api/entities/Iran")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path + ": " + first.body()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", "W/" + etag + ", \"other\"").statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void anImportByAnotherProcessShowsInTheAnswersThatFollow(@TempDir Path temp) throws Exception {
        JsonNode before = JSON.readTree(get(SCO_MEMBERS).body());
        assertThat(before.path("rows").toString()).contains("China");
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed-data"));
        Path background = seed.resolve("background.jsonl");
        List<String> kept = Files.readAllLines(background).stream().filter(l -> !l.contains("\"id\": \"bg-026\"")).toList();
        Files.write(background, kept);

        importSeed(seed);
        long imported = System.nanoTime();
        JsonNode after = before;
        while (after.path("rows").toString().contains("\"China\"") && System.nanoTime() - imported < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(50);
            after = JSON.readTree(get(SCO_MEMBERS).body());
        }
        System.out.printf("an outside import showed in answers after %d ms%n", (System.nanoTime() - imported) / 1_000_000);

        assertThat(after.path("rows").size()).isEqualTo(before.path("rows").size() - 1);
        assertThat(after.path("rows").toString()).doesNotContain("\"China\"");
        importSeed(Paths.SEED_DATA);
    }

    @Test
    void aCannedQueryThatWouldWriteIsRefusedAndTheGraphIsUnchanged(@TempDir Path temp) throws Exception {
        Path cypher = Paths.copy(Paths.CYPHER, temp.resolve("cypher"));
        Files.writeString(cypher.resolve("queries/sneaky.cypher"), String.join("\n",
                "// @description Claims to read, but writes.",
                "// @column n: integer — nodes made",
                "// @example",
                "// @expect n: 1",
                "CREATE (x:Intruder) RETURN count(x) AS n"));
        try (Application writer = TestApps.on(graph, new QueryLimits(Duration.ofSeconds(5), 1000), cypher, false)) {
            Javalin on = writer.serve("127.0.0.1", 0);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + on.port() + "/api/queries/sneaky")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
            assertThat(response.body()).containsIgnoringCase("writ");
        }
        assertThat(GraphAssertions.count(graph.driver(), "MATCH (x:Intruder) RETURN count(x) AS n")).isZero();
    }
}
