package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** serve's up-to-date check reads the same fingerprint in process as import/state reads over Bolt. */
@ExtendWith(SharedNeo4j.class)
class ImportStateTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final PreparedImport SEED = PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA), Paths.CORPUS, Json.mapper());

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
