package org.corridorgraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** The graph proves it is what the last import wrote, names what was changed outside an import, and an import repairs it. */
@ExtendWith(SharedNeo4j.class)
class GraphCheckTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));

    @Test
    void aPlantedNodeAPlantedEdgeAndAnEditedStatementAreNamedAndAnImportClearsThem(GraphConnection graph) {
        String uri = graph.embedded().boltUri().toString();
        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();
        GraphCheck check = new GraphCheck(graph.driver(), CYPHER);
        assertThat(check.check()).hasValueSatisfying(d -> assertThat(d.matches()).as(d.describe()).isTrue());
        CliRun clean = CliRun.of("check", "--graph", "--uri", uri, "--corpus", Paths.CORPUS.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("check: the graph is what the last import wrote");

        // what a foreign page could have done with an open Neo4j
        try (Session session = graph.driver().session()) {
            session.run("CREATE (:Entity:State {id: 'evil', name: 'Evil'})").consume();
            session.run("MATCH (a:Entity {id: 'iran'}), (b:Entity {id: 'kazakhstan'}) CREATE (a)-[:MEMBER_OF]->(b)").consume();
            session.run("MATCH ()-[r {statementId: 'st-001'}]->() SET r.official = false").consume();
        }
        Optional<GraphDrift> drift = check.check();
        CliRun flagged = CliRun.of("check", "--graph", "--uri", uri, "--corpus", Paths.CORPUS.toString());

        assertThat(drift).isPresent();
        assertThat(drift.get().matches()).isFalse();
        assertThat(drift.get().entities().added()).containsExactly("evil");
        assertThat(drift.get().relationships().added()).containsExactly("MEMBER_OF iran->kazakhstan");
        assertThat(drift.get().relationships().changed()).containsExactly("st-001");
        assertThat(drift.get().entities().removed()).isEmpty();
        assertThat(flagged.exitCode()).isEqualTo(7);
        assertThat(flagged.err()).contains("1 entity added: evil", "st-001", "hint: run import").doesNotContain("\tat ");

        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();

        assertThat(check.check()).hasValueSatisfying(d -> assertThat(d.matches()).as(d.describe()).isTrue());
        assertThat(GraphAssertions.count(graph.driver(), "MATCH (n:Entity {id: 'evil'}) RETURN count(n)")).isZero();
        assertThat(GraphAssertions.count(graph.driver(),
                "MATCH (:Entity {id: 'iran'})-[r:MEMBER_OF]->(:Entity {id: 'kazakhstan'}) RETURN count(r)")).isZero();
    }

    @Test
    void aDeletedEntityIsNamedAsRemoved(GraphConnection graph) {
        String uri = graph.embedded().boltUri().toString();
        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();
        try (Session session = graph.driver().session()) {
            session.run("MATCH (n:Entity {id: 'turkmenistan'}) DETACH DELETE n").consume();
        }

        GraphDrift drift = new GraphCheck(graph.driver(), CYPHER).check().orElseThrow();

        assertThat(drift.entities().removed()).containsExactly("turkmenistan");
        assertThat(drift.relationships().removed()).isNotEmpty();
        assertThat(drift.describe()).contains("1 entity removed: turkmenistan");
    }
}
