package org.corridorgraph.harness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile parameter values against every canned query, /api/ask and the entity endpoints: the API
 * answers each with 2xx or a 4xx problem+json, never a 5xx, and the graph does not change.
 * The full run (10,000 values, 1 MB strings, separate processes) is the `resilience` command.
 */
@ExtendWith(SharedNeo4j.class)
class HostileInputTest {
    /** URLs kept below Jetty's 8 KB limit here: longer ones are the limits test's business. */
    static final int LONGEST_URL = 7_000;
    private static GraphConnection graph;
    private static InProcessApi api;
    private static final Http HTTP = new Http(Duration.ofSeconds(30));

    @BeforeAll
    static void start(GraphConnection connection) {
        graph = connection;
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        api = new InProcessApi(connection, Duration.ofSeconds(10), 1000);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aThousandHostileValuesGetA2xxOrA4xxProblemAndChangeNothing() {
        GraphChecksum.Snapshot before = GraphChecksum.of(graph.driver());
        List<String> values = new HostileValues(42).generate(1_200).stream()
                .filter(v -> Requests.encode(v).length() * 3 + 200 <= LONGEST_URL) // a value can appear three times in a URL
                .limit(1_000)
                .toList();
        List<HostileInputScenario.Target> targets = HostileInputScenario.targets(api.catalogue);

        HostileInputScenario.Outcome outcome = HostileInputScenario.send(HTTP, api.base(), values, targets, 3, 4,
                Duration.ofSeconds(120).toNanos());

        assertThat(values).hasSize(1_000);
        assertThat(outcome.timeUp()).isFalse();
        assertThat(outcome.requests()).isEqualTo(values.size() * 3L);
        assertThat(outcome.byTarget().keySet()).containsAll(api.catalogue.names()).contains("ask", "entities", "entity");
        assertThat(outcome.fiveHundreds()).as("5xx answers: %s", outcome.examples()).isZero();
        assertThat(outcome.notProblemJson()).as("4xx without problem+json: %s", outcome.examples()).isZero();
        assertThat(outcome.noAnswer()).as("unanswered: %s", outcome.examples()).isZero();
        assertThat(outcome.stackTraces()).as("stack traces: %s", outcome.examples()).isZero();
        assertThat(outcome.statuses()).containsKeys("200", "400", "404", "422");
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
    }

    @Test
    void cypherInjectionInAnEntityNameIsAnUnknownName() {
        Http.Answer answer = HTTP.get(api.base() + "/api/queries/memberships?entity="
                + Requests.encode("Iran'}) MATCH (n) DETACH DELETE n //"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblemJson()).isTrue();
        assertThat(answer.body()).contains("no entity named");
    }

    @Test
    void theSameEntityAtBothEndsIsNotA500() {
        for (String path : List.of("/api/queries/path?from=Iran&to=Tehran", "/api/queries/chokepoints?from=Iran&to=Iran",
                "/api/ask?q=" + Requests.encode("how is Iran connected to Tehran"))) {
            Http.Answer answer = HTTP.get(api.base() + path);

            assertThat(answer.status()).as(path).isLessThan(500);
        }
    }
}
