package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The domain graph as digests: one SHA-256 over everything, and one short digest per entity id and
 * per relationship key (a statement's id, else its type and ends), so a difference can be named.
 * Property order, store order and internal ids do not matter.
 *
 * @param entities      entity id → digest; empty when the graph was too large for the detail to be kept
 * @param relationships relationship key → digest, likewise
 */
public record DomainDigest(String checksum, Map<String, String> entities, Map<String, String> relationships, boolean detailed) {
    /** Above this many elements only the checksum is kept: the detail would weigh on the import state. */
    static final int DETAIL_LIMIT = 100_000;
    private static final String SEPARATOR = "=";

    /** The domain graph as it is now, read in the caller's transaction. */
    public static DomainDigest read(SimpleQueryRunner tx, CypherLibrary cypher) {
        Map<String, List<String>> entities = new TreeMap<>();
        tx.run(cypher.get("support/domain-entities")).forEachRemaining(r -> entities.computeIfAbsent(text(r.get("id")), k -> new ArrayList<>())
                .add(GraphChecksum.labels(r.get("labels")) + GraphChecksum.canonical(r.get("properties"))));
        Map<String, List<String>> relationships = new TreeMap<>();
        tx.run(cypher.get("support/domain-relationships")).forEachRemaining(r -> relationships.computeIfAbsent(text(r.get("id")),
                k -> new ArrayList<>()).add(relationship(r)));
        Map<String, String> e = new TreeMap<>();
        entities.forEach((id, parts) -> e.put(id, shortDigest(parts)));
        Map<String, String> rels = new TreeMap<>();
        relationships.forEach((id, parts) -> rels.put(id, shortDigest(parts)));
        return new DomainDigest(checksum(e, rels), e, rels, true);
    }

    /** As an import recorded it. */
    public static DomainDigest recorded(String checksum, List<String> entities, List<String> relationships) {
        return new DomainDigest(checksum, parse(entities), parse(relationships), !entities.isEmpty() || !relationships.isEmpty());
    }

    /** Records it in the import's transaction; the per-element detail only for a graph of moderate size. */
    void record(SimpleQueryRunner tx, CypherLibrary cypher) {
        boolean keep = entities.size() + relationships.size() <= DETAIL_LIMIT;
        tx.run(cypher.get("import/record-digest"), Map.of("checksum", checksum, "entities", keep ? lines(entities) : List.of(),
                "relationships", keep ? lines(relationships) : List.of())).consume();
    }

    /** What differs in NOW from this (what was recorded). */
    public GraphDrift against(DomainDigest now) {
        if (checksum.equals(now.checksum)) {
            return GraphDrift.none(checksum);
        }
        if (!detailed) {
            return GraphDrift.undetailed(checksum, now.checksum);
        }
        GraphDrift.Differences e = GraphDrift.Differences.between(entities, now.entities);
        GraphDrift.Differences r = GraphDrift.Differences.between(relationships, now.relationships);
        return new GraphDrift(false, checksum, now.checksum, e, r, true);
    }

    private static String relationship(Record r) {
        return r.get("type").asString() + "|" + text(r.get("from")) + "|" + text(r.get("to")) + "|" + GraphChecksum.canonical(r.get("properties"));
    }

    private static String text(Value value) {
        return value.isNull() ? "(no id)" : value.asString();
    }

    private static String shortDigest(List<String> parts) {
        return GraphChecksum.sha256(parts.stream().sorted().toList()).substring(0, 16);
    }

    private static String checksum(Map<String, String> entities, Map<String, String> relationships) {
        List<String> all = new ArrayList<>();
        entities.forEach((k, v) -> all.add("E " + k + SEPARATOR + v));
        relationships.forEach((k, v) -> all.add("R " + k + SEPARATOR + v));
        return GraphChecksum.sha256(all);
    }

    private static List<String> lines(Map<String, String> digests) {
        return digests.entrySet().stream().map(e -> e.getKey() + SEPARATOR + e.getValue()).toList();
    }

    private static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new TreeMap<>();
        for (String line : lines) {
            int at = line.lastIndexOf(SEPARATOR);
            out.put(line.substring(0, at), line.substring(at + 1));
        }
        return out;
    }
}
