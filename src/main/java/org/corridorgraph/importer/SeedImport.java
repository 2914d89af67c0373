package org.corridorgraph.importer;

import java.util.Optional;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.resources.CypherLibrary;

/**
 * Runs an import the way its method and its store call for, in one place for `serve` and `import`:
 * a new generation swapped in whole (large seeds on the embedded store), else one transaction, taken
 * in process when the embedded store is still empty (a fresh start: no query planned for the rows,
 * nothing to diff or prune), else through the driver with the diff.
 */
public final class SeedImport {
    private final GraphConnection graph;
    private final CypherLibrary cypher;
    private final ImportProgress progress;

    public SeedImport(GraphConnection graph, CypherLibrary cypher, ImportProgress progress) {
        this.graph = graph;
        this.cypher = cypher;
        this.progress = progress;
    }

    /** Whether METHOD builds a generation for this seed on this connection. */
    public boolean generation(ImportMethod method, PreparedImport prepared) {
        return method.resolve(graph.embedded() != null, prepared.seed().statements().size()) == ImportMethod.GENERATION;
    }

    public ImportSummary run(ImportMethod method, PreparedImport prepared) {
        if (generation(method, prepared)) {
            return new GenerationImport(graph.embedded(), cypher, progress).run(prepared.seed(), prepared.fingerprint());
        }
        if (graph.embedded() != null) {
            Optional<ImportSummary> fresh = new EmptyStoreImport(graph.embedded().database(), cypher).runIfEmpty(prepared.seed(), prepared.fingerprint());
            if (fresh.isPresent()) {
                return fresh.get();
            }
        }
        return new Importer(graph.driver(), cypher).run(prepared.seed(), prepared.fingerprint());
    }
}
