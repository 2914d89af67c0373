package org.corridorgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.corridorgraph.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded Neo4j signs its user in by default, loopback included; nothing listens beyond loopback without it. */
class ListenTest {
    @TempDir
    Path temp;

    @Test
    void servingBeyondLoopbackWithoutSignInIsRefusedInOneLine() {
        CliRun run = CliRun.of("serve", "--listen", "0.0.0.0", "--port", "" + Ports.free(), "--data-dir",
                temp.toString(), "--no-corpus", "--no-auth");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("error: --listen 0.0.0.0 would expose the embedded Neo4j without a password")
                .contains("drop --no-auth").doesNotContain("\tat ");
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingStarts() {
        CliRun run = CliRun.of("neo4j", "--data-dir", temp.toString(), "--neo4j-password", "short");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("at least 8 characters").contains("--neo4j-password");
        assertThat(temp.resolve(StorePassword.FILE)).doesNotExist();
    }

    @Test
    void theEmbeddedStoreSendsNoUsageReportToNeo4j() throws Exception {
        Path store = temp.resolve("store");
        try (GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(store, 0, -1).withQuickShutdown())) {
            graph.driver().verifyConnectivity();
        }

        Path log;
        try (var files = Files.walk(store)) {
            log = files.filter(f -> f.getFileName().toString().equals("debug.log")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(log)).contains("Bolt enabled").doesNotContain("Usage Data is being sent");
    }

    @Test
    void aNewStoreGetsAStrongPasswordOnlyItsOwnerCanReadAndKeepsIt() throws Exception {
        Path store = temp.resolve("store");
        String password;
        try (GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(store, 0, -1).withQuickShutdown())) {
            password = graph.embedded().password();
            assertThat(graph.embedded().authRequired()).isTrue();
            try (Driver anonymous = GraphDatabase.driver(graph.embedded().boltUri(), AuthTokens.none());
                 Driver wrong = GraphDatabase.driver(graph.embedded().boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        Path file = store.resolve(StorePassword.FILE);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // a second start on the same store signs in with the same password, which the store already has
        try (GraphConnection again = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(store, 0, -1).withQuickShutdown())) {
            assertThat(again.embedded().password()).isEqualTo(password);
        }
    }

    @Test
    void aGivenPasswordReplacesTheStoresAndTheOldOneStopsWorking() {
        Path store = temp.resolve("store");
        String first;
        try (GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(store, 0, -1).withQuickShutdown())) {
            first = graph.embedded().password();
        }
        try (GraphConnection graph = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(store, 0, -1)
                .withPassword("correct-horse-battery").withQuickShutdown())) {
            try (Driver old = GraphDatabase.driver(graph.embedded().boltUri(), AuthTokens.basic("neo4j", first))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            GraphConnection.requireAuth(graph.embedded().boltUri());
        }
        assertThat(StorePassword.recorded(store)).isEqualTo("correct-horse-battery");
    }

    @Test
    void anExternalNeo4jWithoutAuthCannotSitBehindAnExposedApi() {
        try (GraphConnection open = GraphConnection.embedded(EmbeddedNeo4j.Options.loopback(temp.resolve("open"), 0, -1)
                .withoutAuth().withQuickShutdown())) {
            assertThatThrownBy(() -> GraphConnection.requireAuth(open.embedded().boltUri()))
                    .isInstanceOf(StartupException.class).hasMessageContaining("authentication turned off");
        }
    }
}
