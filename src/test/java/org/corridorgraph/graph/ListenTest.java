package org.corridorgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.corridorgraph.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** Nothing listens beyond loopback without a password. */
class ListenTest {
    @TempDir
    Path temp;

    @Test
    void servingBeyondLoopbackWithoutAPasswordIsRefusedInOneLine() {
        CliRun run = CliRun.of("serve", "--listen", "0.0.0.0", "--port", "" + Ports.free(), "--data-dir", temp.toString(),
                "--no-corpus", "--neo4j-password", "");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("error: --listen 0.0.0.0 would expose the embedded Neo4j without a password")
                .contains("--neo4j-password").doesNotContain("\tat ");
    }

    @Test
    void aShortPasswordIsRefusedToo() {
        assertThatThrownBy(() -> EmbeddedNeo4j.Options.loopback(temp, 0, -1).listeningOn("0.0.0.0", "short"))
                .isInstanceOf(StartupException.class).hasMessageContaining("without a password");
    }

    @Test
    void loopbackNeedsNoPassword() {
        assertThat(EmbeddedNeo4j.Options.loopback(temp, 0, -1).listeningOn("127.0.0.1", null).authEnabled()).isFalse();
    }

    @Test
    void withAPasswordTheEmbeddedDatabaseTurnsAwayAnonymousClients() {
        EmbeddedNeo4j.Options options = new EmbeddedNeo4j.Options(temp.resolve("store"), "127.0.0.1", 0, -1, "correct-horse",
                true, Duration.ofSeconds(30), null);
        try (GraphConnection graph = GraphConnection.embedded(options)) {
            String uri = graph.embedded().boltUri().toString();
            try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            GraphConnection.requireAuth(graph.embedded().boltUri());
        }
    }

    @Test
    void anExternalNeo4jWithoutAuthCannotSitBehindAnExposedApi() {
        try (GraphConnection open = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(temp.resolve("open"), 0, -1).withQuickShutdown())) {
            assertThatThrownBy(() -> GraphConnection.requireAuth(open.embedded().boltUri()))
                    .isInstanceOf(StartupException.class).hasMessageContaining("authentication turned off");
        }
    }
}
