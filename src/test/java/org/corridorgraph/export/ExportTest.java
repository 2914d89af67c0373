package org.corridorgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.corridorgraph.support.SharedNeo4j;
import org.neo4j.driver.Session;

@ExtendWith(SharedNeo4j.class)
class ExportTest {
    private static String uri;
    private static GraphConnection graph;

    @TempDir
    Path temp;

    @BeforeAll
    static void importSeed(GraphConnection connection) {
        graph = connection;
        uri = connection.embedded().boltUri().toString();
        CliRun run = CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void jsonlHasOneLinePerDomainRelationshipWithProvenanceAndEvidenceText() throws Exception {
        Path out = temp.resolve("graph.jsonl");
        assertThat(CliRun.of("export", "--format", "jsonl", "--uri", uri, "--out", out.toString()).exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = Files.readAllLines(out).stream().map(l -> read(json, l)).toList();

        long domain = GraphAssertions.count(graph.driver(), "MATCH ()-[r]->() WHERE r.statementId IS NOT NULL RETURN count(r)");
        assertThat(lines).hasSize((int) domain);
        assertThat(lines).noneMatch(l -> l.path("type").asText().equals("IN_SOURCE"));
        JsonNode freight = lines.stream().filter(l -> l.path("type").asText().equals("TRANSITS")
                && l.path("subject").path("labels").toString().contains("FreightService")
                && l.path("object").path("name").asText().equals("Turkmenistan")).findFirst().orElseThrow();
        assertThat(freight.path("properties").path("order").asInt()).isEqualTo(2);
        assertThat(freight.path("kind").asText()).isEqualTo("fact");
        assertThat(freight.path("source").asText()).isEqualTo("tehran-interests-central-asia");
        assertThat(freight.path("evidence").get(0).asText()).contains("Kazakhstan and Turkmenistan");
        JsonNode reported = lines.stream().filter(l -> l.path("kind").asText().equals("reported")).findFirst().orElseThrow();
        assertThat(reported.path("speaker").asText()).isNotBlank();
        JsonNode background = lines.stream().filter(l -> l.path("source").asText().equals("background")).findFirst().orElseThrow();
        assertThat(background.path("reference").asText()).startsWith("http");
        assertThat(background.path("evidence").size()).isZero();
    }

    @Test
    void exportsAreByteIdenticalForTheSameData() throws Exception {
        for (String format : List.of("jsonl", "cypher")) {
            Path first = temp.resolve("first." + format);
            Path second = temp.resolve("second." + format);
            CliRun.of("export", "--format", format, "--uri", uri, "--out", first.toString());
            CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString());
            CliRun.of("export", "--format", format, "--uri", uri, "--out", second.toString());

            assertThat(Files.mismatch(first, second)).as(format).isEqualTo(-1L);
            assertThat(Files.readString(first)).doesNotContain("elementId", "<id>");
        }
    }

    @Test
    void theCypherExportReplaysIntoTheSameGraph() throws Exception {
        Path script = temp.resolve("graph.cypher");
        Path before = temp.resolve("before.jsonl");
        Path after = temp.resolve("after.jsonl");
        CliRun.of("export", "--format", "cypher", "--uri", uri, "--out", script.toString());
        CliRun.of("export", "--format", "jsonl", "--uri", uri, "--out", before.toString());

        GraphAssertions.wipe(graph.driver());
        try (Session session = graph.driver().session()) {
            for (String statement : Files.readAllLines(script)) {
                if (!statement.isBlank() && !statement.startsWith("//")) {
                    session.run(statement.substring(0, statement.length() - 1)).consume();
                }
            }
        }
        CliRun.of("export", "--format", "jsonl", "--uri", uri, "--out", after.toString());

        assertThat(Files.mismatch(before, after)).isEqualTo(-1L);
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
