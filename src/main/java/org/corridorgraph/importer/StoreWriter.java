package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.ValidatedEntity;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes the rows of a generation import into a store nobody reads yet, through Neo4j's own Java
 * API in this process: the same nodes, relationships and properties as the import's Cypher
 * (sources, sentences, entities, create-relationships), without planning and evaluating a query
 * per row, which is most of the import's time at a million relationships. Values are stored as
 * the driver would send them (whole numbers as longs, lists as arrays), so the graph equals the one
 * the Cypher import writes. Nodes are found again by the element id noted when they were created.
 */
final class StoreWriter {
    /** The importer's own relationship from a sentence to its article (cypher/import/sentences.cypher writes it too). */
    static final RelationshipType IN_SOURCE = RelationshipType.withName("IN_SOURCE");

    private final GraphDatabaseService db;
    /** The caller's transaction that every write joins, uncommitted; null for transactions of BATCH rows (then unused). */
    private final Transaction joined;
    private final int batch;
    private final Label entity = Label.label(Schema.ENTITY_LABEL);
    private final Label source;
    private final Label sentence;
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, String> entities = new HashMap<>();

    StoreWriter(GraphDatabaseService db, Schema schema, int batch) {
        this(db, null, schema, batch);
    }

    /** Writes every row in TX, which the caller commits or rolls back: all or nothing. */
    StoreWriter(Transaction tx, Schema schema) {
        this(null, tx, schema, 0);
    }

    private StoreWriter(GraphDatabaseService db, Transaction joined, Schema schema, int batch) {
        this.db = db;
        this.joined = joined;
        this.batch = batch;
        this.source = Label.label(schema.documentLabels().get("Source").name());
        this.sentence = Label.label(schema.documentLabels().get("Sentence").name());
    }

    void sources(List<Map<String, Object>> rows) {
        batched(rows, (tx, row) -> sources.put((String) row.get("id"), properties(tx.createNode(source), row).getElementId()));
    }

    void sentences(List<Sentence> items) {
        batched(items, (tx, s) -> {
            Node node = properties(tx.createNode(sentence), Importer.sentenceRow(s));
            node.createRelationshipTo(tx.getNodeByElementId(sources.get(s.sourceId())), IN_SOURCE);
        });
    }

    void entities(List<ValidatedEntity> items) {
        batched(items, (tx, e) -> {
            Map<String, Object> row = Importer.entityRow(e);
            Node node = tx.createNode(entity);
            for (Object label : (List<?>) row.get("labels")) {
                node.addLabel(Label.label((String) label));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            entities.put(e.id(), properties(node, props).getElementId());
        });
    }

    /** ROWS as create-relationships takes them: type, subject, object, props. */
    void relationships(List<Map<String, Object>> rows) {
        batched(rows, (tx, row) -> {
            Node a = tx.getNodeByElementId(entities.get((String) row.get("subject")));
            Node b = tx.getNodeByElementId(entities.get((String) row.get("object")));
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            properties(a.createRelationshipTo(b, RelationshipType.withName((String) row.get("type"))), props);
        });
    }

    /**
     * Gives every node and relationship that names empty lists in MARKER those lists (as the empty
     * string arrays {@link #array} stores for an empty list, or a list of one empty string for a
     * name ending in {@link CsvGeneration#ONE_EMPTY_STRING}) and removes MARKER: one read pass for
     * the element ids, then the writes in batches.
     *
     * @return how many nodes and relationships were mended
     */
    long restoreEmptyLists(String marker) {
        List<String> nodes = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        try (Transaction tx = db.beginTx()) {
            tx.getAllNodes().forEach(n -> {
                if (n.hasProperty(marker)) {
                    nodes.add(n.getElementId());
                }
            });
            tx.getAllRelationships().forEach(r -> {
                if (r.hasProperty(marker)) {
                    relationships.add(r.getElementId());
                }
            });
        }
        batched(nodes, (tx, id) -> emptyLists(tx.getNodeByElementId(id), marker));
        batched(relationships, (tx, id) -> emptyLists(tx.getRelationshipByElementId(id), marker));
        return nodes.size() + relationships.size();
    }

    private static void emptyLists(Entity target, String marker) {
        for (String key : (String[]) target.removeProperty(marker)) {
            if (key.endsWith(CsvGeneration.ONE_EMPTY_STRING)) {
                target.setProperty(key.substring(0, key.length() - CsvGeneration.ONE_EMPTY_STRING.length()), new String[] {""});
            } else {
                target.setProperty(key, new String[0]);
            }
        }
    }

    /** BATCH items a transaction, so the heap holds one batch's transaction state. */
    private <T> void batched(List<T> items, BiConsumer<Transaction, T> write) {
        if (joined != null) {
            items.forEach(item -> write.accept(joined, item));
            return;
        }
        for (int from = 0; from < items.size(); from += batch) {
            try (Transaction tx = db.beginTx()) {
                for (T item : items.subList(from, Math.min(items.size(), from + batch))) {
                    write.accept(tx, item);
                }
                tx.commit();
            }
        }
    }

    /** As Cypher's SET x = map: a null value is no property. */
    private static <E extends Entity> E properties(E target, Map<String, Object> props) {
        props.forEach((key, value) -> {
            if (value != null) {
                target.setProperty(key, storable(key, value));
            }
        });
        return target;
    }

    static Object storable(String key, Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            return array(key, list);
        }
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        throw new ImportFailedException("property " + key + " holds a " + value.getClass().getSimpleName()
                + ", which a graph property cannot be", "give it a string, number, boolean or a list of one of them", null);
    }

    /** A list as the array Cypher stores for it: longs, doubles, booleans or strings (an empty list as no strings). */
    private static Object array(String key, List<?> list) {
        if (list.stream().allMatch(v -> v instanceof String)) {
            return list.toArray(String[]::new);
        }
        if (list.stream().allMatch(v -> v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte)) {
            return list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        }
        if (list.stream().allMatch(v -> v instanceof Double || v instanceof Float)) {
            return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        if (list.stream().allMatch(v -> v instanceof Boolean)) {
            boolean[] out = new boolean[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (Boolean) list.get(i);
            }
            return out;
        }
        List<String> kinds = new ArrayList<>(list.stream().map(v -> v == null ? "null" : v.getClass().getSimpleName()).distinct().toList());
        throw new ImportFailedException("property " + key + " holds a list of mixed values (" + String.join(", ", kinds)
                + "), which a graph property cannot be", "make every item of the list the same kind", null);
    }
}
