package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.Schema;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

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
    private static final String ENTITIES = "support/domain-entities";
    private static final String RELATIONSHIPS = "support/domain-relationships";
    private static final Label ENTITY = Label.label(Schema.ENTITY_LABEL);

    /** The domain graph as it is now, read in the caller's transaction. */
    public static DomainDigest read(SimpleQueryRunner tx, CypherLibrary cypher) {
        return read((query, element) -> tx.run(cypher.get(query)).forEachRemaining(r -> element.accept(text(r.get("id")),
                query.equals(ENTITIES) ? entity(GraphChecksum.labels(r.get("labels")), GraphChecksum.canonical(r.get("properties")))
                        : relationship(r.get("type").asString(), text(r.get("from")), text(r.get("to")), GraphChecksum.canonical(r.get("properties"))))));
    }

    /**
     * The same digest read in an embedded transaction of this process through Neo4j's Java API: the
     * elements the two support/domain-* queries return (every {@code Entity}; every relationship from
     * one to another, keyed by its statementId, else its type and ends) in the same canonical form
     * ({@link GraphChecksum#canonicalStored}), so the digest equals what
     * {@link #read(SimpleQueryRunner, CypherLibrary)} gives over Bolt, without planning a query or
     * sending the whole graph through Bolt (that was 13 s of a million-relationship import).
     */
    public static DomainDigest read(Transaction tx) {
        return read((query, element) -> {
            try (ResourceIterator<Node> nodes = tx.findNodes(ENTITY)) {
                while (nodes.hasNext()) {
                    Node a = nodes.next();
                    if (query.equals(ENTITIES)) {
                        List<String> labels = new ArrayList<>();
                        a.getLabels().forEach(label -> labels.add(label.name()));
                        element.accept(text(a.getProperty("id", null)), entityPart(labels, a.getAllProperties()));
                        continue;
                    }
                    try (ResourceIterable<Relationship> out = a.getRelationships(Direction.OUTGOING)) {
                        relationshipParts(a, out, element);
                    }
                }
            }
        });
    }

    /**
     * The digest of a store whose entities and most relationships were written from rows whose
     * digests ROWS holds already (made from the stored values before they were written, as the
     * rows' {@link #entityPart} and {@link #relationshipPart}), with the relationships of the
     * DERIVED types read from the store in TX: reading a million relationships back was most of a
     * large import's digest. The whole store is read instead when a key of the rows is also a
     * derived relationship's key.
     */
    static DomainDigest completed(RowDigests rows, Transaction tx, RelationshipType... derived) {
        Map<String, List<String>> found = new HashMap<>();
        try (ResourceIterator<Node> nodes = tx.findNodes(ENTITY)) {
            while (nodes.hasNext()) {
                Node a = nodes.next();
                try (ResourceIterable<Relationship> out = a.getRelationships(Direction.OUTGOING, derived)) {
                    relationshipParts(a, out, (id, part) -> found.computeIfAbsent(id, k -> new ArrayList<>(1)).add(part));
                }
            }
        }
        if (found.keySet().stream().anyMatch(rows.relationships()::containsKey)) {
            return read(tx);
        }
        Map<String, String> e = new TreeMap<>(rows.entities());
        Map<String, String> rels = new TreeMap<>(rows.relationships());
        found.forEach((id, parts) -> rels.put(id, shortDigest(parts)));
        return new DomainDigest(checksum(e, rels), e, rels, true);
    }

    /**
     * Short digests of elements by key, made from rows before they are written; a key once.
     *
     * @param entities      entity id → short digest
     * @param relationships relationship key → short digest
     */
    record RowDigests(Map<String, String> entities, Map<String, String> relationships) {
    }

    /** An entity's canonical form from its labels and stored properties. */
    static String entityPart(Collection<String> labels, Map<String, Object> stored) {
        return entity(new TreeSet<>(labels).toString(), GraphChecksum.canonicalStored(stored));
    }

    /** A relationship's key: its statementId, else its type and the ends' ids (none when an end has no id). */
    static String relationshipKey(String type, Object statementId, Object aId, Object bId) {
        return text(statementId != null ? statementId : aId == null || bId == null ? null : type + " " + aId + "->" + bId);
    }

    /** A relationship's canonical form from its type, its ends' ids and its stored properties. */
    static String relationshipPart(String type, Object aId, Object bId, Map<String, Object> stored) {
        return relationship(type, text(aId), text(bId), GraphChecksum.canonicalStored(stored));
    }

    /** The short digest of an element with one canonical form. */
    static String shortDigest(String part) {
        return shortDigest(List.of(part));
    }

    /** Each relationship of OUT from entity A to an entity, as its key and canonical form. */
    private static void relationshipParts(Node a, Iterable<Relationship> out, BiConsumer<String, String> element) {
        Object aId = a.getProperty("id", null);
        for (Relationship r : out) {
            Node b = r.getEndNode();
            if (!b.hasLabel(ENTITY)) {
                continue;
            }
            Object bId = b.getProperty("id", null);
            String type = r.getType().name();
            element.accept(relationshipKey(type, r.getProperty("statementId", null), aId, bId),
                    relationshipPart(type, aId, bId, r.getAllProperties()));
        }
    }

    /** Runs a query of cypher/support (or reads what it would return) and gives each element's key and canonical form to ELEMENT. */
    private interface QueryRows {
        void forEach(String query, BiConsumer<String, String> element);
    }

    private static DomainDigest read(QueryRows rows) {
        // collected unsorted, sorted once below
        Map<String, List<String>> entities = new HashMap<>();
        rows.forEach(ENTITIES, (id, part) -> entities.computeIfAbsent(id, k -> new ArrayList<>(1)).add(part));
        Map<String, List<String>> relationships = new HashMap<>();
        rows.forEach(RELATIONSHIPS, (id, part) -> relationships.computeIfAbsent(id, k -> new ArrayList<>(1)).add(part));
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
        tx.run(cypher.get("import/record-digest"), recorded()).consume();
    }

    /** The same on the import state node STATE, in an embedded transaction of this process, as import/record-digest sets it. */
    void record(Node state) {
        recorded().forEach((key, value) -> state.setProperty(RECORDED_AS.get(key), value instanceof List<?> list ? list.toArray(String[]::new) : value));
    }

    /** import/record-digest's parameters and the properties it sets from them. */
    private static final Map<String, String> RECORDED_AS = Map.of("checksum", "domainChecksum", "entities", "entityDigests",
            "relationships", "relationshipDigests");

    private Map<String, Object> recorded() {
        boolean keep = entities.size() + relationships.size() <= DETAIL_LIMIT;
        return Map.of("checksum", checksum, "entities", keep ? lines(entities) : List.of(),
                "relationships", keep ? lines(relationships) : List.of());
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

    private static String entity(String labels, String properties) {
        return labels + properties;
    }

    private static String relationship(String type, String from, String to, String properties) {
        return type + "|" + from + "|" + to + "|" + properties;
    }

    private static String text(Value value) {
        return value.isNull() ? "(no id)" : value.asString();
    }

    /** As {@link #text(Value)} for a stored value: a value that is not a string fails as it does over Bolt. */
    private static String text(Object value) {
        return value instanceof String s ? s : text(Values.value(value));
    }

    private static String shortDigest(List<String> parts) {
        return GraphChecksum.sha256(parts.size() == 1 ? parts : parts.stream().sorted().toList()).substring(0, 16);
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
