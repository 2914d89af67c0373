package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.StoreGenerations;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.JavaProcess;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded import builds a new generation of the store and swaps it in: a failure or a kill
 * while it builds leaves the previous graph answering exactly as before, what it left behind is
 * removed at the next start, and the next import works.
 */
class GenerationImportTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final Arguments KAZAKHSTAN = Arguments.ofText(Map.of("entity", List.of("Kazakhstan")));

    @TempDir
    Path temp;

    private EmbeddedNeo4j.Options options() {
        return EmbeddedNeo4j.Options.loopback(temp.resolve("store"), 0, -1).withQuickShutdown();
    }

    private static PreparedImport seed(Path corpus) {
        return PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA), corpus, Json.mapper());
    }

    private static ImportSummary importInto(GraphConnection graph, PreparedImport seed, ImportProgress progress) {
        return new GenerationImport(graph.embedded(), CYPHER, progress).run(seed.seed(), seed.fingerprint());
    }

    private static List<Map<String, Object>> memberships(GraphConnection graph) {
        try (var app = TestApps.on(graph, QueryLimits.DEFAULT)) {
            return app.queries().run("memberships", KAZAKHSTAN).rows();
        }
    }

    private List<String> homes() throws IOException {
        try (Stream<Path> entries = Files.list(temp.resolve("store"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("store-")).sorted().toList();
        }
    }

    @Test
    void theNewGenerationHoldsTheGraphTheOneTransactionImportWritesWhetherBulkLoadedOrWrittenInBatches() {
        PreparedImport seed = seed(Paths.CORPUS);
        try (GraphConnection graph = GraphConnection.embedded(options())) {
            List<String> phases = new ArrayList<>();
            ImportSummary bulk = importInto(graph, seed, (phase, rows, took) -> phases.add(phase));
            assertThat(phases).as("the real seed goes through Neo4j's bulk importer").contains(GenerationImport.PHASE_BULK_LOAD);
            assertThat(bulk.written()).contains("bulk importer");
            GraphChecksum.Snapshot bulkLoaded = GraphChecksum.of(graph.driver());
            assertThat(new GraphCheck(graph.driver(), CYPHER).check()).hasValueSatisfying(drift -> assertThat(drift.matches()).as(drift.describe()).isTrue());

            GraphAssertions.wipe(graph.driver());
            ImportSummary batches = new GenerationImport(graph.embedded(), CYPHER, ImportProgress.NONE).inBatches()
                    .run(seed.seed(), seed.fingerprint());
            assertThat(batches.written()).contains("in batches");
            assertThat(GraphChecksum.of(graph.driver())).isEqualTo(bulkLoaded);

            GraphAssertions.wipe(graph.driver());
            ImportSummary oneTransaction = new Importer(graph.driver(), CYPHER).run(seed.seed(), seed.fingerprint());

            assertThat(GraphChecksum.of(graph.driver())).isEqualTo(bulkLoaded);
            assertThat(bulk.relationshipsByType()).isEqualTo(oneTransaction.relationshipsByType());
            assertThat(bulk.nodesByLabel()).isEqualTo(oneTransaction.nodesByLabel());
            // the bulk load counts from its rows and the store's counts, the others by reading the graph: the same summary
            assertThat(bulk.statementsByKind()).isEqualTo(oneTransaction.statementsByKind()).isEqualTo(batches.statementsByKind());
            assertThat(bulk.sentencesCited()).isEqualTo(oneTransaction.sentencesCited()).isPositive();
            assertThat(bulk.sentencesTotal()).isEqualTo(oneTransaction.sentencesTotal());
            assertThat(bulk.relationshipsByType()).isEqualTo(batches.relationshipsByType());
        }
    }

    @Test
    void aFailureWhileTheNewGenerationIsBuiltLeavesThePreviousGraphAnswering() throws IOException {
        PreparedImport withArticles = seed(Paths.CORPUS);
        PreparedImport withoutArticles = seed(null);
        try (GraphConnection graph = GraphConnection.embedded(options())) {
            importInto(graph, withArticles, ImportProgress.NONE);
            GraphChecksum.Snapshot before = GraphChecksum.of(graph.driver());
            List<Map<String, Object>> answer = memberships(graph);
            List<String> homesBefore = homes();
            assertThat(answer).isNotEmpty();

            // the rows are in the new generation, then the import fails before its switch
            ImportProgress failing = (phase, rows, took) -> {
                if (phase.equals(GenerationImport.PHASE_DERIVED)) {
                    throw new IllegalStateException("failure injected after the relationships were written");
                }
            };
            assertThatThrownBy(() -> importInto(graph, withoutArticles, failing)).hasMessageContaining("failure injected");

            assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
            assertThat(memberships(graph)).isEqualTo(answer);
            assertThat(homes()).as("the unfinished generation is deleted").isEqualTo(homesBefore);

            ImportSummary next = importInto(graph, withoutArticles, ImportProgress.NONE);
            assertThat(next.changed()).isTrue();
            assertThat(next.sentencesTotal()).isZero();
            assertThat(GraphChecksum.of(graph.driver())).isNotEqualTo(before);
            assertThat(importInto(graph, withoutArticles, ImportProgress.NONE).changed()).as("the same seed imported again changes nothing").isFalse();
        }
        try (GraphConnection reopened = GraphConnection.embedded(options())) {
            assertThat(new Importer(reopened.driver(), CYPHER).currentFingerprint()).contains(withoutArticles.fingerprint());
            assertThat(homes()).hasSize(1);
        }
    }

    @Test
    void aKilledImportLeavesThePreviousGraphAndItsLeftoverGoesAtTheNextStart() throws Exception {
        Path store = temp.resolve("store");
        Path project = Path.of("").toAbsolutePath();
        try (JavaProcess first = JavaProcess.start(project, "import", "--method", "generation", "--data-dir", store.toString(), "--corpus", Paths.CORPUS.toString())) {
            assertThat(first.waitFor(Duration.ofMinutes(10))).as(first.output()).isZero();
        }
        String live = new StoreGenerations(store).live().getFileName().toString();
        GraphChecksum.Snapshot before;
        List<Map<String, Object>> answer;
        try (GraphConnection graph = GraphConnection.embedded(options())) {
            before = GraphChecksum.of(graph.driver());
            answer = memberships(graph);
        }

        try (JavaProcess doomed = JavaProcess.start(project, "import", "--method", "generation", "--data-dir", store.toString(), "--no-corpus")) {
            doomed.awaitLine("^  lookup keys ", Duration.ofMinutes(10)); // the new generation's store runs and is being written
            doomed.kill();
        }
        assertThat(homes()).as("the killed import left its unfinished generation").hasSize(2);
        assertThat(new StoreGenerations(store).live().getFileName().toString()).isEqualTo(live);

        try (GraphConnection graph = GraphConnection.embedded(options())) {
            assertThat(homes()).as("the next start removes it").containsExactly(live);
            assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
            assertThat(memberships(graph)).isEqualTo(answer);
            importInto(graph, seed(null), ImportProgress.NONE);
            assertThat(GraphChecksum.of(graph.driver())).isNotEqualTo(before);
        }
    }
}
