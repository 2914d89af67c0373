package org.corridorgraph.importer;

import java.util.Optional;
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
 * legs and hops ({@link InProcessDerivations}), the digest, the state and the summary's counts are
 * written and read through the Java API too; only the lock still runs as the import's own Cypher. The graph,
 * its recorded state and the counts equal what {@link Importer} writes and reads from the same seed.
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
     * Writes SEED if the store holds no node yet and says what the graph then holds; otherwise
     * writes nothing and returns empty, for the import that diffs against the graph ({@link Importer}).
     */
    public Optional<ImportSummary> runIfEmpty(ValidatedSeed seed, String fingerprint) {
        try (Transaction tx = db.beginTx(Importer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            if (holdsMoreThan(tx, 0)) {
                return Optional.empty();
            }
            // the import lock as every import takes it (MERGE waits on a concurrent import's lock node);
            // an import that committed before we got it leaves more than the lock node
            tx.execute(cypher.get("import/lock")).close();
            if (holdsMoreThan(tx, 1)) {
                return Optional.empty();
            }
            GenerationImport.Rows rows = GenerationImport.Rows.of(seed);
            StoreWriter writer = new StoreWriter(tx, seed.schema());
            writer.sources(rows.sources());
            writer.sentences(rows.sentences());
            writer.entities(rows.entities());
            writer.relationships(rows.relationships());
            InProcessDerivations.apply(tx);
            // the digest and the state as import/record-digest and import/record-state set them, without planning either
            Node state = tx.findNode(ImportState.LABEL, "id", ImportState.ID);
            DomainDigest.read(tx).record(state);
            state.setProperty("fingerprint", fingerprint);
            state.setProperty("evidenceResolved", seed.evidenceResolved());
            state.removeProperty("locked");
            ImportSummary summary = InProcessCounts.of(tx, seed.schema()).summary(true, seed.warnings(), WRITTEN);
            tx.commit();
            return Optional.of(summary);
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
