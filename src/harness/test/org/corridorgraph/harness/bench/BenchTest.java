package org.corridorgraph.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Inputs;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark core on a tiny setting against a real embedded Neo4j; timings are never asserted. */
class BenchTest {
    private final ObjectMapper mapper = Json.mapper();

    @Test
    void measuresEverySystemHitsAndMissesApartAndWritesTheResults(@TempDir Path tmp) throws Exception {
        Inputs inputs = Inputs.defaults();
        CypherLibrary cypher = inputs.cypher();
        StringWriter log = new StringWriter();
        Comparison.Outcome outcome;
        try (BenchServer server = BenchServer.start(inputs, "test", new PrintWriter(new StringWriter()))) {
            outcome = new Comparison(server, mapper, cypher, new PrintWriter(log)).run(new Comparison.Settings(
                    List.of(BenchQuery.standard("memberships")), List.of(2), Systems.ALL, 20, 5, Duration.ofSeconds(30), false));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("entries", outcome.entries().stream().map(Comparison.Entry::json).toList());
        results.put("ratios", Report.ratios(outcome.entries()));
        Path file = tmp.resolve("bench/results.json");
        Report.write(mapper, file, results);

        JsonNode json = mapper.readTree(file.toFile());
        assertThat(json.get("entries")).hasSize(4);
        assertThat(json.get("entries").findValuesAsText("system")).containsExactlyInAnyOrder("ours", "ours-cached", "query-api", "driver");
        for (JsonNode entry : json.get("entries")) {
            assertThat(entry.get("query").asText()).isEqualTo("memberships");
            assertThat(entry.get("clients").asInt()).isEqualTo(2);
            assertThat(entry.get("requests").asInt()).isEqualTo(20);
            assertThat(entry.get("errors").asInt()).isZero();
            for (String field : List.of("p50_ms", "p90_ms", "p99_ms", "rps")) {
                assertThat(entry.get(field).asDouble()).as(field).isPositive();
            }
            assertThat(entry.get("p50_ms").asDouble()).isLessThanOrEqualTo(entry.get("p99_ms").asDouble());
        }
        assertThat(json.get("ratios").get(0).get("p50_ours_over_query_api").asDouble()).isPositive();
        // hits and misses are reported apart, each against the Query API
        assertThat(json.get("ratios").get(0).get("p50_ours_cached_over_query_api").asDouble()).isPositive();
        // the systems ran the same Cypher with the same parameters and agreed on the rows
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) outcome.checks().get("memberships");
        assertThat((Integer) check.get("rows")).isPositive();
        assertThat(check.get("params")).isEqualTo(Map.of("entity", "kazakhstan"));
    }

    @Test
    void asksEveryQuestionBesideMembershipsAndReportsTheRatio(@TempDir Path tmp) throws Exception {
        Inputs inputs = Inputs.defaults();
        StringWriter log = new StringWriter();
        AskBench.Settings settings = new AskBench.Settings(BenchQuestion.STANDARD, 5, 1, Duration.ofSeconds(60));
        AskBench.Outcome outcome;
        try (BenchServer server = BenchServer.start(inputs, "test", new PrintWriter(new StringWriter()))) {
            outcome = new AskBench(server, mapper, new PrintWriter(log)).run(settings);
        }
        StringWriter table = new StringWriter();
        Report.askTable(new PrintWriter(table), outcome);
        Path file = tmp.resolve("bench/results.json");
        Report.write(mapper, file, Map.of("ask", outcome.json(settings)));

        // the table lists every question, the aggregate, the baseline and the ratio with its verdict (printed, never asserted)
        String text = table.toString();
        for (BenchQuestion q : BenchQuestion.STANDARD) {
            assertThat(text).containsPattern("(?m)^" + q.key() + " ");
        }
        assertThat(text).containsPattern("(?m)^ask \\(all\\) ").containsPattern("(?m)^memberships ")
                .containsPattern("ask p50 / memberships p50 = [0-9.]+x: (pass|FAIL) \\(limit 5x").contains("embedding share 0%");

        JsonNode ask = mapper.readTree(file.toFile()).get("ask");
        assertThat(ask.get("questions")).hasSize(BenchQuestion.STANDARD.size());
        for (JsonNode q : ask.get("questions")) {
            assertThat(q.get("status").asInt()).as(q.get("key").asText()).isEqualTo(200);
            assertThat(q.get("method").asText()).isIn("router", "retrieval");
            assertThat(q.get("requests").asInt()).isEqualTo(5);
            assertThat(q.get("errors").asInt()).isZero();
            assertThat(q.get("p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(q.get("p95_ms").asDouble());
        }
        assertThat(ask.get("aggregate").get("requests").asInt()).isEqualTo(5 * BenchQuestion.STANDARD.size());
        assertThat(ask.get("memberships").get("requests").asInt()).isEqualTo(5);
        assertThat(ask.get("p50_ask_over_memberships").asDouble()).isPositive();
        assertThat(ask.get("within_limit").asBoolean()).isEqualTo(ask.get("p50_ask_over_memberships").asDouble() <= 5.0);
        assertThat(ask.get("embedding_share").asDouble()).isZero();
        assertThat(ask.get("settings").get("result_cache").asText()).contains("bypassed on both sides");

        // the set covers what docs/benchmarks.md says it covers (if the product changes so that these fail, pick other questions):
        // a misspelt name is corrected, the routes question is routed, one question abstains, retrieval answers one
        assertThat(byKey(ask, "typo").get("notes").toString()).contains("Kazakstan").contains("Kazakhstan");
        assertThat(byKey(ask, "routes").get("method").asText()).isEqualTo("router");
        assertThat(byKey(ask, "routes").get("shape").asText()).isEqualTo("routes");
        assertThat(byKey(ask, "abstain").get("abstained").asBoolean()).isTrue();
        assertThat(byKey(ask, "retrieval").get("method").asText()).isEqualTo("retrieval");
    }

    private static JsonNode byKey(JsonNode ask, String key) {
        for (JsonNode q : ask.get("questions")) {
            if (q.get("key").asText().equals(key)) {
                return q;
            }
        }
        throw new AssertionError("no question " + key);
    }
}
