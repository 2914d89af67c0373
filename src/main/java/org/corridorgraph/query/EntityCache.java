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
    private final Driver driver;
    private final CypherLibrary cypher;
    private final ImportGeneration generation;
    private EntityDirectory directory;
    private String fingerprint;

    public EntityCache(Driver driver, CypherLibrary cypher, ImportGeneration generation) {
        this.driver = driver;
        this.cypher = cypher;
        this.generation = generation;
    }

    @Override
    public synchronized EntityDirectory get() {
        String current = generation.fingerprint();
        // while the database is away (no fingerprint known) the names already known stay; the query itself answers 503
        if (directory == null || current != null && !Objects.equals(current, fingerprint)) {
            directory = EntityDirectory.load(driver, cypher);
            fingerprint = current;
        }
        return directory;
    }
}
