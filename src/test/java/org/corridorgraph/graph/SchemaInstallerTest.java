package org.corridorgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.GraphAssertions;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

@ExtendWith(SharedNeo4j.class)
class SchemaInstallerTest {
    private final CypherLibrary cypher = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));

    @Test
    void aDroppedConstraintIsRecreatedAndAnUpToDateSchemaCreatesNothing(Driver driver) {
        dropAndRecreate(driver, new SchemaInstaller(driver, cypher));
    }

    @Test
    void readInProcessADroppedConstraintIsRecreatedAndAnUpToDateSchemaCreatesNothing(GraphConnection graph) {
        dropAndRecreate(graph.driver(), SchemaInstaller.inProcess(graph.driver(), graph.embedded().database(), cypher));
    }

    @Test
    void aStoreMadeByAnEarlierVersionLosesTheIndexNoQueryReadsAndGainsItsSuccessor(GraphConnection graph) {
        Driver driver = graph.driver();
        SchemaInstaller installer = SchemaInstaller.inProcess(driver, graph.embedded().database(), cypher);
        installer.apply();
        try (Session session = driver.session()) {
            session.run("DROP INDEX statement_keys").consume();
            session.run("CREATE FULLTEXT INDEX statement_speakers FOR ()-[r:MET_WITH|VISITED]-() ON EACH [r.speaker, r.speakers]").consume();
        }

        assertThat(installer.apply()).isEqualTo(1);
        assertThat(installer.existing().names()).contains("statement_keys").doesNotContain("statement_speakers");
        assertThat(installer.apply()).isZero();
    }

    @Test
    void theSchemaReadInProcessIsTheSchemaCypherReports(GraphConnection graph) {
        new SchemaInstaller(graph.driver(), cypher).apply();

        SchemaInstaller.Existing inProcess = SchemaInstaller.inProcess(graph.driver(), graph.embedded().database(), cypher).existing();
        SchemaInstaller.Existing overBolt = new SchemaInstaller(graph.driver(), cypher).existing();

        assertThat(inProcess).isEqualTo(overBolt);
        assertThat(inProcess.names()).contains("entity_id", "summit_with_statement", "entity_names");
        assertThat(inProcess.fulltext()).containsEntry("entity_names", Set.of("Entity"));
        assertThat(inProcess.fulltext().get("statement_text")).contains("MEMBER_OF", "SUMMIT_WITH");
    }

    @Test
    void theSchemaMadeInProcessIsTheSchemaCypherMakes(GraphConnection graph) {
        Driver driver = graph.driver();
        GraphAssertions.dropSchema(driver);
        int made = new SchemaInstaller(driver, cypher).apply();
        List<String> byCypher = schema(driver);
        GraphAssertions.dropSchema(driver);

        int madeInProcess = SchemaInstaller.inProcess(driver, graph.embedded().database(), cypher).apply();

        assertThat(madeInProcess).isEqualTo(made);
        assertThat(schema(driver)).isEqualTo(byCypher).hasSizeGreaterThan(60);
        assertThat(String.join("\n", byCypher)).contains("sentence_text FULLTEXT NODE [Sentence] [text] english ONLINE",
                "entity_name RANGE NODE [Entity] [name]", "summit_with_statement RANGE RELATIONSHIP [SUMMIT_WITH] [statementId]");
    }

    @Test
    void everyStatementTheSchemaCommandWritesIsMadeThroughTheApi() {
        List<String> statements = SchemaInstaller.statements(cypher.get("schema"));

        assertThat(statements).hasSizeGreaterThan(60)
                .allSatisfy(statement -> assertThat(SchemaStatement.parse(statement)).as(statement).isPresent());
        assertThat(SchemaStatement.parse("CREATE POINT INDEX place IF NOT EXISTS FOR (n:City) ON (n.location)")).isEmpty();
    }

    /** Every index (constraints' own included) with what it covers, its analyzer and its state, sorted. */
    private static List<String> schema(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, state, owningConstraint "
                            + "WHERE type <> 'LOOKUP' RETURN name, type, entityType, labelsOrTypes, properties, "
                            + "coalesce(options.indexConfig['fulltext.analyzer'], '') AS analyzer, state, owningConstraint IS NOT NULL AS constraint "
                            + "ORDER BY name")
                    .list(r -> String.join(" ", r.get("name").asString(), r.get("type").asString(), r.get("entityType").asString(),
                            r.get("labelsOrTypes").asList(org.neo4j.driver.Value::asString).toString(),
                            r.get("properties").asList(org.neo4j.driver.Value::asString).toString(), r.get("analyzer").asString(),
                            r.get("state").asString(), r.get("constraint").asBoolean() ? "unique" : ""));
        }
    }

    private void dropAndRecreate(Driver driver, SchemaInstaller installer) {
        installer.apply();
        try (Session session = driver.session()) {
            session.run("DROP CONSTRAINT summit_with_statement").consume();
            session.run("DROP INDEX entity_names").consume();
        }

        assertThat(installer.apply()).isEqualTo(2);
        assertThat(installer.apply()).isZero();
        try (Session session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            List<String> indexes = session.run("SHOW INDEXES YIELD name, state RETURN name, state")
                    .list(r -> r.get(0).asString() + " " + r.get(1).asString());
            assertThat(constraints).contains("summit_with_statement", "entity_id", "member_of_statement");
            assertThat(indexes).contains("entity_names ONLINE", "entity_name ONLINE");
        }
    }
}
