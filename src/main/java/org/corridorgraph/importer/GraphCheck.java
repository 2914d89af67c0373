package org.corridorgraph.importer;

import java.util.Optional;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/** Compares the domain graph with what the last import recorded of it, in one read transaction. */
public final class GraphCheck {
    private final Driver driver;
    private final CypherLibrary cypher;

    public GraphCheck(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Empty when no import has recorded digests (nothing imported yet, or by an older version). */
    public Optional<GraphDrift> check() {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get("support/recorded-digest"));
                if (!result.hasNext()) {
                    return Optional.empty();
                }
                Record r = result.next();
                if (r.get("checksum").isNull()) {
                    return Optional.empty();
                }
                DomainDigest recorded = DomainDigest.recorded(r.get("checksum").asString(), r.get("entities").asList(Value::asString),
                        r.get("relationships").asList(Value::asString));
                return Optional.of(recorded.against(DomainDigest.read(tx, cypher)));
            });
        }
    }
}
