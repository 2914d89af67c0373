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
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

/**
 * The summary's counts read through the Java API in the import's own transaction, as
 * import/count-labels, count-types, count-kinds and count-cited count them: a fresh start then plans
 * none of the four. One pass over the nodes and one over the relationships.
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
                if (r.hasProperty("evidence")) {
                    citedIds.addAll(values(r.getProperty("evidence")));
                }
                if (r.hasProperty("statementId")) {
                    List<Object> kindsOf = r.hasProperty("kinds") ? values(r.getProperty("kinds")) : values(r.getProperty("kind", null));
                    List<Object> sourcesOf = r.hasProperty("sources") ? values(r.getProperty("sources")) : values(r.getProperty("source", null));
                    for (int i = 0; i < kindsOf.size(); i++) {
                        boolean background = i < sourcesOf.size() && "background".equals(sourcesOf.get(i));
                        kinds.merge(background ? "background" : String.valueOf(kindsOf.get(i)), 1L, Long::sum);
                    }
                }
            }
        }
        Label sentence = Label.label(schema.documentLabels().get("Sentence").name());
        long sentences = 0;
        long cited = 0;
        try (ResourceIterable<Node> all = tx.getAllNodes()) {
            for (Node n : all) {
                for (Label label : n.getLabels()) {
                    labels.merge(label.name(), 1L, Long::sum);
                }
                if (n.hasLabel(sentence)) {
                    sentences++;
                    if (citedIds.contains(n.getProperty("id", null))) {
                        cited++;
                    }
                }
            }
        }
        return new InProcessCounts(new LinkedHashMap<>(labels), new LinkedHashMap<>(types), new LinkedHashMap<>(kinds), cited, sentences);
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
