package org.corridorgraph.importer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.ValidatedSeed;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;

/**
 * The first import into an empty embedded store (a fresh `serve`): the seed is written in one
 * transaction of this process through Neo4j's Java API ({@link StoreWriter}), so all or nothing as
 * {@link Importer}'s is, but without the statements that only matter when the store holds a graph
 * (the existing relationships read for the diff, the prunes, the legs cleared) and without parsing
 * and planning a query for the sources, sentences, entities and relationships. In a JVM that has
 * compiled no Cypher yet those plans were most of a fresh start's import (docs/benchmarks.md). The
 * derivations, the digest record and the state still run as the import's own Cypher, in the same
 * transaction. The graph equals what {@link Importer} writes from the same seed.
 */
public final class EmptyStoreImport {
    /** How the summary says the graph was written. */
    static final String WRITTEN = ImportSummary.ONE_TRANSACTION + " (into an empty store, in process)";
    private final GraphDatabaseService db;
    private final CypherLibrary cypher;

    public EmptyStoreImport(GraphDatabaseService db, CypherLibrary cypher) {
        this.db = db;
        this.cypher = cypher;
    }

    /**
     * Writes SEED if the store holds no node yet; otherwise writes nothing and says so with
     * {@code false}, for the import that diffs against the graph ({@link Importer}).
     */
    public boolean runIfEmpty(ValidatedSeed seed, String fingerprint) {
        try (Transaction tx = db.beginTx(Importer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            if (holdsMoreThan(tx, 0)) {
                return false;
            }
            // the import lock as every import takes it; an import that committed before we got it leaves more than the lock node
            tx.execute(cypher.get("import/lock")).close();
            if (holdsMoreThan(tx, 1)) {
                return false;
            }
            GenerationImport.Rows rows = GenerationImport.Rows.of(seed);
            StoreWriter writer = new StoreWriter(tx, seed.schema());
            writer.sources(rows.sources());
            writer.sentences(rows.sentences());
            writer.entities(rows.entities());
            writer.relationships(rows.relationships());
            for (String derive : List.of("derive-carrier-legs", "derive-border-legs", "derive-hops")) {
                tx.execute(cypher.get("import/" + derive)).close();
            }
            DomainDigest.read(tx).record(tx, cypher);
            tx.execute(cypher.get("import/record-state"), Map.of("fingerprint", fingerprint, "evidenceResolved", seed.evidenceResolved())).close();
            tx.commit();
            return true;
        } catch (QueryExecutionException | TransactionFailureException | ConstraintViolationException e) {
            throw ImportFailedException.rolledBack(e);
        }
    }

    private static boolean holdsMoreThan(Transaction tx, int nodes) {
        try (ResourceIterator<Node> all = tx.getAllNodes().iterator()) {
            for (int i = 0; i <= nodes; i++) {
                if (!all.hasNext()) {
                    return false;
                }
                all.next();
            }
            return true;
        }
    }
}
