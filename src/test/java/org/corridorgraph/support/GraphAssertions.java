package org.corridorgraph.support;

import java.util.List;

import org.corridorgraph.graph.GraphChecksum;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Reads the whole graph for comparisons: counts and a checksum of every label and property. */
public final class GraphAssertions {
    private GraphAssertions() {
    }

    public static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
    }

    /** Drops every constraint and index but Neo4j's own lookup indexes, as on a database nothing was imported into. */
    public static void dropSchema(Driver driver) {
        try (Session session = driver.session()) {
            for (String name : session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())) {
                session.run("DROP CONSTRAINT $name", java.util.Map.of("name", name)).consume();
            }
            for (String name : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get("name").asString())) {
                session.run("DROP INDEX $name", java.util.Map.of("name", name)).consume();
            }
        }
    }

    /** Counts and a checksum of every label, type and property: the same measure the resilience scenarios use. */
    public static GraphChecksum.Snapshot snapshot(Driver driver) {
        return GraphChecksum.of(driver);
    }

    public static long count(Driver driver, String query) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query).single().get(0).asLong());
        }
    }

    public static List<Record> rows(Driver driver, String query, java.util.Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, params).list());
        }
    }
}
