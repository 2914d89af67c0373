package org.corridorgraph.importer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.corridorgraph.seed.Schema;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.token.api.TokenConstants;

/**
 * The summary's counts read through the Java API in the import's own transaction, as
 * import/count-labels, count-types, count-kinds and count-cited count them: a fresh start then plans
 * none of the four. One pass over the nodes and one over the relationships, or, for rows bulk loaded,
 * the store's own counts and what the rows say (see {@link #of(Transaction, Schema, RowFacts, RelationshipType...)}).
 */
record InProcessCounts(Map<String, Long> labels, Map<String, Long> types, Map<String, Long> kinds, long cited, long sentences) {

    static InProcessCounts of(Transaction tx, Schema schema) {
        Map<String, Long> labels = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Set<Object> citedIds = new HashSet<>();
        try (ResourceIterable<Relationship> all = tx.getAllRelationships()) {
            for (Relationship r : all) {
                types.merge(r.getType().name(), 1L, Long::sum);
                statement(r, citedIds, kinds);
            }
        }
        try (ResourceIterable<Node> all = tx.getAllNodes()) {
            for (Node n : all) {
                for (Label label : n.getLabels()) {
                    labels.merge(label.name(), 1L, Long::sum);
                }
            }
        }
        return withSentences(tx, schema, labels, types, kinds, citedIds);
    }

    /**
     * What the counts need of rows bulk loaded into a store, made from their stored values before they
     * were written.
     *
     * @param kinds the rows' statements by kind, as {@link #countKinds} counts them
     * @param cited the sentence ids the rows' evidence names
     */
    record RowFacts(Map<String, Long> kinds, Set<String> cited) {
    }

    /**
     * The same counts for a store whose relationships are the rows FACTS describes and those of the
     * DERIVED types: labels and types from the store's own counts (no scan), the derived relationships
     * read for their statements and evidence, and the sentences by label; a million relationships are
     * not read back.
     */
    static InProcessCounts of(Transaction tx, Schema schema, RowFacts facts, RelationshipType... derived) {
        KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
        TokenRead tokens = ktx.tokenRead();
        Read read = ktx.dataRead();
        Map<String, Long> labels = new TreeMap<>();
        for (Label label : tx.getAllLabelsInUse()) {
            long n = read.countsForNode(tokens.nodeLabel(label.name()));
            if (n > 0) {
                labels.put(label.name(), n);
            }
        }
        Map<String, Long> types = new TreeMap<>();
        for (RelationshipType type : tx.getAllRelationshipTypesInUse()) {
            long n = read.countsForRelationship(TokenConstants.ANY_LABEL, tokens.relationshipType(type.name()), TokenConstants.ANY_LABEL);
            if (n > 0) {
                types.put(type.name(), n);
            }
        }
        Map<String, Long> kinds = new TreeMap<>(facts.kinds());
        Set<Object> citedIds = new HashSet<>(facts.cited());
        for (RelationshipType type : derived) {
            try (ResourceIterator<Relationship> all = tx.findRelationships(type)) {
                all.forEachRemaining(r -> statement(r, citedIds, kinds));
            }
        }
        return withSentences(tx, schema, labels, types, kinds, citedIds);
    }

    /** The counts with the sentences, and those of them CITED names, read by their label. */
    private static InProcessCounts withSentences(Transaction tx, Schema schema, Map<String, Long> labels, Map<String, Long> types,
                                                 Map<String, Long> kinds, Set<Object> citedIds) {
        Label sentence = Label.label(schema.documentLabels().get("Sentence").name());
        long sentences = 0;
        long cited = 0;
        try (ResourceIterator<Node> all = tx.findNodes(sentence)) {
            while (all.hasNext()) {
                sentences++;
                if (citedIds.contains(all.next().getProperty("id", null))) {
                    cited++;
                }
            }
        }
        return new InProcessCounts(new LinkedHashMap<>(labels), new LinkedHashMap<>(types), new LinkedHashMap<>(kinds), cited, sentences);
    }

    /** R's evidence into CITED and, for a statement's relationship, its kinds into KINDS. */
    private static void statement(Relationship r, Set<Object> cited, Map<String, Long> kinds) {
        if (r.hasProperty("evidence")) {
            cited.addAll(values(r.getProperty("evidence")));
        }
        if (r.hasProperty("statementId")) {
            countKinds(r.hasProperty("kinds") ? r.getProperty("kinds") : r.getProperty("kind", null),
                    r.hasProperty("sources") ? r.getProperty("sources") : r.getProperty("source", null), kinds);
        }
    }

    /** A statement relationship's kinds into KINDS, as import/count-kinds counts them: a background source's as background. */
    static void countKinds(Object kindsProperty, Object sourcesProperty, Map<String, Long> kinds) {
        List<Object> kindsOf = values(kindsProperty);
        List<Object> sourcesOf = values(sourcesProperty);
        for (int i = 0; i < kindsOf.size(); i++) {
            boolean background = i < sourcesOf.size() && "background".equals(sourcesOf.get(i));
            kinds.merge(background ? "background" : String.valueOf(kindsOf.get(i)), 1L, Long::sum);
        }
    }

    ImportSummary summary(boolean changed, List<String> notes, String written) {
        return new ImportSummary(labels, types, kinds, cited, sentences, changed, notes, written);
    }

    /** A property's value as a list: a string array's elements, a single value alone, none for absent. */
    private static List<Object> values(Object property) {
        if (property == null) {
            return List.of();
        }
        if (property instanceof Object[] array) {
            return List.of(array);
        }
        return List.of(property);
    }
}
