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
 * A fresh start's import, written in process into the empty store, gives the graph and the counts
 * the diffing import writes and reads, records a digest the graph check accepts and the fingerprint serve compares, and leaves a store that holds a graph
 * to the diffing import; serve's up-to-date check reads in process the fingerprint import/state reads over Bolt.
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
        assertThat(new Importer(graph.driver(), CYPHER).currentFingerprint()).as("the state serve compares at its next start").contains(SEED.fingerprint());
        GraphChecksum.Snapshot written = GraphChecksum.of(graph.driver());
        assertThat(new GraphCheck(graph.driver(), CYPHER).check())
                .hasValueSatisfying(drift -> assertThat(drift.matches()).as(drift.describe()).isTrue());

        GraphAssertions.wipe(graph.driver());
        ImportSummary diffing = new Importer(graph.driver(), CYPHER).run(SEED.seed(), SEED.fingerprint());

        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(written);
        assertThat(inProcess.relationshipsByType()).isEqualTo(diffing.relationshipsByType());
        assertThat(inProcess.nodesByLabel()).isEqualTo(diffing.nodesByLabel());
        assertThat(inProcess.statementsByKind()).isEqualTo(diffing.statementsByKind());
        assertThat(inProcess.sentencesCited()).isEqualTo(diffing.sentencesCited());
        assertThat(inProcess.sentencesTotal()).isEqualTo(diffing.sentencesTotal());
        assertThat(inProcess.nodesByLabel()).as("counts were read, not empty").containsKey("ImportState");
    }

    @Test
    void aStoreThatHoldsAGraphIsImportedByTheDiffAndKeepsItsGraph(GraphConnection graph) {
        GraphAssertions.wipe(graph.driver());
        new Importer(graph.driver(), CYPHER).run(SEED.seed(), SEED.fingerprint());
        GraphChecksum.Snapshot before = GraphChecksum.of(graph.driver());

        assertThat(new EmptyStoreImport(graph.embedded().database(), CYPHER).runIfEmpty(SEED.seed(), SEED.fingerprint())).isEmpty();
        ImportSummary again = new SeedImport(graph, CYPHER, ImportProgress.NONE).run(ImportMethod.AUTO, SEED);

        assertThat(again.written()).isEqualTo(ImportSummary.ONE_TRANSACTION);
        assertThat(GraphChecksum.of(graph.driver())).isEqualTo(before);
    }

    @Test
    void theFingerprintReadInProcessIsTheOneTheImportRecorded(GraphConnection graph) {
        GraphAssertions.wipe(graph.driver());
        assertThat(ImportState.fingerprint(graph.embedded().database())).as("an empty store holds no import").isEmpty();

        new Importer(graph.driver(), CYPHER).run(SEED.seed(), SEED.fingerprint());

        assertThat(ImportState.fingerprint(graph.embedded().database()))
                .contains(SEED.fingerprint())
                .isEqualTo(new Importer(graph.driver(), CYPHER).currentFingerprint());
    }
}
