package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The names serve resolves are the same whether the directory is read in process or over Bolt. */
@ExtendWith(SharedNeo4j.class)
class EntityDirectoryLoadTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));

    @Test
    void theDirectoryReadInProcessHoldsWhatSupportEntitiesReturns(GraphConnection graph) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        EntityDirectory overBolt = EntityDirectory.load(graph.driver(), CYPHER);
        EntityDirectory inProcess = EntityDirectory.load(graph.embedded().database());

        assertThat(inProcess.all()).as("names, labels and aliases, in id order").isEqualTo(overBolt.all()).hasSizeGreaterThan(10);
        assertThat(inProcess.find("Kyrgyz Republic")).as("an alias resolves").map(EntityRef::id).contains("kyrgyzstan");
    }
}
