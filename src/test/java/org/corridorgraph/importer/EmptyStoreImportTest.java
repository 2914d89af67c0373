package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fresh start's import, written in process into the empty store, gives the graph the diffing
 * import writes, records a digest the graph check accepts, and leaves a store that holds a graph
 * to the diffing import.
 */
@ExtendWith(SharedNeo4j.class)
class EmptyStoreImportTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final PreparedImport SEED = PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA), Paths.CORPUS, Json.mapper());

    @Test
    void anEmptyStoreImportedInProcessHoldsTheGraphTheDiffingImportWrites(GraphConnection graph) {
        GraphAssertions.wipe(graph.driver());
        ImportSummary inProcess = new SeedImport(graph, CYPHER, ImportProgress.NONE).run(ImportMethod.AUTO, SEED);
        assertThat(inProcess.written()).contains("empty store");
        GraphChecksum.Snapshot written = GraphChecksum.of(graph.driver());
        assertThat(new GraphCheck(graph.driver(), CYPHER).check())
                .hasValueSatisfying(drift -> assertThat(drift.matches()).as(drift.describe()).isTrue());

        GraphAssertions.wipe(graph.driver());
        ImportSummary diffing = new Importer(graph.driver(), CYPHER).run(SEED.seed(), SEED.fingerprint());

        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(written);
        assertThat(inProcess.relationshipsByType()).isEqualTo(diffing.relationshipsByType());
        assertThat(inProcess.nodesByLabel()).isEqualTo(diffing.nodesByLabel());
        assertThat(inProcess.sentencesCited()).isEqualTo(diffing.sentencesCited());
    }

    @Test
    void aStoreThatHoldsAGraphIsImportedByTheDiffAndKeepsItsGraph(GraphConnection graph) {
        GraphAssertions.wipe(graph.driver());
        new Importer(graph.driver(), CYPHER).run(SEED.seed(), SEED.fingerprint());
        GraphChecksum.Snapshot before = GraphChecksum.of(graph.driver());

        assertThat(new EmptyStoreImport(graph.embedded().database(), CYPHER).runIfEmpty(SEED.seed(), SEED.fingerprint())).isFalse();
        ImportSummary again = new SeedImport(graph, CYPHER, ImportProgress.NONE).run(ImportMethod.AUTO, SEED);

        assertThat(again.written()).isEqualTo(ImportSummary.ONE_TRANSACTION);
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
    }
}
