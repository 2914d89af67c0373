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

    @Test
    void theDigestReadInThisProcessEqualsTheOneReadOverBoltForValuesOfEveryKind(GraphConnection graph) {
        String uri = graph.embedded().boltUri().toString();
        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();
        // values the seed may not hold: empty and one-empty-string lists, numbers of both kinds in lists, a map-like text,
        // a relationship without a statement id between entities one of which has no id
        try (Session session = graph.driver().session()) {
            session.run("CREATE (:Entity:State {id: 'odd', name: 'Odd \\u00e9 \"q\" {a=1, b=2}', none: [], blank: [''], whole: [1, 2],"
                    + " real: [0.5, 1.0E20], flags: [true, false], real1: 1.0, n: 9007199254740993, yes: true})").consume();
            session.run("CREATE (:Entity:State {name: 'No id'})").consume();
            session.run("MATCH (a:Entity {id: 'odd'}), (b:Entity {name: 'No id'}) CREATE (a)-[:BORDERS {since: 2001, shared: []}]->(b)").consume();
            session.run("MATCH (a:Entity {id: 'odd'}), (b:Entity {id: 'iran'}) CREATE (a)-[:BORDERS {note: 'x'}]->(b)").consume();
        }
        DomainDigest overBolt;
        try (Session session = graph.driver().session()) {
            overBolt = session.executeRead(tx -> DomainDigest.read(tx, CYPHER));
        }
        DomainDigest inProcess;
        try (org.neo4j.graphdb.Transaction tx = graph.embedded().database().beginTx()) {
            inProcess = DomainDigest.read(tx);
        }

        assertThat(inProcess.entities()).isEqualTo(overBolt.entities());
        assertThat(inProcess.relationships()).isEqualTo(overBolt.relationships());
        assertThat(inProcess.checksum()).isEqualTo(overBolt.checksum());
    }
}
