package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.corridorgraph.graph.Ports;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** --uri against a separate process: our own `neo4j` subcommand plays the external server. */
class ExternalUriTest {
    private static final String PASSWORD = "external-test-password";
    @TempDir
    Path temp;

    @Test
    void importAndExportWorkAgainstASeparateNeo4jProcess() throws Exception {
        int bolt = Ports.free();
        try (JavaProcess neo4j = JavaProcess.start(temp, "neo4j", "--data-dir", temp.resolve("store").toString(),
                "--bolt-port", "" + bolt, "--neo4j-http-port", "" + Ports.free(), "--neo4j-password", PASSWORD)) {
            neo4j.awaitLine("Bolt:\\s+bolt://127.0.0.1:" + bolt, Duration.ofSeconds(60));
            String uri = "bolt://127.0.0.1:" + bolt;

            CliRun anonymous = CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString());
            CliRun wrong = CliRun.of("import", "--uri", uri, "--neo4j-password", "not-the-password", "--corpus", Paths.CORPUS.toString());
            CliRun imported = CliRun.of("import", "--uri", uri, "--neo4j-password", PASSWORD, "--corpus", Paths.CORPUS.toString());
            Path exported = temp.resolve("graph.jsonl");
            CliRun export = CliRun.of("export", "--format", "jsonl", "--uri", uri, "--user", "neo4j", "--password", PASSWORD,
                    "--out", exported.toString());

            assertThat(anonymous.exitCode()).as("no credentials").isEqualTo(5);
            assertThat(wrong.exitCode()).as("a wrong password").isEqualTo(5);
            assertThat(wrong.err()).contains("refused the credentials").doesNotContain("\tat ");

            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("database: Neo4j at " + uri);
            assertThat(export.exitCode()).as(export.err()).isZero();
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
                long relationships = GraphAssertions.count(driver, "MATCH ()-[r]->() WHERE r.statementId IS NOT NULL RETURN count(r)");
                assertThat(relationships).isGreaterThan(150);
                assertThat(Files.readAllLines(exported)).hasSize((int) relationships);
            }
            assertThat(neo4j.stop(Duration.ofSeconds(30))).isIn(0, 143);
        }
    }

    @Test
    void anUnreachableUriGivesOneClearLine() {
        CliRun run = CliRun.of("import", "--uri", "bolt://127.0.0.1:" + Ports.free(), "--corpus", Paths.CORPUS.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).startsWith("error: cannot reach Neo4j at bolt://127.0.0.1:").doesNotContain("\tat ");
    }
}
