package org.corridorgraph.query;

import java.util.Objects;
import java.util.function.Supplier;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;

/**
 * The entity directory, reloaded when the import generation's fingerprint changes, so a request
 * costs no extra round trip and new names resolve as soon as their import shows.
 */
public final class EntityCache implements Supplier<EntityDirectory> {
    private final Supplier<EntityDirectory> source;
    private final ImportGeneration generation;
    /** What the directory was loaded for, read without a lock on every request. */
    private record Loaded(EntityDirectory directory, String fingerprint) {
    }

    private volatile Loaded loaded;

    /** @param source reads the directory from the graph: over the driver, or on the embedded store in process */
    public EntityCache(Supplier<EntityDirectory> source, ImportGeneration generation) {
        this.source = source;
        this.generation = generation;
    }

    /** Reading support/entities over DRIVER, as on an external database. */
    public static EntityCache overCypher(Driver driver, CypherLibrary cypher, ImportGeneration generation) {
        return new EntityCache(() -> EntityDirectory.load(driver, cypher), generation);
    }

    @Override
    public EntityDirectory get() {
        Loaded known = loaded;
        if (current(known)) {
            return known.directory();
        }
        synchronized (this) {
            known = loaded;
            if (!current(known)) {
                String fingerprint = generation.fingerprint();
                known = new Loaded(source.get(), fingerprint);
                loaded = known;
            }
            return known.directory();
        }
    }

    /** While the database is away (no fingerprint known) the names already known stay; the query itself answers 503. */
    private boolean current(Loaded known) {
        if (known == null) {
            return false;
        }
        String fingerprint = generation.fingerprint();
        return fingerprint == null || Objects.equals(fingerprint, known.fingerprint());
    }
}
