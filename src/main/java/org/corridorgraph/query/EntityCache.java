package org.corridorgraph.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

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
    /** One request looks at the database at a time; the others keep using the names already known. */
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public EntityCache(Driver driver, CypherLibrary cypher, Duration interval, Clock clock) {
        this.driver = driver;
        this.cypher = cypher;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public EntityDirectory get() {
        EntityDirectory known;
        synchronized (this) {
            known = directory;
            if (known != null && clock.instant().isBefore(checked.plus(interval))) {
                return known;
            }
        }
        if (known != null && !refreshing.compareAndSet(false, true)) {
            return known; // another request is checking; do not queue behind it
        }
        try {
            synchronized (this) {
                Instant now = clock.instant();
                try {
                    String current = currentFingerprint();
                    if (directory == null || !Objects.equals(current, fingerprint)) {
                        directory = EntityDirectory.load(driver, cypher);
                        fingerprint = current;
                    }
                } catch (RuntimeException e) {
                    if (directory == null) {
                        throw e;
                    }
                    // the database is away: keep the names we know; the query itself fails fast with 503
                }
                checked = now;
                return directory;
            }
        } finally {
            if (known != null) {
                refreshing.set(false);
            }
        }
    }

    /**
     * One attempt, no driver retries: when the database is away the request that checks would
     * otherwise wait out a retry loop here and another one for its own query.
     */
    private String currentFingerprint() {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var result = session.run(cypher.get("support/import-state"));
            return result.hasNext() ? result.next().get("fingerprint").asString(null) : null;
        }
    }
}
