package org.corridorgraph.importer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same import contract against a Neo4j server in a container; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerImportTest extends ImportContract {
    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

    private static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none());
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    @Override
    protected Driver driver() {
        return driver;
    }

    @Override
    protected String boltUri() {
        return NEO4J.getBoltUrl();
    }
}
