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
    void measuresAllThreeSystemsAndWritesTheResults(@TempDir Path tmp) throws Exception {
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
        assertThat(json.get("entries")).hasSize(3);
        assertThat(json.get("entries").findValuesAsText("system")).containsExactlyInAnyOrder("ours", "query-api", "driver");
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
        // the three systems ran the same Cypher with the same parameters and agreed on the rows
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) outcome.checks().get("memberships");
        assertThat((Integer) check.get("rows")).isPositive();
        assertThat(check.get("params")).isEqualTo(Map.of("entity", "kazakhstan"));
    }
}
