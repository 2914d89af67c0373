package org.corridorgraph.harness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.ParamBinder;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the API refuses or cuts short: long URLs and values, too many rows, slow queries, other origins, writes. */
@ExtendWith(SharedNeo4j.class)
class LimitsTest {
    private static final Http HTTP = new Http(Duration.ofSeconds(30));
    private static GraphConnection graph;
    private static InProcessApi api;

    @BeforeAll
    static void start(GraphConnection connection) {
        graph = connection;
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        api = new InProcessApi(connection, Duration.ofSeconds(10), 5);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode json(Http.Answer answer) throws Exception {
        return InProcessApi.JSON.readTree(answer.body());
    }

    @Test
    void aOneMegabyteUrlIsRefusedWith414Or400() {
        Http.Answer answer = HTTP.get(api.base() + "/api/queries/memberships?entity=" + "A".repeat(1 << 20));

        assertThat(answer.status()).isIn(414, 400);
    }

    @Test
    void errorsJettyAnswersItselfAreProblemJsonToo() {
        assertThat(HTTP.get(api.base() + "/api/queries/memberships?entity=" + "A".repeat(10_000)).isProblemJson()).isTrue();
        assertThat(HTTP.get(api.base() + "/api/entities/Iran%00").isProblemJson()).isTrue();
    }

    @Test
    void aRefusedLongUrlSaysTheConnectionClosesSoAPoolingClientsNextRequestIsAnswered() {
        String tooLong = api.base() + "/api/queries/memberships?entity=" + "%C3%A9".repeat(1_500);
        for (int round = 0; round < 20; round++) {
            Http.Answer refused = HTTP.get(tooLong);
            assertThat(refused.status()).isEqualTo(414);
            assertThat(refused.headers().get("connection")).containsExactly("close");

            Http.Answer next = HTTP.get(api.base() + "/api/queries/memberships?entity=Kazakhstan");
            assertThat(next.failure()).as("the request after a 414, round " + round).isNull();
            assertThat(next.status()).isEqualTo(200);
        }
    }

    @Test
    void aValueOverTheCapIs400NamingTheParameter() throws Exception {
        Http.Answer answer = HTTP.get(api.base() + "/api/queries/routes?from=China&to="
                + "x".repeat(ParamBinder.MAX_VALUE_LENGTH + 1));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblemJson()).isTrue();
        assertThat(json(answer).path("parameter").asText()).isEqualTo("to");
        assertThat(json(answer).path("detail").asText()).contains("longer than " + ParamBinder.MAX_VALUE_LENGTH);
    }

    @Test
    void rowsAreCappedAndTheAnswerSaysSo() throws Exception {
        JsonNode body = json(HTTP.get(api.base() + "/api/queries/timeline"));

        assertThat(body.path("rows").size()).isEqualTo(5);
        assertThat(body.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void aQueryPastItsTimeLimitIs504ProblemJson(@TempDir Path temp) throws Exception {
        Path cypher = Paths.copy(Paths.CYPHER, temp.resolve("cypher"));
        Files.writeString(cypher.resolve("queries/slow.cypher"), String.join("\n",
                "// @description Counts for a long time.",
                "// @column n: integer — how many numbers were counted", "// @example", "// @expect n: 1",
                "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n"));
        try (InProcessApi hurried = new InProcessApi(graph, cypher,
                Duration.ofMillis(300), 1000)) {
            Http.Answer answer = HTTP.get(hurried.base() + "/api/queries/slow");

            assertThat(answer.status()).isEqualTo(504);
            assertThat(answer.isProblemJson()).isTrue();
            assertThat(answer.millis()).isLessThan(ResilienceSettings.CLIENT_TIMEOUT.toMillis());
        }
    }

    @Test
    void corsIsOffForOtherOrigins() {
        for (String path : List.of("/api/queries/memberships?entity=Iran", "/api/ask?q=trade%20between%20Kazakhstan%20and%20Iran",
                "/health", "/guide", "/openapi.json")) {
            Http.Answer get = HTTP.send("GET", api.base() + path, Map.of("Origin", LimitsScenario.ORIGIN));
            Http.Answer preflight = HTTP.send("OPTIONS", api.base() + path,
                    Map.of("Origin", LimitsScenario.ORIGIN, "Access-Control-Request-Method", "GET"));

            assertThat(get.header("Access-Control-Allow-Origin")).as(path).isNull();
            assertThat(preflight.header("Access-Control-Allow-Origin")).as(path).isNull();
        }
    }

    @Test
    void noMethodWritesAndTheGraphStaysAsImported() {
        GraphChecksum.Snapshot before = GraphChecksum.of(graph.driver());
        for (String path : List.of("/api/queries/memberships?entity=Iran", "/api/ask?q=trade", "/api/entities/Iran", "/api/queries")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                assertThat(HTTP.send(method, api.base() + path, Map.of()).status()).as(method + " " + path).isIn(404, 405);
            }
        }
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
    }

    @Test
    void theApiAndTheEmbeddedDatabaseListenOnLoopbackOnly() {
        List<Loopback.Listener> listeners = new java.util.ArrayList<>(Loopback.listeners(api.port()));
        listeners.addAll(Loopback.listeners(graph.embedded().boltPort()));

        assertThat(listeners).isNotEmpty().allMatch(Loopback.Listener::loopback);
        for (var address : Loopback.ownNonLoopbackAddresses()) {
            assertThat(Loopback.accepts(address, api.port())).as(address.toString()).isFalse();
            assertThat(Loopback.accepts(address, graph.embedded().boltPort())).as(address.toString()).isFalse();
        }
    }
}
