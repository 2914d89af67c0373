package org.corridorgraph.importer;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The import contract against the embedded Neo4j Community that `serve` starts. */
@ExtendWith(SharedNeo4j.class)
class EmbeddedImportTest extends ImportContract {
    private static GraphConnection graph;

    @BeforeAll
    static void connect(GraphConnection connection) {
        graph = connection;
    }

    @Override
    protected Driver driver() {
        return graph.driver();
    }

    @Override
    protected String boltUri() {
        return graph.embedded().boltUri().toString();
    }
}
