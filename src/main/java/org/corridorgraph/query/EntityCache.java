package org.corridorgraph.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The entity directory, reloaded when an import changed the graph. It looks at the import's
 * fingerprint at most once per interval, so a request costs no extra round trip.
 */
public final class EntityCache implements Supplier<EntityDirectory> {
    private final Driver driver;
    private final CypherLibrary cypher;
    private final Duration interval;
    private final Clock clock;
    private EntityDirectory directory;
    private String fingerprint;
    private Instant checked = Instant.MIN;

    public EntityCache(Driver driver, CypherLibrary cypher, Duration interval, Clock clock) {
        this.driver = driver;
        this.cypher = cypher;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public synchronized EntityDirectory get() {
        Instant now = clock.instant();
        if (directory == null || !now.isBefore(checked.plus(interval))) {
            String current = currentFingerprint();
            if (directory == null || !Objects.equals(current, fingerprint)) {
                directory = EntityDirectory.load(driver, cypher);
                fingerprint = current;
            }
            checked = now;
        }
        return directory;
    }

    private String currentFingerprint() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get("support/import-state"));
                return result.hasNext() ? result.next().get("fingerprint").asString(null) : null;
            });
        }
    }
}
