package org.corridorgraph.importer;

import java.util.Optional;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * The fingerprint of the last import as cypher/import/state.cypher reads it, read on the embedded
 * store through Neo4j's Java API. At a start on an up-to-date store that read was the process's
 * first Cypher plan (about 1 s of a 5 s start on two CPUs, docs/benchmarks.md), and the import
 * generation's poller reads it every 400 ms: a lookup by the ImportState id constraint needs no plan.
 */
public final class ImportState {
    static final Label LABEL = Label.label("ImportState");
    static final String ID = "seed";

    private ImportState() {
    }

    /** The fingerprint the last committed import recorded; empty when the store holds none. */
    public static Optional<String> fingerprint(GraphDatabaseService db) {
        try (Transaction tx = db.beginTx()) {
            Node state = tx.findNode(LABEL, "id", ID);
            // a value that is not a string fails here as asString() fails over Bolt
            return state == null ? Optional.empty() : Optional.ofNullable((String) state.getProperty("fingerprint", null));
        }
    }
}
