package org.corridorgraph.graph;

import java.util.ArrayList;
import java.util.List;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Applies cypher/schema.cypher, one statement at a time (schema changes cannot share a transaction). */
public final class SchemaInstaller {
    private final Driver driver;
    private final CypherLibrary cypher;

    public SchemaInstaller(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public int apply() {
        List<String> statements = statements(cypher.get("schema"));
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (String statement : statements) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            session.run(cypher.get("admin/await-indexes")).consume();
        }
        return statements.size();
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        for (String part : script.split(";\\s*(\\n|$)")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }
}
