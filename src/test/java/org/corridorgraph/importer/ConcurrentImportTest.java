package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two imports at once against one database: one waits on the import lock (or fails clearly), and the data ends up right. */
@ExtendWith(SharedNeo4j.class)
class ConcurrentImportTest {
    @Test
    void twoConcurrentImportsLeaveWhatOneImportLeaves(GraphConnection graph) {
        String uri = graph.embedded().boltUri().toString();
        CliRun single = CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString());
        assertThat(single.exitCode()).as(single.err()).isZero();
        GraphChecksum.Snapshot once = GraphChecksum.of(graph.driver());
        GraphAssertions.wipe(graph.driver());

        List<CompletableFuture<CliRun>> runs = List.of(
                CompletableFuture.supplyAsync(() -> CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString())),
                CompletableFuture.supplyAsync(() -> CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString())));
        List<CliRun> done = runs.stream().map(CompletableFuture::join).toList();

        assertThat(done).anyMatch(r -> r.exitCode() == 0);
        for (CliRun r : done) {
            if (r.exitCode() != 0) {
                assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ");
            }
        }
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(once);
    }

    @Test
    void twoImportsStartingAtOnceOnADatabaseWithoutItsSchemaBothSucceed(GraphConnection graph) {
        String uri = graph.embedded().boltUri().toString();
        CliRun single = CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString());
        assertThat(single.exitCode()).as(single.err()).isZero();
        GraphChecksum.Snapshot once = GraphChecksum.of(graph.driver());
        GraphAssertions.wipe(graph.driver());
        GraphAssertions.dropSchema(graph.driver());

        List<CompletableFuture<CliRun>> runs = List.of(
                CompletableFuture.supplyAsync(() -> CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString())),
                CompletableFuture.supplyAsync(() -> CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString())));
        List<CliRun> done = runs.stream().map(CompletableFuture::join).toList();

        // both create the same constraints at once, which can deadlock in Neo4j: the loser runs again
        assertThat(done).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(once);
    }
}
