package org.corridorgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Reads the whole graph for comparisons: counts and a checksum of every label and property. */
public final class GraphAssertions {
    private GraphAssertions() {
    }

    public record Snapshot(long nodes, long relationships, String checksum) {
    }

    public static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
    }

    public static Snapshot snapshot(Driver driver) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> nodes = tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").list(GraphAssertions::describe);
                List<String> rels = tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS a, properties(r) AS props, properties(b) AS b")
                        .list(r -> r.get("type").asString() + new TreeMap<>(r.get("a").asMap()) + new TreeMap<>(r.get("props").asMap())
                                + new TreeMap<>(r.get("b").asMap()));
                return new Snapshot(nodes.size(), rels.size(), digest(nodes, rels));
            });
        }
    }

    private static String describe(Record r) {
        List<String> labels = r.get("labels").asList(v -> v.asString()).stream().sorted().toList();
        return labels + String.valueOf(new TreeMap<>(r.get("props").asMap()));
    }

    private static String digest(List<String> nodes, List<String> rels) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (List<String> part : List.of(nodes, rels)) {
                part.stream().sorted().forEach(s -> md.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
